import type { JwtApi, JwtLibrary } from '../types.js'
import { jsonwebtokenVerifyOptions } from './shared-options.js'

/** The middleware factory; its options go to `jsonwebtoken.verify` whole. */
function middleware(path: readonly string[], requestProperty: string): JwtApi {
  return {
    path,
    invocation: 'call',
    kind: 'verify',
    args: { options: 0 },
    verifyOptions: {
      ...jsonwebtokenVerifyOptions,
      failOpen: [
        {
          name: 'credentialsRequired',
          value: false,
          consequence: `requests without a token get no \`req.${requestProperty}\``,
          trustedMembers: [requestProperty],
        },
      ],
      expiredHandler: 'onExpired',
    },
    // express-jwt 6+ throws without `algorithms`; 5 and earlier trusted the header (CVE-2020-15084).
    algorithmsWhenOmitted: 'required',
  }
}

/** auth0/express-jwt: v7/v8 `expressjwt({...})`, v6 and earlier the module itself. */
export const expressJwt: JwtLibrary = {
  name: 'express-jwt',
  modules: ['express-jwt'],
  esm: false,
  environment: 'server',
  insecureHistory:
    'express-jwt 6 and later throw without it; 5 and earlier let the token header choose (CVE-2020-15084).',
  apis: [middleware(['expressjwt'], 'auth'), middleware([], 'user'), middleware(['default'], 'user')],
}
