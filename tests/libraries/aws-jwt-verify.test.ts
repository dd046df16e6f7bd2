/**
 * aws-jwt-verify: `CognitoJwtVerifier.create({ userPoolId, tokenUse, clientId })`,
 * `JwtVerifier.create({ issuer, audience, jwksUri })` (`JwtRsaVerifier` before 5),
 * then `verifier.verify(token)` / `verifySync`, and `decomposeUnverifiedJwt`.
 * The library throws when `clientId`, `audience` or `issuer` is left out, so only
 * an explicit `null` switches a claim check off.
 */
import { describe, expect, it } from 'vitest'
import noAlgorithmFromHeader from '../../src/rules/no-algorithm-from-header.js'
import noDisabledExpiry from '../../src/rules/no-disabled-expiry.js'
import noIgnoredVerifyError from '../../src/rules/no-ignored-verify-error.js'
import noUnverifiedDecode from '../../src/rules/no-unverified-decode.js'
import requireAudience from '../../src/rules/require-audience.js'
import requireIssuer from '../../src/rules/require-issuer.js'
import { withAnalysis } from '../core/probe.js'
import { assertionOptions, cjsRuleTester, ruleTester } from '../rule-tester.js'

ruleTester.run(requireAudience.name, requireAudience, {
  assertionOptions,
  valid: [
    {
      name: 'Cognito verifier with a client id',
      code: `import { CognitoJwtVerifier } from 'aws-jwt-verify'

export const verifier = CognitoJwtVerifier.create({ userPoolId: 'eu-west-1_AbCdEf123', tokenUse: 'access', clientId: '1example23456789' })`,
    },
    {
      name: 'client id left out at create and given at verify',
      code: `import { CognitoJwtVerifier } from 'aws-jwt-verify'

const verifier = CognitoJwtVerifier.create({ userPoolId: 'eu-west-1_AbCdEf123', tokenUse: 'id' })
export const authenticate = (token: string) => verifier.verify(token, { clientId: process.env.COGNITO_CLIENT_ID! })`,
    },
    {
      name: 'client id left out everywhere: the verify throws, so no token gets through',
      code: `import { CognitoJwtVerifier } from 'aws-jwt-verify'

const verifier = CognitoJwtVerifier.create({ userPoolId: 'eu-west-1_AbCdEf123', tokenUse: 'access' })
export const authenticate = (token: string) => verifier.verify(token)`,
    },
    {
      name: 'clientId: undefined also throws (only null switches the check off)',
      code: `import { CognitoJwtVerifier } from 'aws-jwt-verify/cognito-verifier'

export const verifier = CognitoJwtVerifier.create({ userPoolId: 'eu-west-1_AbCdEf123', tokenUse: 'access', clientId: undefined })`,
    },
    {
      name: "an empty audience rejects every token, unlike jsonwebtoken's",
      code: `import { JwtVerifier } from 'aws-jwt-verify'

export const verifier = JwtVerifier.create({ issuer: 'https://auth.example.com', audience: '', jwksUri: 'https://auth.example.com/jwks.json' })`,
    },
    {
      name: 'tokenUse: null accepts ID and access tokens, yet their client id is still checked',
      code: `import { CognitoJwtVerifier } from 'aws-jwt-verify'

export const verifier = CognitoJwtVerifier.create({ userPoolId: 'eu-west-1_AbCdEf123', tokenUse: null, clientId: ['web-client', 'ios-client'] })`,
    },
    {
      name: 'an audience from the environment may be anything',
      code: `import { JwtVerifier } from 'aws-jwt-verify'

export const verifier = JwtVerifier.create({ issuer: 'https://auth.example.com', audience: process.env.API_AUDIENCE ?? null })`,
    },
    {
      name: 'one verifier for several user pools, each with its client id',
      code: `import { CognitoJwtVerifier } from 'aws-jwt-verify'

export const verifier = CognitoJwtVerifier.create([
  { userPoolId: 'eu-west-1_AbCdEf123', tokenUse: 'access', clientId: 'web' },
  { userPoolId: 'eu-west-1_XyZ987654', tokenUse: 'access', clientId: 'partner' },
])`,
    },
    {
      name: 'a class of your own named CognitoJwtVerifier',
      code: `class CognitoJwtVerifier {
  static create(props: { clientId: string | null }) {
    return props
  }
}
export const verifier = CognitoJwtVerifier.create({ clientId: null })`,
    },
  ],
  invalid: [
    {
      name: 'clientId: null on a Cognito verifier',
      code: `import { CognitoJwtVerifier } from 'aws-jwt-verify'

export const verifier = CognitoJwtVerifier.create({
  userPoolId: 'eu-west-1_AbCdEf123',
  tokenUse: 'access',
  clientId: null,
})`,
      errors: [
        {
          messageId: 'emptyClaimCheck',
          data: { api: 'aws-jwt-verify.CognitoJwtVerifier.create', option: 'clientId', claim: 'audience', value: 'null' },
          line: 6, column: 13, endLine: 6, endColumn: 17,
        },
      ],
    },
    {
      name: 'audience: null on a JwtVerifier from its subpath',
      code: `import { JwtVerifier } from 'aws-jwt-verify/jwt-verifier'

export const verifier = JwtVerifier.create({ issuer: 'https://auth.example.com', audience: null, jwksUri: 'https://auth.example.com/jwks.json' })`,
      errors: [
        {
          messageId: 'emptyClaimCheck',
          data: { api: 'aws-jwt-verify.JwtVerifier.create', option: 'audience', claim: 'audience', value: 'null' },
          line: 3, column: 92, endLine: 3, endColumn: 96,
        },
      ],
    },
    {
      name: 'clientId: null passed to verify, which overrides the verifier setting',
      code: `import { CognitoJwtVerifier } from 'aws-jwt-verify/cognito-verifier'

const verifier = CognitoJwtVerifier.create({ userPoolId: 'eu-west-1_AbCdEf123', tokenUse: 'id' })
export async function authenticate(token: string) {
  return verifier.verify(token, { clientId: null })
}`,
      errors: [
        {
          messageId: 'emptyClaimCheck',
          data: { api: 'aws-jwt-verify.CognitoJwtVerifier.create().verify', option: 'clientId', claim: 'audience', value: 'null' },
          line: 5, column: 45, endLine: 5, endColumn: 49,
        },
      ],
    },
    {
      name: 'clientId: null given to verifySync',
      code: `import { CognitoJwtVerifier } from 'aws-jwt-verify'

const verifier = CognitoJwtVerifier.create({ userPoolId: 'eu-west-1_AbCdEf123', tokenUse: 'access' })
export const claims = (token: string) => verifier.verifySync(token, { clientId: null })`,
      errors: [
        {
          messageId: 'emptyClaimCheck',
          data: { api: 'aws-jwt-verify.CognitoJwtVerifier.create().verifySync', option: 'clientId', claim: 'audience', value: 'null' },
          line: 4, column: 81, endLine: 4, endColumn: 85,
        },
      ],
    },
    {
      name: 'null through a constant',
      code: `import { JwtVerifier } from 'aws-jwt-verify'

const AUDIENCE = null
export const verifier = JwtVerifier.create({ issuer: 'https://auth.example.com', audience: AUDIENCE })`,
      errors: [
        {
          messageId: 'emptyClaimCheck',
          data: { api: 'aws-jwt-verify.JwtVerifier.create', option: 'audience', claim: 'audience', value: 'AUDIENCE' },
          line: 4, column: 92, endLine: 4, endColumn: 100,
        },
      ],
    },
    {
      name: 'properties built in a constant object',
      code: `import { CognitoJwtVerifier } from 'aws-jwt-verify'

const props = { userPoolId: 'eu-west-1_AbCdEf123', tokenUse: 'id', clientId: null } as const
export const verifier = CognitoJwtVerifier.create(props)`,
      errors: [
        {
          messageId: 'emptyClaimCheck',
          data: { api: 'aws-jwt-verify.CognitoJwtVerifier.create', option: 'clientId', claim: 'audience', value: 'null' },
          line: 3, column: 78, endLine: 3, endColumn: 82,
        },
      ],
    },
    {
      name: 'JwtRsaVerifier, the name before version 5',
      code: `import { JwtRsaVerifier } from 'aws-jwt-verify/jwt-rsa'

export const verifier = JwtRsaVerifier.create({ issuer: 'https://auth.example.com', audience: null })`,
      errors: [
        {
          messageId: 'emptyClaimCheck',
          data: { api: 'aws-jwt-verify.JwtRsaVerifier.create', option: 'audience', claim: 'audience', value: 'null' },
          line: 3, column: 95, endLine: 3, endColumn: 99,
        },
      ],
    },
    {
      name: 'namespace import',
      code: `import * as awsJwtVerify from 'aws-jwt-verify'

export const verifier = awsJwtVerify.CognitoJwtVerifier.create({ userPoolId: 'eu-west-1_AbCdEf123', tokenUse: 'access', clientId: null })`,
      errors: [
        {
          messageId: 'emptyClaimCheck',
          data: { api: 'aws-jwt-verify.CognitoJwtVerifier.create', option: 'clientId', claim: 'audience', value: 'null' },
          line: 3, column: 131, endLine: 3, endColumn: 135,
        },
      ],
    },
  ],
})

