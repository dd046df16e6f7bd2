import type { JwtLibrary } from '../types.js'
import { fastJwtVerifyOptions } from './shared-options.js'

/** nearform/fast-jwt 6: factories that return the verify, decode and sign functions. Times are milliseconds. */
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
      verifyOptions: fastJwtVerifyOptions,
      algorithmsWhenOmitted: 'key-type',
      returns: [{ path: [], invocation: 'call', kind: 'verify', completion: 'sync-or-callback', args: { token: 0, callbackFrom: 1 } }],
    },
    {
      path: ['createDecoder'],
      invocation: 'call',
      kind: 'factory',
      args: { options: 0 },
      returns: [{ path: [], invocation: 'call', kind: 'decode', args: { token: 0 } }],
    },
    {
      path: ['createSigner'],
      invocation: 'call',
      kind: 'sign',
      args: { options: 0 },
      signOptions: { algorithm: 'algorithm', header: 'header' },
      returns: [{ path: [], invocation: 'call', kind: 'factory', args: {} }],
    },
  ],
}
