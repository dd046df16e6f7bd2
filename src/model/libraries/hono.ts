import type { JwtApi, JwtLibrary, VerifyOptionNames } from '../types.js'

/** `verify(token, key, alg | { alg, iss, aud, exp, nbf })`; `exp: false` and `nbf: false` switch the checks off. */
const verifyOptions: VerifyOptionNames = {
  algorithms: 'alg',
  audience: 'aud',
  issuer: 'iss',
  ignoreExpiration: { name: 'exp', disabledBy: false },
  ignoreNotBefore: { name: 'nbf', disabledBy: false },
}

const verify = {
  invocation: 'call',
  kind: 'verify',
  completion: 'promise',
  args: { token: 0, key: 1, options: 2, algorithm: 2 },
  verifyOptions,
  algorithmsWhenOmitted: 'required',
} as const satisfies Omit<JwtApi, 'path'>

const decode = {
  invocation: 'call',
  kind: 'decode',
  args: { token: 0 },
  result: 'complete',
} as const satisfies Omit<JwtApi, 'path'>

/** honojs/hono 4: `hono/jwt` helpers and middleware, `hono/jwk` middleware. */
export const hono: JwtLibrary = {
  name: 'hono',
  modules: ['hono/jwt', 'hono/utils/jwt', 'hono/jwk'],
  esm: true,
  environment: 'server',
  insecureHistory:
    'hono 4.11.4 and later throw without it; earlier versions defaulted to HS256 and the JWK middleware took the header `alg` (GHSA-3vhc-576x-3qv4, GHSA-f67f-6cw9-8mq4).',
  apis: [
    { path: ['verify'], ...verify },
    { path: ['Jwt', 'verify'], ...verify },
    { path: ['decode'], ...decode },
    { path: ['Jwt', 'decode'], ...decode },
    {
      path: ['jwt'],
      invocation: 'call',
      kind: 'verify',
      args: { options: 0 },
      verifyOptions: {
        algorithms: 'alg',
        audience: 'verification.aud',
        issuer: 'verification.iss',
        ignoreExpiration: { name: 'verification.exp', disabledBy: false },
        ignoreNotBefore: { name: 'verification.nbf', disabledBy: false },
      },
      algorithmsWhenOmitted: 'required',
    },
    {
      path: ['jwk'],
      invocation: 'call',
      kind: 'verify',
      args: { options: 0 },
      verifyOptions: {
        algorithms: 'alg',
        audience: 'verification.aud',
        issuer: 'verification.iss',
        ignoreExpiration: { name: 'verification.exp', disabledBy: false },
        ignoreNotBefore: { name: 'verification.nbf', disabledBy: false },
      },
      algorithmsWhenOmitted: 'required',
    },
    { path: ['sign'], invocation: 'call', kind: 'sign', args: { key: 1, algorithm: 2 } },
    { path: ['Jwt', 'sign'], invocation: 'call', kind: 'sign', args: { key: 1, algorithm: 2 } },
  ],
}