cjsRuleTester.run(requireAudience.name, requireAudience, {
  assertionOptions,
  valid: [
    {
      name: 'CommonJS: a client id set',
      code: `const { CognitoJwtVerifier } = require('aws-jwt-verify')

module.exports = CognitoJwtVerifier.create({ userPoolId: 'eu-west-1_AbCdEf123', tokenUse: 'access', clientId: process.env.CLIENT_ID })`,
    },
  ],
  invalid: [
    {
      name: 'CommonJS: require with destructuring',
      code: `const { CognitoJwtVerifier } = require('aws-jwt-verify')

module.exports = CognitoJwtVerifier.create({ userPoolId: 'eu-west-1_AbCdEf123', tokenUse: 'access', clientId: null })`,
      errors: [
        {
          messageId: 'emptyClaimCheck',
          data: { api: 'aws-jwt-verify.CognitoJwtVerifier.create', option: 'clientId', claim: 'audience', value: 'null' },
          line: 3, column: 111, endLine: 3, endColumn: 115,
        },
      ],
    },
    {
      name: 'CommonJS: member of the required module',
      code: `const awsJwtVerify = require('aws-jwt-verify')

const verifier = awsJwtVerify.JwtVerifier.create({ issuer: 'https://auth.example.com', audience: null })
module.exports = verifier`,
      errors: [
        {
          messageId: 'emptyClaimCheck',
          data: { api: 'aws-jwt-verify.JwtVerifier.create', option: 'audience', claim: 'audience', value: 'null' },
          line: 3, column: 98, endLine: 3, endColumn: 102,
        },
      ],
    },
  ],
})

