import type { JwtLibrary } from '../types.js'
import { fastJwtVerifyOptions } from './shared-options.js'

/**
 * nearform/fast-jwt 1 to 6 (6.3.6 types and source): factories that return the verify,
 * decode and sign functions. Times are milliseconds. Without `algorithms` the verifier
 * allows what the key's type fits. The verifier throws, or, with a key function, returns
 * a Promise or calls its callback; a sync `verify(token)` is the common form, so it is not
 * judged as a Promise.
 */
export const fastJwt: JwtLibrary = {
  name: 'fast-jwt',
  modules: ['fast-jwt'],
  esm: false,
  environment: 'server',
  apis: [
    {
      path: ['createVerifier'],
      invocation: 'call',
      kind: 'verify',
      args: { options: 0 },
      keyOptions: ['key'],
      // `key: (decoded) => ...` or `(decoded, callback) => ...`, with `decoded` as `{ header, payload, signature }`.
      keyCallback: ['complete', null],
      verifyOptions: fastJwtVerifyOptions,
      algorithmsWhenOmitted: 'key-type',
      // Given a key, fast-jwt refuses a token without a signature, so `none` counts only without one.
      acceptsNoneOnlyWithoutKey: true,
      returns: [{ path: [], invocation: 'call', kind: 'verify', completion: 'sync-or-callback', args: { token: 0, callbackFrom: 1 } }],
    },
    {
      path: ['createDecoder'],
      invocation: 'call',
      kind: 'factory',
      args: { options: 0 },
      // `createDecoder({ complete: true })` makes the decoder return `{ header, payload, signature, input }`.
      returns: [
        {
          path: [],
          invocation: 'call',
          kind: 'decode',
          args: { token: 0 },
          resultSelectors: [{ option: 'complete', value: true, result: 'complete', onFactory: true }],
        },
      ],
    },
    {
      path: ['createSigner'],
      invocation: 'call',
      kind: 'sign',
      args: { options: 0 },
      keyOptions: ['key'],
      // `algorithm: 'none'` with a key throws.
      acceptsNoneOnlyWithoutKey: true,
      // A truthy `expiresIn` (milliseconds, or an `ms`-style string) replaces an `exp` in the payload.
      signOptions: {
        algorithm: 'algorithm',
        header: 'header',
        typ: 'typ',
        expiresIn: { name: 'expiresIn', format: 'milliseconds-or-ms-string' },
      },
      // The signer `sign(payload, callback?)` signs with the factory's options.
      returns: [{ path: [], invocation: 'call', kind: 'sign', args: { payload: 0, callbackFrom: 1 }, inheritsOptions: true }],
    },
  ],
}
