import type { JwtLibrary } from '../types.js'

/** kjur/jsrsasign 11: `KJUR.jws.JWS.*`. Verification returns `false` instead of throwing. */
export const jsrsasign: JwtLibrary = {
  name: 'jsrsasign',
  modules: ['jsrsasign'],
  esm: false,
  environment: 'universal',
  apis: [
    {
      path: ['KJUR', 'jws', 'JWS', 'verifyJWT'],
      invocation: 'call',
      kind: 'verify',
      completion: 'boolean',
      args: { token: 0, key: 1, options: 2 },
      verifyOptions: {
        algorithms: 'alg',
        audience: 'aud',
        issuer: 'iss',
        // `aud` and `iss` are compared only when given as arrays; a string is ignored.
        arrayOnly: ['aud', 'iss'],
        clockTolerance: { name: 'gracePeriod', format: 'seconds' },
        pinnedClock: ['verifyAt'],
      },
      algorithmsWhenOmitted: 'required',
    },
    {
      path: ['KJUR', 'jws', 'JWS', 'verify'],
      invocation: 'call',
      kind: 'verify',
      completion: 'boolean',
      args: { token: 0, key: 1, algorithm: 2 },
      algorithmsWhenOmitted: 'header',
    },
    { path: ['KJUR', 'jws', 'JWS', 'parse'], invocation: 'call', kind: 'decode', args: { token: 0 }, result: 'complete' },
    { path: ['KJUR', 'jws', 'JWS', 'sign'], invocation: 'call', kind: 'sign', args: { algorithm: 0, key: 3 } },
  ],
}