ruleTester.run(requireIssuer.name, requireIssuer, {
  assertionOptions,
  valid: [
    {
      name: 'issuer set',
      code: `import { JwtVerifier } from 'aws-jwt-verify'

export const verifier = JwtVerifier.create({ issuer: 'https://auth.example.com', audience: 'api', jwksUri: 'https://auth.example.com/jwks.json' })`,
    },
    {
      name: 'issuer left out: the verify throws, so no token gets through',
      code: `import { JwtVerifier } from 'aws-jwt-verify'

export const verifier = JwtVerifier.create({ audience: 'api', jwksUri: 'https://auth.example.com/jwks.json' })`,
    },
    {
      name: 'a Cognito verifier derives its issuer from the user pool',
      code: `import { CognitoJwtVerifier } from 'aws-jwt-verify'

export const verifier = CognitoJwtVerifier.create({ userPoolId: 'eu-west-1_AbCdEf123', tokenUse: 'access', clientId: 'web' })`,
    },
    {
      name: 'an empty issuer rejects every token',
      code: `import { JwtVerifier } from 'aws-jwt-verify'

export const verifier = JwtVerifier.create({ issuer: '', audience: 'api', jwksUri: 'https://auth.example.com/jwks.json' })`,
    },
    {
      name: 'an issuer from configuration',
      code: `import { JwtVerifier } from 'aws-jwt-verify'
import { config } from './config'

export const verifier = JwtVerifier.create({ issuer: config.issuer, audience: config.audience })`,
    },
    {
      name: 'several issuers, each named',
      code: `import { JwtVerifier } from 'aws-jwt-verify'

export const verifier = JwtVerifier.create([
  { issuer: 'https://a.example.com', audience: 'api' },
  { issuer: 'https://b.example.com', audience: 'api' },
])`,
    },
    {
      name: 'verify options that leave the verifier issuer alone',
      code: `import { JwtVerifier } from 'aws-jwt-verify'

const verifier = JwtVerifier.create({ issuer: 'https://auth.example.com', audience: null })
export const authenticate = (token: string) => verifier.verify(token, { audience: 'api' })`,
    },
  ],
  invalid: [
    {
      name: 'issuer: null',
      code: `import { JwtVerifier } from 'aws-jwt-verify'

export const verifier = JwtVerifier.create({ issuer: null, audience: 'api', jwksUri: 'https://auth.example.com/jwks.json' })`,
      errors: [
        {
          messageId: 'emptyClaimCheck',
          data: { api: 'aws-jwt-verify.JwtVerifier.create', option: 'issuer', claim: 'issuer', value: 'null' },
          line: 3, column: 54, endLine: 3, endColumn: 58,
        },
      ],
    },
    {
      name: 'issuer: null from the subpath module',
      code: `import { JwtVerifier } from 'aws-jwt-verify/jwt-verifier'

export const verifier = JwtVerifier.create({
  issuer: null,
  audience: ['api', 'admin'],
  jwksUri: 'https://auth.example.com/jwks.json',
})`,
      errors: [
        {
          messageId: 'emptyClaimCheck',
          data: { api: 'aws-jwt-verify.JwtVerifier.create', option: 'issuer', claim: 'issuer', value: 'null' },
          line: 4, column: 11, endLine: 4, endColumn: 15,
        },
      ],
    },
    {
      name: 'JwtRsaVerifier before version 5',
      code: `import { JwtRsaVerifier } from 'aws-jwt-verify'

export const verifier = JwtRsaVerifier.create({ issuer: null, audience: 'api', jwksUri: 'https://auth.example.com/jwks.json' })`,
      errors: [
        {
          messageId: 'emptyClaimCheck',
          data: { api: 'aws-jwt-verify.JwtRsaVerifier.create', option: 'issuer', claim: 'issuer', value: 'null' },
          line: 3, column: 57, endLine: 3, endColumn: 61,
        },
      ],
    },
    {
      name: 'null through a constant',
      code: `import { JwtVerifier } from 'aws-jwt-verify'

const ISSUER = null
export const verifier = JwtVerifier.create({ issuer: ISSUER, audience: 'api', jwksUri: 'https://auth.example.com/jwks.json' })`,
      errors: [
        {
          messageId: 'emptyClaimCheck',
          data: { api: 'aws-jwt-verify.JwtVerifier.create', option: 'issuer', claim: 'issuer', value: 'ISSUER' },
          line: 4, column: 54, endLine: 4, endColumn: 60,
        },
      ],
    },
    {
      name: 'verify merges its properties over the verifier ones, issuer included',
      code: `import { JwtVerifier } from 'aws-jwt-verify'

const verifier = JwtVerifier.create({ issuer: 'https://auth.example.com', audience: 'api' })
export const authenticate = (token: string) => verifier.verify(token, { issuer: null } as never)`,
      errors: [
        {
          messageId: 'emptyClaimCheck',
          data: { api: 'aws-jwt-verify.JwtVerifier.create().verify', option: 'issuer', claim: 'issuer', value: 'null' },
          line: 4, column: 81, endLine: 4, endColumn: 85,
        },
      ],
    },
    {
      name: 'await import()',
      code: `const { JwtVerifier } = await import('aws-jwt-verify')

export const verifier = JwtVerifier.create({ issuer: null, audience: 'api', jwksUri: 'https://auth.example.com/jwks.json' })`,
      errors: [
        {
          messageId: 'emptyClaimCheck',
          data: { api: 'aws-jwt-verify.JwtVerifier.create', option: 'issuer', claim: 'issuer', value: 'null' },
          line: 3, column: 54, endLine: 3, endColumn: 58,
        },
      ],
    },
    {
      name: 'spread of a constant object',
      code: `import { JwtVerifier } from 'aws-jwt-verify'

const base = { issuer: null, jwksUri: 'https://auth.example.com/jwks.json' }
export const verifier = JwtVerifier.create({ ...base, audience: 'api' })`,
      errors: [
        {
          messageId: 'emptyClaimCheck',
          data: { api: 'aws-jwt-verify.JwtVerifier.create', option: 'issuer', claim: 'issuer', value: 'null' },
          line: 3, column: 24, endLine: 3, endColumn: 28,
        },
      ],
    },
  ],
})

