import type { JwtApi, JwtLibrary, VerifyOptionNames } from '../types.js'

const claimOptions: VerifyOptionNames = {
  algorithms: 'algorithms',
  audience: 'audience',
  issuer: 'issuer',
  clockTolerance: { name: 'clockTolerance', format: 'seconds-or-jose-string' },
  pinnedClock: ['currentDate'],
}

/** panva/jose v4 to v6 (`jwtVerify`, `decodeJwt`, ...). */
const currentApis: readonly JwtApi[] = [
  {
    path: ['jwtVerify'],
    invocation: 'call',
    kind: 'verify',
    completion: 'promise',
    args: { token: 0, key: 1, options: 2 },
    verifyOptions: claimOptions,
    algorithmsWhenOmitted: 'key-type',
    rejectsNoneAlgorithm: true,
  },
  { path: ['decodeJwt'], invocation: 'call', kind: 'decode', args: { token: 0 } },
  { path: ['decodeProtectedHeader'], invocation: 'call', kind: 'decodeHeader', args: { token: 0 } },
  { path: ['UnsecuredJWT', 'decode'], invocation: 'call', kind: 'decode', args: { token: 0, options: 1 }, result: 'complete' },
  { path: ['UnsecuredJWT'], invocation: 'construct', kind: 'unsecuredSign', args: {} },
  { path: ['SignJWT'], invocation: 'construct', kind: 'sign', args: {} },
]

/** jose v2, still found in older code: `const { JWT, JWK } = require('jose')`. */
const legacyApis: readonly JwtApi[] = [
  {
    path: ['JWT', 'verify'],
    invocation: 'call',
    kind: 'verify',
    completion: 'sync-or-callback',
    args: { token: 0, key: 1, options: 2 },
    verifyOptions: {
      algorithms: 'algorithms',
      audience: 'audience',
      issuer: 'issuer',
      ignoreExpiration: 'ignoreExp',
      ignoreNotBefore: 'ignoreNbf',
      clockTolerance: { name: 'clockTolerance', format: 'seconds-or-jose-string' },
      pinnedClock: ['now'],
    },
    algorithmsWhenOmitted: 'key-type',
  },
  {
    path: ['JWT', 'decode'],
    invocation: 'call',
    kind: 'decode',
    args: { token: 0, options: 1 },
    resultSelectors: [{ option: 'complete', value: true, result: 'complete' }],
  },
  {
    path: ['JWT', 'sign'],
    invocation: 'call',
    kind: 'sign',
    args: { key: 1, options: 2 },
    signOptions: { algorithm: 'algorithm', header: 'header' },
  },
  { path: ['JWK', 'None'], invocation: 'read', kind: 'noneKey', args: {} },
]

export const jose: JwtLibrary = {
  name: 'jose',
  modules: [
    'jose',
    'jose/jwt/verify',
    'jose/jwt/decode',
    'jose/jwt/unsecured',
    'jose/jwt/sign',
    'jose/decode/protected_header',
  ],
  esm: true,
  environment: 'universal',
  apis: [...currentApis, ...legacyApis],
}
