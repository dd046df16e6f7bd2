import type { JwtLibrary } from '../types.js'

/**
 * kjur/jsrsasign 8 to 11 (11.1.5 source, @types/jsrsasign 10.5.15): `KJUR.jws.JWS.*`, from
 * `require('jsrsasign')` or `import { KJUR } from 'jsrsasign'`. Verification returns `false`
 * instead of throwing, and refuses `alg: none` ("not supported").
 */
export const jsrsasign: JwtLibrary = {
  name: 'jsrsasign',
  modules: ['jsrsasign'],
  esm: false,
  environment: 'universal',
  secretEncoding: 'hex-or-raw',
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
      // `verifyJWT(token, key, { alg: [...] })` throws without `alg`.
      algorithmsWhenOmitted: 'required',
      rejectsNoneAlgorithm: true,
    },
    {
      path: ['KJUR', 'jws', 'JWS', 'verify'],
      invocation: 'call',
      kind: 'verify',
      completion: 'boolean',
      args: { token: 0, key: 1, algorithm: 2 },
      // `verify(token, key, acceptAlgs?)`: without a non-empty `acceptAlgs` array the header's `alg` is used.
      algorithmArgumentName: 'acceptAlgs',
      algorithmShape: 'list',
      algorithmsWhenOmitted: 'header',
      rejectsNoneAlgorithm: true,
    },
    // `parse(token)` gives `{ headerObj, payloadObj, headerPP, payloadPP, sigHex }`, nothing verified.
    {
      path: ['KJUR', 'jws', 'JWS', 'parse'],
      invocation: 'call',
      kind: 'decode',
      args: { token: 0 },
      result: 'complete',
      completeParts: { header: 'headerObj', payload: 'payloadObj' },
    },
    // `sign(alg, header, payload, key)`: header and payload are objects or their JSON text; only a payload `exp` expires the token.
    // `sign('none', ...)` gives a token with an empty signature.
    {
      path: ['KJUR', 'jws', 'JWS', 'sign'],
      invocation: 'call',
      kind: 'sign',
      args: { algorithm: 0, header: 1, payload: 2, key: 3 },
      algorithmArgumentName: 'alg',
    },
  ],
}