ruleTester.run(noDisabledExpiry.name, noDisabledExpiry, {
  assertionOptions,
  valid: [
    {
      name: 'a few seconds of grace',
      code: `import { CognitoJwtVerifier } from 'aws-jwt-verify'

export const verifier = CognitoJwtVerifier.create({ userPoolId: 'eu-west-1_AbCdEf123', tokenUse: 'access', clientId: 'web', graceSeconds: 5 })`,
    },
    {
      name: 'exactly the limit',
      code: `import { JwtVerifier } from 'aws-jwt-verify'

export const verifier = JwtVerifier.create({ issuer: 'https://auth.example.com', audience: 'api', graceSeconds: 300 })`,
    },
    {
      name: 'an empty string concatenates to the same timestamp',
      code: `import { JwtVerifier } from 'aws-jwt-verify'

export const verifier = JwtVerifier.create({ issuer: 'https://auth.example.com', audience: 'api', graceSeconds: '' as unknown as number })`,
    },
    {
      name: 'a grace period from configuration',
      code: `import { JwtVerifier } from 'aws-jwt-verify'

export const verifier = JwtVerifier.create({ issuer: 'https://auth.example.com', audience: 'api', graceSeconds: Number(process.env.JWT_GRACE) })`,
    },
    {
      name: 'an hour is fine under a larger configured limit',
      options: [{ maxClockToleranceSeconds: 3600 }],
      code: `import { CognitoJwtVerifier } from 'aws-jwt-verify'

export const verifier = CognitoJwtVerifier.create({ userPoolId: 'eu-west-1_AbCdEf123', tokenUse: 'id', clientId: 'web', graceSeconds: 3600 })`,
    },
    {
      name: 'a large number that is not the grace period',
      code: `import { CognitoJwtVerifier } from 'aws-jwt-verify'

export const verifier = CognitoJwtVerifier.create({ userPoolId: 'eu-west-1_AbCdEf123', tokenUse: 'access', clientId: 'web' })
export const cacheSeconds = 86400`,
    },
    {
      name: 'grace on a verifier of your own',
      code: `const verifier = { verify: (token: string, options: { graceSeconds: number }) => ({ token, options }) }
verifier.verify('t', { graceSeconds: 86400 })`,
    },
  ],
  invalid: [
    {
      name: 'an hour of grace on a Cognito verifier',
      code: `import { CognitoJwtVerifier } from 'aws-jwt-verify'

export const verifier = CognitoJwtVerifier.create({ userPoolId: 'eu-west-1_AbCdEf123', tokenUse: 'access', clientId: 'web', graceSeconds: 3600 })`,
      errors: [
        {
          messageId: 'clockToleranceTooLarge',
          data: { option: 'graceSeconds', api: 'aws-jwt-verify.CognitoJwtVerifier.create', seconds: '3600', limit: '300' },
          line: 3, column: 125, endLine: 3, endColumn: 143,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'graceSeconds' },
              output: `import { CognitoJwtVerifier } from 'aws-jwt-verify'

export const verifier = CognitoJwtVerifier.create({ userPoolId: 'eu-west-1_AbCdEf123', tokenUse: 'access', clientId: 'web' })`,
            },
          ],
        },
      ],
    },
    {
      name: 'a day of grace on a JwtVerifier',
      code: `import { JwtVerifier } from 'aws-jwt-verify/jwt-verifier'

export const verifier = JwtVerifier.create({
  issuer: 'https://auth.example.com',
  audience: 'api',
  graceSeconds: 24 * 60 * 60,
})`,
      errors: [
        {
          messageId: 'clockToleranceTooLarge',
          data: { option: 'graceSeconds', api: 'aws-jwt-verify.JwtVerifier.create', seconds: '86400', limit: '300' },
          line: 6, column: 3, endLine: 6, endColumn: 29,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'graceSeconds' },
              output: `import { JwtVerifier } from 'aws-jwt-verify/jwt-verifier'

export const verifier = JwtVerifier.create({
  issuer: 'https://auth.example.com',
  audience: 'api',
  })`,
            },
          ],
        },
      ],
    },
    {
      name: 'grace given to verify',
      code: `import { CognitoJwtVerifier } from 'aws-jwt-verify'

const verifier = CognitoJwtVerifier.create({ userPoolId: 'eu-west-1_AbCdEf123', tokenUse: 'access', clientId: 'web' })
export const authenticate = (token: string) => verifier.verify(token, { graceSeconds: 600 })`,
      errors: [
        {
          messageId: 'clockToleranceTooLarge',
          data: { option: 'graceSeconds', api: 'aws-jwt-verify.CognitoJwtVerifier.create().verify', seconds: '600', limit: '300' },
          line: 4, column: 73, endLine: 4, endColumn: 90,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'graceSeconds' },
              output: `import { CognitoJwtVerifier } from 'aws-jwt-verify'

const verifier = CognitoJwtVerifier.create({ userPoolId: 'eu-west-1_AbCdEf123', tokenUse: 'access', clientId: 'web' })
export const authenticate = (token: string) => verifier.verify(token, {  })`,
            },
          ],
        },
      ],
    },
    {
      name: 'a string is concatenated to exp, so tokens never expire',
      filename: 'server/auth.js',
      code: `import { JwtVerifier } from 'aws-jwt-verify'

const verifier = JwtVerifier.create({ issuer: 'https://auth.example.com', audience: 'api' })
export const claims = (token) => verifier.verifySync(token, { graceSeconds: '30' })`,
      errors: [
        {
          messageId: 'clockToleranceUnbounded',
          data: { option: 'graceSeconds', api: 'aws-jwt-verify.JwtVerifier.create().verifySync', value: "'30'" },
          line: 4, column: 63, endLine: 4, endColumn: 81,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'graceSeconds' },
              output: `import { JwtVerifier } from 'aws-jwt-verify'

const verifier = JwtVerifier.create({ issuer: 'https://auth.example.com', audience: 'api' })
export const claims = (token) => verifier.verifySync(token, {  })`,
            },
          ],
        },
      ],
    },
    {
      name: 'an ALB verifier',
      code: `import { AlbJwtVerifier } from 'aws-jwt-verify'

export const verifier = AlbJwtVerifier.create({
  albArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/my-alb/1234567890abcdef',
  issuer: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbCdEf123',
  clientId: 'web',
  graceSeconds: 900,
})`,
      errors: [
        {
          messageId: 'clockToleranceTooLarge',
          data: { option: 'graceSeconds', api: 'aws-jwt-verify.AlbJwtVerifier.create', seconds: '900', limit: '300' },
          line: 7, column: 3, endLine: 7, endColumn: 20,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'graceSeconds' },
              output: `import { AlbJwtVerifier } from 'aws-jwt-verify'

export const verifier = AlbJwtVerifier.create({
  albArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/my-alb/1234567890abcdef',
  issuer: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbCdEf123',
  clientId: 'web',
  })`,
            },
          ],
        },
      ],
    },
    {
      name: 'properties shared by two verifiers are reported once',
      code: `import { JwtVerifier } from 'aws-jwt-verify'

const common = { audience: 'api', graceSeconds: 7200 }
export const primary = JwtVerifier.create({ ...common, issuer: 'https://a.example.com' })
export const secondary = JwtVerifier.create({ ...common, issuer: 'https://b.example.com' })`,
      errors: [
        {
          messageId: 'clockToleranceTooLarge',
          data: { option: 'graceSeconds', api: 'aws-jwt-verify.JwtVerifier.create', seconds: '7200', limit: '300' },
          line: 3, column: 35, endLine: 3, endColumn: 53,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'graceSeconds' },
              output: `import { JwtVerifier } from 'aws-jwt-verify'

const common = { audience: 'api' }
export const primary = JwtVerifier.create({ ...common, issuer: 'https://a.example.com' })
export const secondary = JwtVerifier.create({ ...common, issuer: 'https://b.example.com' })`,
            },
          ],
        },
      ],
    },
    {
      name: 'more than a configured limit',
      options: [{ maxClockToleranceSeconds: 60 }],
      code: `import { CognitoJwtVerifier } from 'aws-jwt-verify/cognito-verifier'

export const verifier = CognitoJwtVerifier.create({ userPoolId: 'eu-west-1_AbCdEf123', tokenUse: 'id', clientId: 'web', graceSeconds: 120 })`,
      errors: [
        {
          messageId: 'clockToleranceTooLarge',
          data: { option: 'graceSeconds', api: 'aws-jwt-verify.CognitoJwtVerifier.create', seconds: '120', limit: '60' },
          line: 3, column: 121, endLine: 3, endColumn: 138,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'graceSeconds' },
              output: `import { CognitoJwtVerifier } from 'aws-jwt-verify/cognito-verifier'

export const verifier = CognitoJwtVerifier.create({ userPoolId: 'eu-west-1_AbCdEf123', tokenUse: 'id', clientId: 'web' })`,
            },
          ],
        },
      ],
    },
  ],
})

