import type { JwtApi, JwtLibrary, VerifyOptionNames } from '../types.js'

/**
 * The claim checks of hono's `VerifyOptions`: at the top of `verify`'s options, under
 * `verification` for the middleware. `aud` and `iss` are compared when truthy (a string, a
 * RegExp, or for `aud` an array). `exp` and `nbf` default to `true` only when `undefined`,
 * so `false` switches the check off.
 */
function claimChecks(prefix: string): VerifyOptionNames {
  return {
    audience: `${prefix}aud`,
    issuer: `${prefix}iss`,
    ignoreExpiration: { name: `${prefix}exp`, disabledBy: false },
    ignoreNotBefore: { name: `${prefix}nbf`, disabledBy: false },
    // Without `typ`, any token whose `typ` is `JWT` or absent passes.
    tokenType: { name: `${prefix}typ`, accessTokenValue: 'at+jwt' },
  }
}

/**
 * `verify(token, key, alg | { alg, iss, aud, exp, nbf, iat, typ })`: the third argument is the one
 * algorithm (it must equal the header's), or options that name it. Only RFC 7518 algorithms
 * are accepted, never `none`.
 */
const verify = {
  invocation: 'call',
  kind: 'verify',
  completion: 'promise',
  args: { token: 0, key: 1, options: 2, algorithm: 2 },
  verifyOptions: { algorithms: 'alg', ...claimChecks('') },
  algorithmArgumentName: 'alg',
  algorithmShape: 'single',
  algorithmsWhenOmitted: 'required',
  rejectsNoneAlgorithm: true,
} as const satisfies Omit<JwtApi, 'path'>

/**
 * `verifyWithJwks(token, { keys, jwks_uri, allowedAlgorithms, verification })` picks the key by `kid`
 * and refuses HMAC algorithms; 4.11.4 added `allowedAlgorithms`, before which the header chose.
 */
const verifyWithJwks = {
  invocation: 'call',
  kind: 'verify',
  completion: 'promise',
  args: { token: 0, options: 1 },
  verifyOptions: { algorithms: 'allowedAlgorithms', ...claimChecks('verification.') },
  algorithmsWhenOmitted: 'required',
  rejectsNoneAlgorithm: true,
  asymmetricOnly: true,
  keySourceOptions: { uri: 'jwks_uri' },
} as const satisfies Omit<JwtApi, 'path'>

const decode = {
  invocation: 'call',
  kind: 'decode',
  args: { token: 0 },
  result: 'complete',
} as const satisfies Omit<JwtApi, 'path'>

/**
 * honojs/hono 4 (4.13.19 types and source, 4.11.3 for the history): `hono/jwt` helpers and
 * the `jwt()` middleware, `hono/jwk`'s `jwk()` middleware, and the `Jwt` object of `hono/utils/jwt`.
 */
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
    { path: ['verifyWithJwks'], ...verifyWithJwks },
    { path: ['Jwt', 'verifyWithJwks'], ...verifyWithJwks },
    // `jwt({ secret, alg, verification })`: `alg` is one algorithm, passed to `verify` with the `verification` options.
    {
      path: ['jwt'],
      invocation: 'call',
      kind: 'verify',
      args: { options: 0 },
      keyOptions: ['secret'],
      verifyOptions: { algorithms: 'alg', ...claimChecks('verification.') },
      algorithmShape: 'single',
      algorithmsWhenOmitted: 'required',
      rejectsNoneAlgorithm: true,
    },
    // `jwk({ keys | jwks_uri, alg, allow_anon, verification })`: `alg` is the `allowedAlgorithms` of `verifyWithJwks`.
    {
      path: ['jwk'],
      invocation: 'call',
      kind: 'verify',
      args: { options: 0 },
      verifyOptions: {
        algorithms: 'alg',
        ...claimChecks('verification.'),
        failOpen: [
          {
            name: 'allow_anon',
            value: true,
            consequence: 'requests without a token get no `jwtPayload`',
            trustedMembers: ['var', 'jwtPayload'],
          },
        ],
      },
      algorithmsWhenOmitted: 'required',
      rejectsNoneAlgorithm: true,
      asymmetricOnly: true,
      // `jwks_uri` may also be a function of the request context, which is not followed.
      keySourceOptions: { uri: 'jwks_uri' },
    },
    // `sign(payload, key, alg = 'HS256')` throws for `none`.
    // It has no lifetime option: only an `exp` claim in the payload expires the token.
    { path: ['sign'], invocation: 'call', kind: 'sign', args: { payload: 0, key: 1, algorithm: 2 }, rejectsNoneAlgorithm: true },
    { path: ['Jwt', 'sign'], invocation: 'call', kind: 'sign', args: { payload: 0, key: 1, algorithm: 2 }, rejectsNoneAlgorithm: true },
  ],
}
