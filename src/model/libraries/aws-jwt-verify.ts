import type { JwtApi, JwtLibrary, VerifyOptionNames } from '../types.js'

/** What `create()` returns: per-call properties are merged over the ones given to `create`. */
function verifierMethods(verifyOptions: VerifyOptionNames): JwtApi[] {
  return [
    { path: ['verify'], invocation: 'call', kind: 'verify', completion: 'promise', args: { token: 0, options: 1 }, verifyOptions, inheritsOptions: true },
    { path: ['verifySync'], invocation: 'call', kind: 'verify', completion: 'sync-or-callback', args: { token: 0, options: 1 }, verifyOptions, inheritsOptions: true },
  ]
}

/** Cognito derives the issuer from `userPoolId`; `clientId: null` skips the audience check. */
const cognitoOptions: VerifyOptionNames = { audience: 'clientId' }
const jwtOptions: VerifyOptionNames = { audience: 'audience', issuer: 'issuer' }

/** awslabs/aws-jwt-verify 5. */
export const awsJwtVerify: JwtLibrary = {
  name: 'aws-jwt-verify',
  modules: ['aws-jwt-verify', 'aws-jwt-verify/cognito-verifier', 'aws-jwt-verify/jwt-verifier', 'aws-jwt-verify/jwt'],
  esm: false,
  environment: 'server',
  apis: [
    {
      path: ['CognitoJwtVerifier', 'create'],
      invocation: 'call',
      kind: 'verify',
      args: { options: 0 },
      verifyOptions: cognitoOptions,
      returns: verifierMethods(cognitoOptions),
    },
    {
      path: ['JwtVerifier', 'create'],
      invocation: 'call',
      kind: 'verify',
      args: { options: 0 },
      verifyOptions: jwtOptions,
      returns: verifierMethods(jwtOptions),
    },
    { path: ['decomposeUnverifiedJwt'], invocation: 'call', kind: 'decode', args: { token: 0 }, result: 'complete' },
  ],
}
