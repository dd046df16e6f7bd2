import type { JwtApi, JwtLibrary } from '../types.js'
import { jsonwebtokenVerifyOptions } from './shared-options.js'

const strategyOptions = {
  kind: 'verify',
  args: { options: 0 },
  verifyOptions: {
    algorithms: 'algorithms',
    audience: 'audience',
    issuer: 'issuer',
    ignoreExpiration: 'ignoreExpiration',
    // passport-jwt builds jsonwebtoken's options as assign({}, jsonWebTokenOptions, { audience, issuer, algorithms, ... }).
    overriddenNested: { name: 'jsonWebTokenOptions', options: ['audience', 'issuer', 'algorithms'] },
    clockTolerance: { name: 'jsonWebTokenOptions.clockTolerance', format: jsonwebtokenVerifyOptions.clockTolerance!.format },
  },
  algorithmsWhenOmitted: 'header',
} as const satisfies Omit<JwtApi, 'path' | 'invocation'>

/** mikenicholson/passport-jwt 4: `new Strategy(options, verify)`, also as a NestJS `PassportStrategy(Strategy)` superclass. */
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
