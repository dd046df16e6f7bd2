import type { FailOpenOption, JwtApi, JwtLibrary } from '../types.js'
import { jsonwebtokenVerifyOptions } from './shared-options.js'

/** `credentialsRequired: false`: a request with no token, or with another scheme than Bearer, goes on with no claims. */
function credentialsOptional(requestProperty: string, renamedBy: readonly string[]): FailOpenOption {
  return {
    name: 'credentialsRequired',
    value: false,
    consequence: 'a request with no token, or with another scheme than Bearer, reaches the next handler with no claims set',
    trustedMembers: [requestProperty],
    renamedBy,
  }
}

/** The middleware factory; its options go to `jsonwebtoken.verify` whole. 6 and later throw without `algorithms`. */
const middleware = {
  invocation: 'call',
  kind: 'verify',
  args: { options: 0 },
  keyOptions: ['secret'],
  // `secret: (req, token) => key`, where `token` is the decoded `{ header, payload }`.
  keyCallback: [null, 'complete'],
  algorithmsWhenOmitted: 'required',
} as const satisfies Omit<JwtApi, 'path' | 'verifyOptions'>

/** v7 and v8 `expressjwt(options)`: claims on `req.auth` (`requestProperty`). */
const expressjwt: JwtApi = {
  path: ['expressjwt'],
  ...middleware,
  verifyOptions: {
    ...jsonwebtokenVerifyOptions,
    failOpen: [credentialsOptional('auth', ['requestProperty'])],
    // Since 8.2.0; earlier versions ignore it and reject expired tokens.
    expiredHandler: 'onExpired',
  },
}

/**
 * v6 and earlier, the module itself: claims on `req.user` (`userProperty` or
 * `requestProperty`), or on `res` at `resultProperty`, which wins. No `onExpired`.
 */
const legacyMiddleware: JwtApi = {
  path: [],
  ...middleware,
  verifyOptions: {
    ...jsonwebtokenVerifyOptions,
    failOpen: [credentialsOptional('user', ['resultProperty', 'userProperty', 'requestProperty'])],
  },
}

/** auth0/express-jwt 6 to 8: v7/v8 `expressjwt({...})`, v6 the module itself. */
export const expressJwt: JwtLibrary = {
  name: 'express-jwt',
  modules: ['express-jwt'],
  esm: false,
  environment: 'server',
  insecureHistory:
    'express-jwt 6 and later throw without it; 5 and earlier let the token header choose (CVE-2020-15084).',
  apis: [expressjwt, legacyMiddleware],
}
