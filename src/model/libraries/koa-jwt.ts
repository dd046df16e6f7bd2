import type { JwtApi, JwtLibrary } from '../types.js'
import { jsonwebtokenVerifyOptions } from './shared-options.js'

const middleware = {
  invocation: 'call',
  kind: 'verify',
  args: { options: 0 },
  // `secret` may be a list, any of which verifies; `key` is where the claims go, not a key.
  keyOptions: ['secret'],
  // A loader `secret: (header, payload) => Promise<secret>` (jwks-rsa `koaJwtSecret`).
  keyCallback: ['header', 'payload'],
  verifyOptions: {
    ...jsonwebtokenVerifyOptions,
    failOpen: [
      {
        name: 'passthrough',
        value: true,
        consequence: 'a missing or invalid token reaches the next middleware with no claims set instead of a 401',
        trustedMembers: ['state', 'user'],
        renamedBy: ['key'],
      },
    ],
  },
  algorithmsWhenOmitted: 'header',
} as const satisfies Omit<JwtApi, 'path'>

/**
 * koajs/jwt 3 and 4 (`export =`): `jwt({ secret, algorithms, audience, issuer, passthrough, key, ... })`,
 * the options passed to jsonwebtoken whole. A falsy secret throws before verification.
 */
export const koaJwt: JwtLibrary = {
  name: 'koa-jwt',
  modules: ['koa-jwt'],
  esm: false,
  environment: 'server',
  insecureHistory:
    'koa-jwt 4.0.3 and earlier ran on jsonwebtoken 8, which picked the algorithms by searching the key text for a PEM header, so a key in another format could be used as an HMAC secret (CVE-2022-23541).',
  apis: [{ path: [], ...middleware }],
}
