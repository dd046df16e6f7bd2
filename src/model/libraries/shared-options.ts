import type { SignOptionNames, VerifyOptionNames } from '../types.js'

/** jsonwebtoken's `VerifyOptions`, which express-jwt, koa-jwt, passport-jwt and @nestjs/jwt pass through. */
export const jsonwebtokenVerifyOptions: VerifyOptionNames = {
  algorithms: 'algorithms',
  audience: 'audience',
  issuer: 'issuer',
  ignoreExpiration: 'ignoreExpiration',
  ignoreNotBefore: 'ignoreNotBefore',
  clockTolerance: { name: 'clockTolerance', format: 'seconds-or-concatenated-string' },
  pinnedClock: ['clockTimestamp'],
  stringOrArrayOnly: ['issuer'],
}

/**
 * fast-jwt's `VerifierOptions` (1 to 6; 6.3.6 types), also under `verify` in @fastify/jwt,
 * which passes them on unchanged but for `maxAge`. Times are milliseconds. `allowedAud` and
 * `allowedIss` take a string, a RegExp or an array; a falsy value adds no check.
 */
export const fastJwtVerifyOptions: VerifyOptionNames = {
  algorithms: 'algorithms',
  audience: 'allowedAud',
  issuer: 'allowedIss',
  ignoreExpiration: 'ignoreExpiration',
  ignoreNotBefore: 'ignoreNotBefore',
  clockTolerance: { name: 'clockTolerance', format: 'milliseconds' },
  pinnedClock: ['clockTimestamp'],
  tokenType: { name: 'checkTyp', accessTokenValue: 'at+jwt' },
}

/**
 * jsonwebtoken's `SignOptions` (9.0.3), which @nestjs/jwt passes through. A number
 * `expiresIn` is seconds; a string goes to the `ms` package, so a bare `'120'` is 120 ms.
 */
export const jsonwebtokenSignOptions: SignOptionNames = {
  algorithm: 'algorithm',
  header: 'header',
  expiresIn: { name: 'expiresIn', format: 'seconds-or-ms-string' },
}