ruleTester.run(noIgnoredVerifyError.name, noIgnoredVerifyError, {
  assertionOptions,
  valid: [
    {
      name: 'awaited in a try whose catch answers 401',
      code: `import { CognitoJwtVerifier } from 'aws-jwt-verify'

const verifier = CognitoJwtVerifier.create({ userPoolId: 'eu-west-1_AbCdEf123', tokenUse: 'access', clientId: 'web' })
export async function authenticate(req: Request, res: Response, next: () => void) {
  try {
    req.user = await verifier.verify(req.token)
  } catch {
    return res.status(401).end()
  }
  next()
}`,
    },
    {
      name: 'returned to the caller',
      code: `import { JwtVerifier } from 'aws-jwt-verify'

const verifier = JwtVerifier.create({ issuer: 'https://auth.example.com', audience: 'api' })
export function authenticate(token: string) {
  return verifier.verify(token)
}`,
    },
    {
      name: 'verifySync throws to the caller',
      code: `import { JwtVerifier } from 'aws-jwt-verify'

const verifier = JwtVerifier.create({ issuer: 'https://auth.example.com', audience: 'api' })
export function claims(token: string) {
  const payload = verifier.verifySync(token)
  return payload.sub
}`,
    },
    {
      name: 'a rejection handler that answers 401',
      code: `import { CognitoJwtVerifier } from 'aws-jwt-verify'

const verifier = CognitoJwtVerifier.create({ userPoolId: 'eu-west-1_AbCdEf123', tokenUse: 'access', clientId: 'web' })
export function authenticate(req: Request, res: Response, next: () => void) {
  verifier.verify(req.token).then(
    (payload) => {
      req.user = payload
      next()
    },
    () => res.status(401).end(),
  )
}`,
    },
    {
      name: 'hydrate() is not a verification: a floating JWKS prefetch is fine',
      code: `import { JwtVerifier } from 'aws-jwt-verify'

const verifier = JwtVerifier.create({ issuer: 'https://auth.example.com', audience: 'api' })
verifier.hydrate()`,
    },
    {
      name: 'the Promise stored and awaited later',
      code: `import { JwtVerifier } from 'aws-jwt-verify'

const verifier = JwtVerifier.create({ issuer: 'https://auth.example.com', audience: 'api' })
export async function authenticate(token: string) {
  const pending = verifier.verify(token)
  await warmUp()
  return await pending
}`,
    },
    {
      name: 'several verifications awaited together',
      code: `import { JwtVerifier } from 'aws-jwt-verify'

const verifier = JwtVerifier.create({ issuer: 'https://auth.example.com', audience: 'api' })
export const authenticateBoth = (a: string, b: string) => Promise.all([verifier.verify(a), verifier.verify(b)])`,
    },
    {
      name: 'a verify method of your own',
      code: `const verifier = { verify: async (token: string) => token.length > 0 }
export async function check(token: string) {
  if (verifier.verify(token)) return true
}`,
    },
  ],
  invalid: [
    {
      name: 'a floating verify',
      code: `import { CognitoJwtVerifier } from 'aws-jwt-verify'

const verifier = CognitoJwtVerifier.create({ userPoolId: 'eu-west-1_AbCdEf123', tokenUse: 'access', clientId: 'web' })
export async function authenticate(req: Request, next: () => void) {
  verifier.verify(req.token)
  next()
}`,
      errors: [
        {
          messageId: 'floatingVerify',
          data: { api: 'aws-jwt-verify.CognitoJwtVerifier.create().verify', inTry: '' },
          line: 5, column: 3, endLine: 5, endColumn: 29,
          suggestions: [
            {
              messageId: 'addAwait',
              data: {},
              output: `import { CognitoJwtVerifier } from 'aws-jwt-verify'

const verifier = CognitoJwtVerifier.create({ userPoolId: 'eu-west-1_AbCdEf123', tokenUse: 'access', clientId: 'web' })
export async function authenticate(req: Request, next: () => void) {
  await verifier.verify(req.token)
  next()
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'a Promise used as a boolean',
      code: `import { JwtVerifier } from 'aws-jwt-verify'

const verifier = JwtVerifier.create({ issuer: 'https://auth.example.com', audience: 'api' })
export async function isAuthenticated(token: string) {
  if (verifier.verify(token)) return true
  return false
}`,
      errors: [
        {
          messageId: 'unawaitedVerify',
          data: { api: 'aws-jwt-verify.JwtVerifier.create().verify' },
          line: 5, column: 7, endLine: 5, endColumn: 29,
          suggestions: [
            {
              messageId: 'addAwait',
              data: {},
              output: `import { JwtVerifier } from 'aws-jwt-verify'

const verifier = JwtVerifier.create({ issuer: 'https://auth.example.com', audience: 'api' })
export async function isAuthenticated(token: string) {
  if (await verifier.verify(token)) return true
  return false
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'a try around a floating verify catches nothing',
      code: `import { JwtVerifier } from 'aws-jwt-verify'

const verifier = JwtVerifier.create({ issuer: 'https://auth.example.com', audience: 'api' })
export async function authenticate(req: Request, res: Response, next: () => void) {
  try {
    verifier.verify(req.token)
    next()
  } catch {
    res.status(401).end()
  }
}`,
      errors: [
        {
          messageId: 'floatingVerify',
          data: { api: 'aws-jwt-verify.JwtVerifier.create().verify', inTry: ', and the surrounding try catches nothing' },
          line: 6, column: 5, endLine: 6, endColumn: 31,
          suggestions: [
            {
              messageId: 'addAwait',
              data: {},
              output: `import { JwtVerifier } from 'aws-jwt-verify'

const verifier = JwtVerifier.create({ issuer: 'https://auth.example.com', audience: 'api' })
export async function authenticate(req: Request, res: Response, next: () => void) {
  try {
    await verifier.verify(req.token)
    next()
  } catch {
    res.status(401).end()
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'a rejection handler that carries on',
      code: `import { CognitoJwtVerifier } from 'aws-jwt-verify'

const verifier = CognitoJwtVerifier.create({ userPoolId: 'eu-west-1_AbCdEf123', tokenUse: 'access', clientId: 'web' })
export function authenticate(req: Request, next: () => void) {
  return verifier
    .verify(req.token)
    .then((payload) => {
      req.user = payload
    })
    .catch(() => next())
}`,
      errors: [
        {
          messageId: 'swallowedVerifyError',
          data: { api: 'aws-jwt-verify.CognitoJwtVerifier.create().verify' },
          line: 10, column: 12, endLine: 10, endColumn: 24,
        },
      ],
    },
    {
      name: 'verifySync in a try whose catch carries on',
      code: `import { JwtVerifier } from 'aws-jwt-verify'

const verifier = JwtVerifier.create({ issuer: 'https://auth.example.com', audience: 'api' })
export function authenticate(req: Request, next: () => void) {
  try {
    req.user = verifier.verifySync(req.token)
  } catch (error) {
    console.warn(error)
  }
  next()
}`,
      errors: [
        {
          messageId: 'swallowedVerifyError',
          data: { api: 'aws-jwt-verify.JwtVerifier.create().verifySync' },
          line: 7, column: 5, endLine: 9, endColumn: 4,
        },
      ],
    },
    {
      name: 'a stored Promise tested for truth',
      code: `import { CognitoJwtVerifier } from 'aws-jwt-verify/cognito-verifier'

const verifier = CognitoJwtVerifier.create({ userPoolId: 'eu-west-1_AbCdEf123', tokenUse: 'id', clientId: 'web' })
export async function authenticate(req: Request, next: () => void) {
  const valid = verifier.verify(req.token)
  if (valid) next()
}`,
      errors: [
        {
          messageId: 'unawaitedVerify',
          data: { api: 'aws-jwt-verify.CognitoJwtVerifier.create().verify' },
          line: 5, column: 17, endLine: 5, endColumn: 43,
          suggestions: [
            {
              messageId: 'addAwait',
              data: {},
              output: `import { CognitoJwtVerifier } from 'aws-jwt-verify/cognito-verifier'

const verifier = CognitoJwtVerifier.create({ userPoolId: 'eu-west-1_AbCdEf123', tokenUse: 'id', clientId: 'web' })
export async function authenticate(req: Request, next: () => void) {
  const valid = await verifier.verify(req.token)
  if (valid) next()
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'a floating verify outside an async function (no await suggestion)',
      code: `import { JwtRsaVerifier } from 'aws-jwt-verify'

const verifier = JwtRsaVerifier.create({ issuer: 'https://auth.example.com', audience: 'api' })
export function authenticate(req: Request, next: () => void) {
  verifier.verify(req.token)
  next()
}`,
      errors: [
        {
          messageId: 'floatingVerify',
          data: { api: 'aws-jwt-verify.JwtRsaVerifier.create().verify', inTry: '' },
          line: 5, column: 3, endLine: 5, endColumn: 29,
        },
      ],
    },
  ],
})

ruleTester.run(noUnverifiedDecode.name, noUnverifiedDecode, {
  assertionOptions,
  valid: [
    {
      name: 'only the header, to pick a key',
      code: `import { decomposeUnverifiedJwt } from 'aws-jwt-verify/jwt'

export function keyIdOf(token: string) {
  return decomposeUnverifiedJwt(token).header.kid
}`,
    },
    {
      name: 'only exp, to schedule a refresh',
      code: `import { decomposeUnverifiedJwt } from 'aws-jwt-verify/jwt'

export function expiresAt(token: string) {
  const { payload } = decomposeUnverifiedJwt(token)
  return new Date((payload.exp ?? 0) * 1000)
}`,
    },
    {
      name: 'the same token verified before the claims are used',
      code: `import { JwtVerifier } from 'aws-jwt-verify'
import { decomposeUnverifiedJwt } from 'aws-jwt-verify/jwt'

const verifier = JwtVerifier.create({ issuer: 'https://auth.example.com', audience: 'api' })
export async function authenticate(token: string) {
  const { payload } = decomposeUnverifiedJwt(token)
  await verifier.verify(token)
  return payload.sub
}`,
    },
    {
      name: 'the encoded segments, not the claims',
      code: `import { decomposeUnverifiedJwt } from 'aws-jwt-verify/jwt'

export function signingInput(token: string) {
  const { headerB64, payloadB64 } = decomposeUnverifiedJwt(token)
  return \`\${headerB64}.\${payloadB64}\`
}`,
    },
    {
      name: 'in browser code, decoding is display only',
      filename: 'src/components/Profile.tsx',
      code: `import { decomposeUnverifiedJwt } from 'aws-jwt-verify/jwt'

export function greeting(idToken: string) {
  return \`Hello \${decomposeUnverifiedJwt(idToken).payload.email}\`
}`,
    },
    {
      name: 'a function of your own with the same name',
      code: `function decomposeUnverifiedJwt(token: string) {
  return { payload: JSON.parse(token) as { sub: string } }
}
export const subject = (token: string) => decomposeUnverifiedJwt(token).payload.sub`,
    },
    {
      name: 'the name imported from another module',
      code: `import { decomposeUnverifiedJwt } from './verified-jwt'

export const subject = (token: string) => decomposeUnverifiedJwt(token).payload.sub`,
    },
  ],
  invalid: [
    {
      name: 'subject read from an unverified token',
      code: `import { decomposeUnverifiedJwt } from 'aws-jwt-verify/jwt'

export function userId(token: string) {
  const { payload } = decomposeUnverifiedJwt(token)
  return payload.sub
}`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: 'aws-jwt-verify.decomposeUnverifiedJwt', claim: '`sub`', verify: '`verifier.verify(token)` of a `CognitoJwtVerifier` or `JwtVerifier`' },
          line: 4, column: 23, endLine: 4, endColumn: 52,
        },
      ],
    },
    {
      name: 'Cognito groups read for authorization',
      code: `import { decomposeUnverifiedJwt } from 'aws-jwt-verify/jwt'

export function isAdmin(token: string) {
  return decomposeUnverifiedJwt(token).payload['cognito:groups']?.includes('admin')
}`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: 'aws-jwt-verify.decomposeUnverifiedJwt', claim: '`cognito:groups`', verify: '`verifier.verify(token)` of a `CognitoJwtVerifier` or `JwtVerifier`' },
          line: 4, column: 10, endLine: 4, endColumn: 39,
        },
      ],
    },
    {
      name: 'the whole payload handed on',
      code: `import { decomposeUnverifiedJwt } from 'aws-jwt-verify/jwt'

export function claims(token: string) {
  const decoded = decomposeUnverifiedJwt(token)
  return decoded.payload
}`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: 'aws-jwt-verify.decomposeUnverifiedJwt', claim: 'the whole payload', verify: '`verifier.verify(token)` of a `CognitoJwtVerifier` or `JwtVerifier`' },
          line: 4, column: 19, endLine: 4, endColumn: 48,
        },
      ],
    },
    {
      name: 'nested destructuring',
      code: `import { decomposeUnverifiedJwt } from 'aws-jwt-verify/jwt'

export function profile(token: string) {
  const {
    payload: { email, username },
  } = decomposeUnverifiedJwt(token)
  return { email, username }
}`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: 'aws-jwt-verify.decomposeUnverifiedJwt', claim: '`email`', verify: '`verifier.verify(token)` of a `CognitoJwtVerifier` or `JwtVerifier`' },
          line: 6, column: 7, endLine: 6, endColumn: 36,
        },
      ],
    },
    {
      name: 'a different token verified does not vouch for this one',
      code: `import { JwtVerifier } from 'aws-jwt-verify'
import { decomposeUnverifiedJwt } from 'aws-jwt-verify/jwt'

const verifier = JwtVerifier.create({ issuer: 'https://auth.example.com', audience: 'api' })
export async function authenticate(accessToken: string, idToken: string) {
  await verifier.verify(accessToken)
  return decomposeUnverifiedJwt(idToken).payload.email
}`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: 'aws-jwt-verify.decomposeUnverifiedJwt', claim: '`email`', verify: '`verifier.verify(token)` of a `CognitoJwtVerifier` or `JwtVerifier`' },
          line: 7, column: 10, endLine: 7, endColumn: 41,
        },
      ],
    },
    {
      name: 'namespace import of the jwt subpath',
      code: `import * as awsJwt from 'aws-jwt-verify/jwt'

export const tokenUse = (token: string) => awsJwt.decomposeUnverifiedJwt(token).payload.token_use`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: 'aws-jwt-verify.decomposeUnverifiedJwt', claim: '`token_use`', verify: '`verifier.verify(token)` of a `CognitoJwtVerifier` or `JwtVerifier`' },
          line: 3, column: 44, endLine: 3, endColumn: 80,
        },
      ],
    },
  ],
})

