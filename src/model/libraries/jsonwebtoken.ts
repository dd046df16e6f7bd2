import type { JwtLibrary } from '../types.js'
import { jsonwebtokenVerifyOptions } from './shared-options.js'

/** auth0/node-jsonwebtoken, v8 and v9 (@types/jsonwebtoken 9). */
export const jsonwebtoken: JwtLibrary = {
  name: 'jsonwebtoken',
  modules: ['jsonwebtoken'],
  esm: false,
  environment: 'server',
  insecureHistory:
    'In jsonwebtoken 8 and earlier that includes `none` with a falsy key and HMAC keyed with a public key (CVE-2022-23540, CVE-2022-23541); 9 still accepts every algorithm of the key type.',
  apis: [
    {
      path: ['verify'],
      invocation: 'call',
      kind: 'verify',
      completion: 'sync-or-callback',
      args: { token: 0, key: 1, options: 2, callbackFrom: 2 },
      verifyOptions: { ...jsonwebtokenVerifyOptions, completeResult: 'complete' },
      algorithmsWhenOmitted: 'header',
      acceptsUnsignedWithFalsyKey: true,
      // `(header, callback) => callback(null, key)`
      keyCallback: ['header', null],
    },
    {
      path: ['decode'],
      invocation: 'call',
      kind: 'decode',
      args: { token: 0, options: 1 },
      resultSelectors: [{ option: 'complete', value: true, result: 'complete' }],
    },
    {
      path: ['sign'],
      invocation: 'call',
      kind: 'sign',
      args: { payload: 0, key: 1, options: 2, callbackFrom: 2 },
      // `expiresIn` conflicts with an `exp` claim in the payload: sign throws when both are set.
      signOptions: { algorithm: 'algorithm', header: 'header', expiresIn: { name: 'expiresIn', format: 'seconds-or-ms-string' } },
    },
  ],
}
