/**
 * When a signed token expires, from the model: the lifetime option
 * (`expiresIn`), an `exp` claim in the payload, or a builder's
 * `setExpirationTime()`; and whether the token is typed as an access token.
 * An expiry set through the options or the builder wins over the payload's
 * `exp` (fast-jwt and jose override it, jsonwebtoken refuses to sign both).
 */
import type { TSESTree } from '@typescript-eslint/utils'
import { accessTokenTypes, expirationClaim } from '../model/token-types.js'
import type { JwtAnalysis } from './analysis.js'
import { durationSeconds } from './duration.js'
import { secondsFromNow } from './relative-time.js'
import type { SignSite } from './sign-site.js'
import { type Presence, type PropertyFacts, staticValue } from './static-object.js'
import { payloadFacts } from './token-payload.js'
import { signedHeaderType } from './token-type.js'

export interface ExpirySetting {
  /** How the code sets it, for messages: `expiresIn`, `exp`, `setExpirationTime()`. */
  readonly label: string
  /** The expression that gives the expiry. */
  readonly value: TSESTree.Node
  /** Seconds from signing until expiry, when statically known. */
  readonly seconds: number | undefined
}

export interface TokenExpiry {
  /** Some statically known path signs a token without `exp`. */
  readonly missingOnSomePath: boolean
  /** Every path does: adding an expiry cannot clash with one set elsewhere. */
  readonly missingOnEveryPath: boolean
  /** Every expression that may set the expiry. */
  readonly settings: readonly ExpirySetting[]
}

export function tokenExpiry(analysis: JwtAnalysis, site: SignSite): TokenExpiry {
  const settings: ExpirySetting[] = []
  const configured = configuredExpiry(analysis, site, settings)
  const claim = claimExpiry(analysis, site, configured === 'present' ? undefined : settings)
  return {
    missingOnSomePath: (configured === 'absent' && (claim === 'absent' || claim === 'maybe')) || (configured === 'maybe' && claim === 'absent'),
    missingOnEveryPath: configured === 'absent' && claim === 'absent',
    settings,
  }
}

/** Whether the options or the builder set an expiry; collects what they set it to. */
function configuredExpiry(analysis: JwtAnalysis, site: SignSite, settings: ExpirySetting[]): Presence {
  const expirationTime = site.reference.api.builder?.expirationTime
  if (site.chain && expirationTime) {
    const calls = site.chain.calls.get(expirationTime.method) ?? []
    for (const call of calls) {
      const argument = call.arguments[0]
      if (!argument) continue
      const known = staticValue(argument, analysis)?.value
      const seconds = typeof known === 'string' ? durationSeconds(known, expirationTime.format) : secondsFromNow(argument, analysis)
      settings.push({ label: `${expirationTime.method}()`, value: argument, seconds })
    }
    // A call on one branch still counts: which branch runs cannot be told.
    return calls.length > 0 ? 'present' : site.chain.complete ? 'absent' : 'unknown'
  }
  const option = site.names?.expiresIn
  if (!option) return 'absent'
  const facts = site.options.property(option.name)
  for (const value of settingValues(facts)) {
    if (isUndefined(analysis, value)) continue
    const seconds = durationSeconds(staticValue(value, analysis)?.value, option.format)
    settings.push({ label: option.name, value, seconds })
  }
  return setPresence(analysis, facts)
}

/** Whether the payload has an `exp` claim; collects its values unless the options override them. */
function claimExpiry(analysis: JwtAnalysis, site: SignSite, settings: ExpirySetting[] | undefined): Presence {
  if (site.payload === undefined) return 'unknown'
  const facts = payloadFacts(analysis, site.payload).property(expirationClaim)
  for (const value of settingValues(facts)) {
    if (!isUndefined(analysis, value)) settings?.push({ label: expirationClaim, value, seconds: secondsFromNow(value, analysis) })
  }
  return setPresence(analysis, facts)
}

/** The values a property certainly takes on some path: not ones a later unknown spread may replace. */
function settingValues(facts: PropertyFacts): readonly TSESTree.Node[] {
  return facts.presence === 'present' || facts.presence === 'maybe' ? facts.values : []
}

/** A property set to `undefined` is not set at all (the libraries test `!== undefined`, JSON drops it). */
function setPresence(analysis: JwtAnalysis, facts: PropertyFacts): Presence {
  if (facts.presence !== 'present' && facts.presence !== 'maybe') return facts.presence
  const undefinedValues = facts.values.filter((value) => isUndefined(analysis, value)).length
  if (undefinedValues === 0) return facts.presence
  return undefinedValues === facts.values.length && facts.presence === 'present' ? 'absent' : 'maybe'
}

function isUndefined(analysis: JwtAnalysis, value: TSESTree.Node): boolean {
  const known = staticValue(value, analysis)
  return known !== undefined && known.value === undefined
}

/** The token is typed as an OAuth access token (`typ: 'at+jwt'`) on every path. */
export function isTypedAccessToken(analysis: JwtAnalysis, site: SignSite): boolean {
  const type = signedHeaderType(analysis, site)
  return (
    type?.presence === 'present' &&
    type.values.length > 0 &&
    type.values.every((value) => {
      const known = staticValue(value, analysis)?.value
      return typeof known === 'string' && accessTokenTypes.includes(known.toLowerCase())
    })
  )
}