cjsRuleTester.run(noUnverifiedDecode.name, noUnverifiedDecode, {
  assertionOptions,
  valid: [
    {
      name: 'CommonJS: only the header',
      code: `const { decomposeUnverifiedJwt } = require('aws-jwt-verify/jwt')

module.exports = (token) => decomposeUnverifiedJwt(token).header.alg`,
    },
  ],
  invalid: [
    {
      name: 'CommonJS: require of the jwt subpath',
      code: `const { decomposeUnverifiedJwt } = require('aws-jwt-verify/jwt')

module.exports = function tenantOf(token) {
  return decomposeUnverifiedJwt(token).payload['custom:tenant']
}`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: 'aws-jwt-verify.decomposeUnverifiedJwt', claim: '`custom:tenant`', verify: '`verifier.verify(token)` of a `CognitoJwtVerifier` or `JwtVerifier`' },
          line: 4, column: 10, endLine: 4, endColumn: 39,
        },
      ],
    },
  ],
})

ruleTester.run(noAlgorithmFromHeader.name, noAlgorithmFromHeader, {
  assertionOptions,
  valid: [
    {
      name: 'the header only picks the key; the allow-list is fixed',
      code: `import jwt from 'jsonwebtoken'
import { decomposeUnverifiedJwt } from 'aws-jwt-verify/jwt'

export function authenticate(token: string, keys: Record<string, string>) {
  const { header } = decomposeUnverifiedJwt(token)
  return jwt.verify(token, keys[header.kid!]!, { algorithms: ['RS256'] })
}`,
    },
    {
      name: 'the header algorithm only compared',
      code: `import jwt from 'jsonwebtoken'
import { decomposeUnverifiedJwt } from 'aws-jwt-verify/jwt'

export function authenticate(token: string, key: string) {
  if (decomposeUnverifiedJwt(token).header.alg !== 'RS256') throw new Error('unexpected algorithm')
  return jwt.verify(token, key, { algorithms: ['RS256'] })
}`,
    },
    {
      name: 'an allow-list from a constant',
      code: `import { jwtVerify } from 'jose'
import { decomposeUnverifiedJwt } from 'aws-jwt-verify/jwt'

const ALGORITHMS = ['ES256']
export async function authenticate(token: string, key: CryptoKey) {
  console.debug(decomposeUnverifiedJwt(token).header.kid)
  return jwtVerify(token, key, { algorithms: ALGORITHMS })
}`,
    },
    {
      name: 'the algorithm of the configured JWK, not of the token',
      code: `import jwt from 'jsonwebtoken'
import { decomposeUnverifiedJwt } from 'aws-jwt-verify/jwt'

export function authenticate(token: string, jwks: { kid: string; alg: jwt.Algorithm; pem: string }[]) {
  const jwk = jwks.find((candidate) => candidate.kid === decomposeUnverifiedJwt(token).header.kid)!
  return jwt.verify(token, jwk.pem, { algorithms: [jwk.alg] })
}`,
    },
    {
      name: 'a header object of your own',
      code: `import jwt from 'jsonwebtoken'

const expected = { header: { alg: 'RS256' as const } }
export const authenticate = (token: string, key: string) => jwt.verify(token, key, { algorithms: [expected.header.alg] })`,
    },
    {
      name: 'a local decomposeUnverifiedJwt',
      code: `import jwt from 'jsonwebtoken'

const decomposeUnverifiedJwt = (_token: string) => ({ header: { alg: 'RS256' as const } })
export const authenticate = (token: string, key: string) =>
  jwt.verify(token, key, { algorithms: [decomposeUnverifiedJwt(token).header.alg] })`,
    },
  ],
  invalid: [
    {
      name: 'jsonwebtoken allow-list from the decomposed header',
      code: `import jwt from 'jsonwebtoken'
import { decomposeUnverifiedJwt } from 'aws-jwt-verify/jwt'

export function authenticate(token: string, key: string) {
  const { header } = decomposeUnverifiedJwt(token)
  return jwt.verify(token, key, { algorithms: [header.alg as jwt.Algorithm] })
}`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { option: 'algorithms', api: 'jsonwebtoken.verify', part: 'header', source: 'decomposeUnverifiedJwt(token)' },
          line: 6, column: 48, endLine: 6, endColumn: 75,
        },
      ],
    },
    {
      name: 'inline',
      code: `import jwt from 'jsonwebtoken'
import { decomposeUnverifiedJwt } from 'aws-jwt-verify/jwt'

export const authenticate = (token: string, key: string) =>
  jwt.verify(token, key, { algorithms: [decomposeUnverifiedJwt(token).header.alg as jwt.Algorithm] })`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { option: 'algorithms', api: 'jsonwebtoken.verify', part: 'header', source: 'decomposeUnverifiedJwt(token)' },
          line: 5, column: 41, endLine: 5, endColumn: 98,
        },
      ],
    },
    {
      name: 'jose allow-list through a variable',
      code: `import { jwtVerify } from 'jose'
import { decomposeUnverifiedJwt } from 'aws-jwt-verify/jwt'

export async function authenticate(token: string, key: CryptoKey) {
  const alg = decomposeUnverifiedJwt(token).header.alg
  return jwtVerify(token, key, { algorithms: [alg] })
}`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { option: 'algorithms', api: 'jose.jwtVerify', part: 'header', source: 'decomposeUnverifiedJwt(token)' },
          line: 6, column: 47, endLine: 6, endColumn: 50,
        },
      ],
    },
    {
      name: 'a fallback does not help when the header value is present',
      code: `import jwt from 'jsonwebtoken'
import { decomposeUnverifiedJwt } from 'aws-jwt-verify/jwt'

export function authenticate(token: string, key: string) {
  const { header } = decomposeUnverifiedJwt(token)
  return jwt.verify(token, key, { algorithms: [(header.alg ?? 'RS256') as jwt.Algorithm] })
}`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { option: 'algorithms', api: 'jsonwebtoken.verify', part: 'header', source: 'decomposeUnverifiedJwt(token)' },
          line: 6, column: 49, endLine: 6, endColumn: 59,
        },
      ],
    },
    {
      name: 'nested destructuring of the header',
      code: `import jwt from 'jsonwebtoken'
import { decomposeUnverifiedJwt } from 'aws-jwt-verify/jwt'

export function authenticate(token: string, key: string) {
  const {
    header: { alg },
  } = decomposeUnverifiedJwt(token)
  return jwt.verify(token, key, { algorithms: [alg as jwt.Algorithm] })
}`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { option: 'algorithms', api: 'jsonwebtoken.verify', part: 'header', source: 'decomposeUnverifiedJwt(token)' },
          line: 8, column: 48, endLine: 8, endColumn: 68,
        },
      ],
    },
    {
      name: 'an algorithm claimed in the payload',
      code: `import jwt from 'jsonwebtoken'
import { decomposeUnverifiedJwt } from 'aws-jwt-verify/jwt'

export function authenticate(token: string, key: string) {
  const { payload } = decomposeUnverifiedJwt(token)
  return jwt.verify(token, key, { algorithms: [payload.alg as jwt.Algorithm] })
}`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { option: 'algorithms', api: 'jsonwebtoken.verify', part: 'payload', source: 'decomposeUnverifiedJwt(token)' },
          line: 6, column: 48, endLine: 6, endColumn: 76,
        },
      ],
    },
  ],
})

