import type { JwtApi, JwtLibrary, VerifyOptionNames } from '../types.js'

/**
 * What `create()` returns. Properties passed to `verify` are merged over the ones
 * given to `create`, so an option missing at either place may be set at the other.
 */
function verifierMethods(verifyOptions: VerifyOptionNames): JwtApi[] {
  return [
    { path: ['verify'], invocation: 'call', kind: 'verify', completion: 'promise', args: { token: 0, options: 1 }, verifyOptions, inheritsOptions: true },
    { path: ['verifySync'], invocation: 'call', kind: 'verify', completion: 'sync-or-callback', args: { token: 0, options: 1 }, verifyOptions, inheritsOptions: true },
  ]
}

/**
 * Expiry and not-before are checked with `graceSeconds` of slack, in seconds. A string is
 * not parsed: `exp + '30'` concatenates, and the expiry comparison then never fails.
 */
const graceSeconds: VerifyOptionNames['clockTolerance'] = { name: 'graceSeconds', format: 'seconds-or-concatenated-string' }

/**
 * Cognito derives the issuer from `userPoolId`. `clientId` (checked against `aud` in ID
 * tokens, `client_id` in access tokens) must be given, at `create` or at `verify`, or the
 * verify throws; only `clientId: null` skips the check.
 */
const cognitoOptions: VerifyOptionNames = {
  audience: 'clientId',
  clockTolerance: graceSeconds,
  // `tokenUse` ('id' or 'access', compared with the `token_use` claim) is required the same way: `null` accepts both.
  requiredUnlessNull: ['clientId', 'tokenUse'],
  tokenType: { name: 'tokenUse', accessTokenValue: 'access' },
}

/** `issuer` and `audience` must be given or the verify throws; `null` skips the check. */
const jwtOptions: VerifyOptionNames = {
  audience: 'audience',
  issuer: 'issuer',
  clockTolerance: graceSeconds,
  requiredUnlessNull: ['audience', 'issuer'],
}

/**
 * An ALB signs its own tokens (`albArn` is checked against the `signer` header); its
 * `clientId` is the `client` header, not the `aud` claim, so only the grace period is modelled.
 */
const albOptions: VerifyOptionNames = { clockTolerance: graceSeconds }

function verifierFactory(className: string, verifyOptions: VerifyOptionNames): JwtApi {
  return {
    path: [className, 'create'],
    invocation: 'call',
    kind: 'verify',
    args: { options: 0 },
    verifyOptions,
    returns: verifierMethods(verifyOptions),
  }
}

/**
 * awslabs/aws-jwt-verify 3 to 5 (5.2.1 types). Only asymmetric algorithms that match
 * the JWK are accepted, so there is no algorithm allow-list to check. `JwtRsaVerifier`
 * (`aws-jwt-verify/jwt-rsa` before 5) is the older name of `JwtVerifier`.
 */
export const awsJwtVerify: JwtLibrary = {
  name: 'aws-jwt-verify',
  modules: [
    'aws-jwt-verify',
    'aws-jwt-verify/cognito-verifier',
    'aws-jwt-verify/jwt-verifier',
    'aws-jwt-verify/jwt-rsa',
    'aws-jwt-verify/alb-verifier',
    'aws-jwt-verify/jwt',
  ],
  esm: false,
  environment: 'server',
  verifyHint: '`verifier.verify(token)` of a `CognitoJwtVerifier` or `JwtVerifier`',
  apis: [
    verifierFactory('CognitoJwtVerifier', cognitoOptions),
    // `jwksUri` says where the keys come from (by default the issuer's `/.well-known/jwks.json`).
    { ...verifierFactory('JwtVerifier', jwtOptions), keySourceOptions: { uri: 'jwksUri' } },
    { ...verifierFactory('JwtRsaVerifier', jwtOptions), keySourceOptions: { uri: 'jwksUri' } },
    verifierFactory('AlbJwtVerifier', albOptions),
    // `aws-jwt-verify/jwt`: `{ header, headerB64, payload, payloadB64, signatureB64 }`, nothing verified.
    { path: ['decomposeUnverifiedJwt'], invocation: 'call', kind: 'decode', args: { token: 0 }, result: 'complete' },
  ],
}
