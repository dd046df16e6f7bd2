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
const joseDuration = /^(\d+|\d+\.\d+) ?([a-z]+)$/iu

/** The duration `value` stands for under `format`, in seconds; undefined if the library would not accept it. */
export function durationSeconds(value: unknown, format: DurationFormat): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined
  if (typeof value !== 'string' || format === 'seconds') return undefined
  if (format === 'seconds-or-jose-string') {
    const match = joseDuration.exec(value.trim())
    if (!match) return undefined
    const unit = joseUnits.find(([pattern]) => pattern.test(match[2]!))
    return unit ? Number(match[1]) * unit[1] : undefined
  }
  return undefined
}
