import type { JwtApi, JwtLibrary } from '../types.js'
import { jsonwebtokenVerifyOptions } from './shared-options.js'

const strategyOptions = {
  kind: 'verify',
  args: { options: 0 },
  keyOptions: ['secretOrKey'],
  verifyOptions: {
    algorithms: 'algorithms',
    audience: 'audience',
    issuer: 'issuer',
    // Forced to `!!options.ignoreExpiration`, so only the top-level one counts.
    ignoreExpiration: 'ignoreExpiration',
    // passport-jwt builds jsonwebtoken's options as assign({}, jsonWebTokenOptions, { audience, issuer, algorithms, ignoreExpiration }).
    overriddenNested: { name: 'jsonWebTokenOptions', options: ['audience', 'issuer', 'algorithms'] },
    // The other jsonwebtoken options are read from `jsonWebTokenOptions` only.
    ignoreNotBefore: 'jsonWebTokenOptions.ignoreNotBefore',
    clockTolerance: { name: 'jsonWebTokenOptions.clockTolerance', format: jsonwebtokenVerifyOptions.clockTolerance!.format },
    pinnedClock: ['jsonWebTokenOptions.clockTimestamp'],
    stringOrArrayOnly: ['issuer'],
  },
  algorithmsWhenOmitted: 'header',
} as const satisfies Omit<JwtApi, 'path' | 'invocation'>

/**
 * mikenicholson/passport-jwt 4: `new Strategy(options, verify)`, also as a superclass, directly or
 * through NestJS's `PassportStrategy(Strategy)`. A falsy `secretOrKey` throws.
 */
export const passportJwt: JwtLibrary = {
  name: 'passport-jwt',
  modules: ['passport-jwt'],
  esm: false,
  environment: 'server',
  insecureHistory:
    'passport-jwt 4.0.0 and earlier ran on jsonwebtoken 8, which accepts `none` when a `secretOrKeyProvider` yields no key (CVE-2022-23540).',
  apis: [
    { path: ['Strategy'], invocation: 'construct', ...strategyOptions },
    { path: ['Strategy'], invocation: 'extend', ...strategyOptions },
  ],
}
