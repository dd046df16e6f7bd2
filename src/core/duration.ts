/** Durations as the libraries parse them, in seconds. */
import type { DurationFormat } from '../model/types.js'

const joseUnits: ReadonlyArray<[RegExp, number]> = [
  [/^(?:seconds?|secs?|s)$/iu, 1],
  [/^(?:minutes?|mins?|m)$/iu, 60],
  [/^(?:hours?|hrs?|h)$/iu, 3600],
  [/^(?:days?|d)$/iu, 86_400],
  [/^(?:weeks?|w)$/iu, 604_800],
  [/^(?:years?|yrs?|y)$/iu, 31_557_600],
]
/** jose's `secs()` format; the sign and `ago` / `from now` exist since jose 5. */
const joseDuration = /^([+-])? ?(\d+|\d+\.\d+) ?([a-z]+)(?: (ago|from now))?$/iu

/**
 * The duration `value` stands for under `format`, in seconds: `Infinity` when the
 * library ends up with no bound at all; undefined if the library would not accept it.
 */
export function durationSeconds(value: unknown, format: DurationFormat): number | undefined {
  if (typeof value === 'number') {
    // An absolute time is no duration; `secondsFromNow` (relative-time.ts) reads those written relative to now.
    if (Number.isNaN(value) || format === 'numeric-date-or-jose-string') return undefined
    return format === 'milliseconds-or-ms-string' || format === 'milliseconds' ? value / 1000 : value
  }
  if (typeof value !== 'string' || format === 'seconds' || format === 'milliseconds') return undefined
  if (format === 'seconds-or-concatenated-string') return value === '' ? 0 : Number.POSITIVE_INFINITY
  if (format === 'milliseconds-or-ms-string' || format === 'seconds-or-ms-string') {
    const milliseconds = msStringMilliseconds(value)
    return milliseconds === undefined ? undefined : milliseconds / 1000
  }
  if (format === 'seconds-or-jose-string' || format === 'numeric-date-or-jose-string') {
    const match = joseDuration.exec(value)
    if (!match || (match[1] && match[4])) return undefined
    const unit = joseUnits.find(([pattern]) => pattern.test(match[3]!))
    if (!unit) return undefined
    const seconds = Math.round(Number(match[2]) * unit[1])
    return match[1] === '-' || match[4] === 'ago' ? -seconds : seconds
  }
  return undefined
}

const msUnits: ReadonlyArray<[RegExp, number]> = [
  [/^(?:milliseconds?|msecs?|ms)$/iu, 1],
  [/^(?:seconds?|secs?|s)$/iu, 1000],
  [/^(?:minutes?|mins?|m)$/iu, 60_000],
  [/^(?:hours?|hrs?|h)$/iu, 3_600_000],
  [/^(?:days?|d)$/iu, 86_400_000],
  [/^(?:weeks?|w)$/iu, 604_800_000],
  [/^(?:years?|yrs?|y)$/iu, 31_557_600_000],
]
const msDuration = /^(-?(?:\d+)?\.?\d+) *([a-z]+)?$/iu

/** A duration string in the `ms` package format (`'2 days'`, `'15m'`; a bare number is milliseconds), in milliseconds. */
export function msStringMilliseconds(value: string): number | undefined {
  const match = msDuration.exec(value.trim())
  if (!match) return undefined
  if (match[2] === undefined) return Number(match[1])
  const unit = msUnits.find(([pattern]) => pattern.test(match[2]!))
  return unit ? Number(match[1]) * unit[1] : undefined
}
