import { describe, expect, it } from 'vitest'
import { durationSeconds } from '../../src/core/duration.js'
import { secondsFromNow } from '../../src/core/relative-time.js'
import { sensitiveTerm } from '../../src/core/sensitive-names.js'
import { signSites } from '../../src/core/sign-site.js'
import { tokenExpiry } from '../../src/core/token-lifetime.js'
import type { DurationFormat } from '../../src/model/types.js'
import { sensitiveClaimNames } from '../../src/model/sensitive-data.js'
import { withAnalysis } from './probe.js'

/** The seconds from now of the `exp` value in `const exp = ...` at the end of `code`. */
const fromNow = (code: string): number | undefined =>
  withAnalysis(`import jwt from 'jsonwebtoken'\n${code}\njwt.sign({ exp }, key)`, (analysis) => {
    const site = signSites(analysis)[0]!
    const setting = tokenExpiry(analysis, site).settings[0]
    return setting && secondsFromNow(setting.value, analysis)
  })

describe('durations as each library reads them', () => {
  it.each<[unknown, DurationFormat, number | undefined]>([
    [3600, 'seconds-or-ms-string', 3600],
    ['15m', 'seconds-or-ms-string', 900],
    ['2 days', 'seconds-or-ms-string', 172_800],
    // jsonwebtoken hands strings to `ms`: no unit means milliseconds.
    ['120', 'seconds-or-ms-string', 0.12],
    [3600, 'milliseconds-or-ms-string', 3.6],
    ['1h', 'milliseconds-or-ms-string', 3600],
    ['2 hours', 'numeric-date-or-jose-string', 7200],
    // A number given to jose's setExpirationTime is an absolute time, not a duration.
    [1_900_000_000, 'numeric-date-or-jose-string', undefined],
    ['1 fortnight', 'seconds-or-jose-string', undefined],
  ])('%j as %s', (value, format, seconds) => {
    expect(durationSeconds(value, format)).toBe(seconds)
  })
})

describe('times written relative to now', () => {
  it.each<[string, string, number | undefined]>([
    ['seconds since the epoch plus a constant', 'const exp = Math.floor(Date.now() / 1000) + 60 * 60', 3600],
    ['through constants', 'const now = Math.floor(Date.now() / 1000)\nconst ttl = 900\nconst exp = now + ttl', 900],
    ['rounded after adding milliseconds', 'const exp = Math.floor((Date.now() + 86_400_000) / 1000)', 86_400],
    ['new Date().getTime() and `| 0`', 'const exp = (new Date().getTime() / 1000 + 300) | 0', 300],
    ['`~~` truncation', 'const exp = ~~(Date.now() / 1000) + 60', 60],
    ['a fixed timestamp', 'const exp = 1_900_000_000', undefined],
    ['milliseconds, not seconds', 'const exp = Date.now() + 3600', undefined],
    ['a shadowed Date', 'const Date = { now: () => 0 }\nconst exp = Date.now() / 1000 + 60', undefined],
    ['a value from elsewhere', 'const exp = session.expiresAt', undefined],
  ])('%s', (_name, code, seconds) => {
    expect(fromNow(code)).toBe(seconds)
  })

  it('reads a Date built from now', () => {
    const seconds = withAnalysis(
      `import { SignJWT } from 'jose'\nawait new SignJWT({}).setExpirationTime(new Date(Date.now() + 2 * 3_600_000)).sign(key)`,
      (analysis) => tokenExpiry(analysis, signSites(analysis)[0]!).settings[0]?.seconds,
    )
    expect(seconds).toBe(7200)
  })
})

describe('sensitive claim names', () => {
  it.each<[string, string | undefined]>([
    ['password', 'password'],
    ['userPassword', 'password'],
    ['password_hash', 'passwordHash'],
    ['hashedPassword', 'password'],
    ['PASSWORD', 'password'],
    ['cvv2', 'cvv'],
    ['x-api-key', 'apiKey'],
    ['clientSecret', 'secret'],
    ['passwordResetRequired', undefined],
    ['passwordChangedAt', undefined],
    ['hasPassword', undefined],
    ['isSecret', undefined],
    ['tokenType', undefined],
    ['publicKey', undefined],
    ['pinned', undefined],
    ['apiKeyId', undefined],
  ])('%s', (name, term) => {
    expect(sensitiveTerm(name, sensitiveClaimNames)).toBe(term)
  })
})
