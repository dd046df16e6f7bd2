import type { JwtApi, JwtLibrary, TokenBuilder, VerifyOptionNames } from '../types.js'

const claimOptions: VerifyOptionNames = {
  algorithms: 'algorithms',
  audience: 'audience',
  issuer: 'issuer',
  clockTolerance: { name: 'clockTolerance', format: 'seconds-or-jose-string' },
  pinnedClock: ['currentDate'],
  tokenType: { name: 'typ', accessTokenValue: 'at+jwt' },
}

/** A key source that imports the key material in its first argument: a JWK, an X.509 certificate, an SPKI PEM. */
const keyImport = { invocation: 'call', kind: 'keySource', args: {}, keySourceOptions: { materialArgument: 0 } } as const satisfies Omit<
  JwtApi,
  'path'
>

/**
 * `new SignJWT(claims)`, `new EncryptJWT(claims)`, `new UnsecuredJWT(claims)` (claims default
 * to `{}`): every `set*` method returns the builder; `setExpirationTime` takes a NumericDate
 * or `Date` (absolute) or a duration string counted from now, and replaces an `exp` in the claims.
 */
function claimsBuilder(finish: string, finishKey?: number): TokenBuilder {
  return {
    finish,
    finishKey,
    expirationTime: { method: 'setExpirationTime', format: 'numeric-date-or-jose-string' },
    protectedHeader: 'setProtectedHeader',
  }
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
    // `(protectedHeader, token) => key`; `token` is the raw base64url input.
    keyCallback: ['header', null],
  },
  // Resolves the key from the token's own `jwk` header: the token vouches for itself.
  { path: ['EmbeddedJWK'], invocation: 'read', kind: 'embeddedKey', args: {} },
  { path: ['createRemoteJWKSet'], invocation: 'call', kind: 'keySource', args: { options: 1 }, keySourceOptions: { uriArgument: 0 } },
  { path: ['importJWK'], ...keyImport },
  { path: ['importX509'], ...keyImport },
  { path: ['importSPKI'], ...keyImport },
  { path: ['decodeJwt'], invocation: 'call', kind: 'decode', args: { token: 0 } },
  { path: ['decodeProtectedHeader'], invocation: 'call', kind: 'decodeHeader', args: { token: 0 } },
  { path: ['UnsecuredJWT', 'decode'], invocation: 'call', kind: 'decode', args: { token: 0, options: 1 }, result: 'complete' },
  { path: ['UnsecuredJWT'], invocation: 'construct', kind: 'unsecuredSign', args: { payload: 0 }, builder: claimsBuilder('encode') },
  // `setProtectedHeader({ alg: 'none' })` makes `sign()` throw: jose signs with no `none`.
  { path: ['SignJWT'], invocation: 'construct', kind: 'sign', args: { payload: 0 }, builder: claimsBuilder('sign', 0), rejectsNoneAlgorithm: true },
  { path: ['EncryptJWT'], invocation: 'construct', kind: 'encrypt', args: { payload: 0 }, builder: claimsBuilder('encrypt', 0) },
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
      tokenType: { name: 'typ', accessTokenValue: 'at+jwt' },
      completeResult: 'complete',
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
    args: { payload: 0, key: 1, options: 2 },
    // `expiresIn` is a string only (a number throws) and replaces an `exp` in the payload.
    signOptions: { algorithm: 'algorithm', header: 'header', expiresIn: { name: 'expiresIn', format: 'seconds-or-jose-string' } },
  },
  { path: ['JWK', 'None'], invocation: 'read', kind: 'noneKey', args: {} },
  // Keys taken from the token's own `jwk` header, or built from its `x5c[0]` without any chain validation.
  { path: ['JWK', 'EmbeddedJWK'], invocation: 'read', kind: 'embeddedKey', args: {} },
  { path: ['JWK', 'EmbeddedX5C'], invocation: 'read', kind: 'embeddedKey', args: {} },
  { path: ['JWK', 'asKey'], ...keyImport },
  { path: ['JWK', 'importKey'], ...keyImport },
]

export const jose: JwtLibrary = {
  name: 'jose',
  modules: [
    'jose',
    'jose/jwt/verify',
    'jose/jwt/decode',
    'jose/jwt/unsecured',
    'jose/jwt/sign',
    'jose/jwt/encrypt',
    'jose/decode/protected_header',
    'jose/jwk/embedded',
    'jose/jwks/remote',
    'jose/key/import',
  ],
  esm: true,
  environment: 'universal',
  apis: [...currentApis, ...legacyApis],
}
