import type { VerifyOptionNames } from '../types.js'

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

/** fast-jwt's `VerifierOptions`, also under `verify` in @fastify/jwt. Times are milliseconds. */
export const fastJwtVerifyOptions: VerifyOptionNames = {
  algorithms: 'algorithms',
  audience: 'allowedAud',
  issuer: 'allowedIss',
  ignoreExpiration: 'ignoreExpiration',
  ignoreNotBefore: 'ignoreNotBefore',
  clockTolerance: { name: 'clockTolerance', format: 'milliseconds-or-ms-string' },
  pinnedClock: ['clockTimestamp'],
}