cjsRuleTester.run(noAlgorithmFromHeader.name, noAlgorithmFromHeader, {
  assertionOptions,
  valid: [
    {
      name: 'CommonJS: a fixed allow-list',
      code: `const jwt = require('jsonwebtoken')
const { decomposeUnverifiedJwt } = require('aws-jwt-verify/jwt')

module.exports = (token, keys) => jwt.verify(token, keys[decomposeUnverifiedJwt(token).header.kid], { algorithms: ['RS256'] })`,
    },
  ],
  invalid: [
    {
      name: 'CommonJS',
      code: `const jwt = require('jsonwebtoken')
const awsJwt = require('aws-jwt-verify/jwt')

module.exports = (token, key) => jwt.verify(token, key, { algorithms: [awsJwt.decomposeUnverifiedJwt(token).header.alg] })`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { option: 'algorithms', api: 'jsonwebtoken.verify', part: 'header', source: 'awsJwt.decomposeUnverifiedJwt(token)' },
          line: 4, column: 72, endLine: 4, endColumn: 119,
        },
      ],
    },
  ],
})

describe('aws-jwt-verify resolves from every import form', () => {
  const resolved = (code: string, sourceType: 'module' | 'commonjs' = 'module'): string[] =>
    withAnalysis(code, (analysis) => analysis.references.map((reference) => reference.displayName), { sourceType })

  it('named, namespace, default and subpath imports', () => {
    expect(
      resolved(`
        import { CognitoJwtVerifier } from 'aws-jwt-verify'
        import * as verifiers from 'aws-jwt-verify'
        import awsJwtVerify from 'aws-jwt-verify'
        import { JwtVerifier } from 'aws-jwt-verify/jwt-verifier'
        import { CognitoJwtVerifier as Cognito } from 'aws-jwt-verify/cognito-verifier'
        import { decomposeUnverifiedJwt } from 'aws-jwt-verify/jwt'
        CognitoJwtVerifier.create(a); verifiers.JwtVerifier.create(b); awsJwtVerify.AlbJwtVerifier.create(c)
        JwtVerifier.create(d); Cognito.create(e); decomposeUnverifiedJwt(t)
      `),
    ).toEqual([
      'aws-jwt-verify.CognitoJwtVerifier.create',
      'aws-jwt-verify.JwtVerifier.create',
      'aws-jwt-verify.AlbJwtVerifier.create',
      'aws-jwt-verify.JwtVerifier.create',
      'aws-jwt-verify.CognitoJwtVerifier.create',
      'aws-jwt-verify.decomposeUnverifiedJwt',
    ])
  })

  it('require, import = require and import()', () => {
    expect(
      resolved(
        `
        const { JwtVerifier } = require('aws-jwt-verify')
        const cognito = require('aws-jwt-verify/cognito-verifier')
        JwtVerifier.create(a); cognito.CognitoJwtVerifier.create(b)
        import('aws-jwt-verify').then(({ JwtRsaVerifier }) => JwtRsaVerifier.create(c))
      `,
        'commonjs',
      ),
    ).toEqual(['aws-jwt-verify.JwtVerifier.create', 'aws-jwt-verify.CognitoJwtVerifier.create', 'aws-jwt-verify.JwtRsaVerifier.create'])
    expect(resolved(`import aws = require('aws-jwt-verify'); aws.JwtVerifier.create(a)`)).toEqual(['aws-jwt-verify.JwtVerifier.create'])
  })

  it('follows the verifier that create() returns, and nothing else on it', () => {
    expect(
      resolved(`
        import { CognitoJwtVerifier } from 'aws-jwt-verify'
        const verifier = CognitoJwtVerifier.create(props)
        const alias = verifier
        verifier.verify(t); alias.verifySync(t); verifier.hydrate(); verifier.cacheJwks(jwks)
      `),
    ).toEqual([
      'aws-jwt-verify.CognitoJwtVerifier.create',
      'aws-jwt-verify.CognitoJwtVerifier.create().verify',
      'aws-jwt-verify.CognitoJwtVerifier.create().verifySync',
    ])
  })
})
