/**
 * hono 4: `verify(token, key, alg | { alg, iss, aud, exp, nbf })`, `decode` and `verifyWithJwks`
 * from `hono/jwt` (also as `Jwt.*` from `hono/utils/jwt`), the `jwt({ secret, alg, verification })`
 * middleware and `hono/jwk`'s `jwk({ keys | jwks_uri, alg, verification })`. The algorithm is
 * required since 4.11.4; `exp: false` and `nbf: false` switch those checks off. hono refuses
 * `none` and the JWK verifiers refuse HMAC, so `no-none-algorithm` and
 * `no-mixed-algorithm-families` have nothing to report.
 */
import noAlgorithmFromHeader from '../../src/rules/no-algorithm-from-header.js'
import noDisabledExpiry from '../../src/rules/no-disabled-expiry.js'
import noIgnoredVerifyError from '../../src/rules/no-ignored-verify-error.js'
import noMixedAlgorithmFamilies from '../../src/rules/no-mixed-algorithm-families.js'
import noNoneAlgorithm from '../../src/rules/no-none-algorithm.js'
import noUnverifiedDecode from '../../src/rules/no-unverified-decode.js'
import requireAlgorithms from '../../src/rules/require-algorithms.js'
import requireAudience from '../../src/rules/require-audience.js'
import requireIssuer from '../../src/rules/require-issuer.js'
import { assertionOptions, cjsRuleTester, ruleTester } from '../rule-tester.js'

const verify = 'hono.verify'
const jwtVerify = 'hono.Jwt.verify'
const decode = 'hono.decode'
const jwtDecode = 'hono.Jwt.decode'
const middleware = 'hono.jwt'
const jwkMiddleware = 'hono.jwk'
const withJwks = 'hono.verifyWithJwks'
const history =
  ' hono 4.11.4 and later throw without it; earlier versions defaulted to HS256 and the JWK middleware took the header `alg` (GHSA-3vhc-576x-3qv4, GHSA-f67f-6cw9-8mq4).'
const inTry = ', and the surrounding try catches nothing'

ruleTester.run(requireAlgorithms.name, requireAlgorithms, {
  assertionOptions,
  valid: [
    {
      name: 'the algorithm as the third argument',
      code: `import { verify } from 'hono/jwt'
export const check = (token: string) => verify(token, secret, 'HS256')`,
    },
    {
      name: 'alg in the options',
      code: `import { verify } from 'hono/jwt'
export const check = (token: string) => verify(token, publicKey, { alg: 'RS256', aud: 'api', iss: 'https://issuer.example' })`,
    },
    {
      name: 'an algorithm that comes from the caller',
      code: `import { verify } from 'hono/jwt'
export const check = (token: string, alg: 'HS256' | 'RS256') => verify(token, key, alg)`,
    },
    {
      name: 'options from another module',
      code: `import { Jwt } from 'hono/utils/jwt'
import { verifyOptions } from './config'
export const check = (token: string) => Jwt.verify(token, key, verifyOptions)`,
    },
    {
      name: 'the middleware with alg',
      code: `import { Hono } from 'hono'
import { jwt } from 'hono/jwt'
const app = new Hono()
app.use('/auth/*', jwt({ secret: process.env.JWT_SECRET!, alg: 'HS256' }))`,
    },
    {
      name: 'the JWK middleware with alg',
      code: `import { jwk } from 'hono/jwk'
app.use('/api/*', jwk({ jwks_uri: 'https://issuer.example/.well-known/jwks.json', alg: ['RS256'] }))`,
    },
    {
      name: 'verifyWithJwks with allowedAlgorithms',
      code: `import { verifyWithJwks } from 'hono/jwt'
export const check = (token: string) => verifyWithJwks(token, { jwks_uri: jwksUrl, allowedAlgorithms: ['ES256'] })`,
    },
    {
      name: 'the jwt plugin of another framework',
      code: `import { jwt } from '@elysiajs/jwt'
app.use(jwt({ name: 'jwt', secret: process.env.JWT_SECRET! }))`,
    },
    {
      name: 'a local verify with two arguments',
      code: `import { decode } from 'hono/jwt'
const verify = (token: string, key: string) => token.endsWith(key)
export const check = (token: string) => verify(token, 'x') && decode(token)`,
    },
  ],
  invalid: [
    {
      name: 'verify with two arguments and a secret',
      code: `import { verify } from 'hono/jwt'
export const check = (token: string) => verify(token, secret)`,
      errors: [
        {
          messageId: 'missingRequiredAlgorithm',
          data: { api: verify, option: 'alg', history: history },
          line: 2, column: 41, endLine: 2, endColumn: 47,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `import { verify } from 'hono/jwt'
export const check = (token: string) => verify(token, secret, { alg: 'HS256' })`,
            },
          ],
        },
      ],
    },
    {
      name: 'Jwt.verify with a public key and no algorithm',
      code: `import { Jwt } from 'hono/utils/jwt'
export const check = (token: string) => Jwt.verify(token, publicKey)`,
      errors: [
        {
          messageId: 'missingRequiredAlgorithm',
          data: { api: jwtVerify, option: 'alg', history: history },
          line: 2, column: 41, endLine: 2, endColumn: 51,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `import { Jwt } from 'hono/utils/jwt'
export const check = (token: string) => Jwt.verify(token, publicKey, { alg: 'RS256' })`,
            },
          ],
        },
      ],
    },
    {
      name: 'options without alg',
      code: `import * as honoJwt from 'hono/jwt'
export const check = (token: string) => honoJwt.verify(token, key, { aud: 'api', iss: 'https://issuer.example' })`,
      errors: [
        {
          messageId: 'missingRequiredAlgorithm',
          data: { api: verify, option: 'alg', history: history },
          line: 2, column: 41, endLine: 2, endColumn: 55,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `import * as honoJwt from 'hono/jwt'
export const check = (token: string) => honoJwt.verify(token, key, { aud: 'api', iss: 'https://issuer.example', alg: 'HS256' })`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `import * as honoJwt from 'hono/jwt'
export const check = (token: string) => honoJwt.verify(token, key, { aud: 'api', iss: 'https://issuer.example', alg: 'RS256' })`,
            },
          ],
        },
      ],
    },
    {
      name: 'the middleware without alg',
      code: `import { Hono } from 'hono'
import { jwt } from 'hono/jwt'
const app = new Hono()
app.use('/auth/*', jwt({ secret: process.env.JWT_SECRET! }))`,
      errors: [
        {
          messageId: 'missingRequiredAlgorithm',
          data: { api: middleware, option: 'alg', history: history },
          line: 4, column: 20, endLine: 4, endColumn: 23,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `import { Hono } from 'hono'
import { jwt } from 'hono/jwt'
const app = new Hono()
app.use('/auth/*', jwt({ secret: process.env.JWT_SECRET!, alg: 'HS256' }))`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `import { Hono } from 'hono'
import { jwt } from 'hono/jwt'
const app = new Hono()
app.use('/auth/*', jwt({ secret: process.env.JWT_SECRET!, alg: 'RS256' }))`,
            },
          ],
        },
      ],
    },
    {
      name: 'the JWK middleware without alg',
      code: `import { jwk } from 'hono/jwk'
app.use('/api/*', jwk({ jwks_uri: 'https://issuer.example/.well-known/jwks.json' }))`,
      errors: [
        {
          messageId: 'missingRequiredAlgorithm',
          data: { api: jwkMiddleware, option: 'alg', history: history },
          line: 2, column: 19, endLine: 2, endColumn: 22,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `import { jwk } from 'hono/jwk'
app.use('/api/*', jwk({ jwks_uri: 'https://issuer.example/.well-known/jwks.json', alg: ['RS256'] }))`,
            },
          ],
        },
      ],
    },
    {
      name: 'verifyWithJwks without allowedAlgorithms',
      code: `import { verifyWithJwks } from 'hono/jwt'
export const check = (token: string) => verifyWithJwks(token, { jwks_uri: jwksUrl })`,
      errors: [
        {
          messageId: 'missingRequiredAlgorithm',
          data: { api: withJwks, option: 'allowedAlgorithms', history: history },
          line: 2, column: 41, endLine: 2, endColumn: 55,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `import { verifyWithJwks } from 'hono/jwt'
export const check = (token: string) => verifyWithJwks(token, { jwks_uri: jwksUrl, allowedAlgorithms: ['RS256'] })`,
            },
          ],
        },
      ],
    },
    {
      name: 'an undefined third argument (no suggestion)',
      code: `import { verify as verifyJwt } from 'hono/jwt'
export const check = (token: string) => verifyJwt(token, key, undefined)`,
      errors: [
        {
          messageId: 'missingRequiredAlgorithm',
          data: { api: verify, option: 'alg', history: history },
          line: 2, column: 41, endLine: 2, endColumn: 50,
        },
      ],
    },
  ],
})

cjsRuleTester.run(requireAlgorithms.name, requireAlgorithms, {
  assertionOptions,
  valid: [

  ],
  invalid: [
    {
      name: 'CommonJS require of hono/jwt',
      code: `const { verify } = require('hono/jwt')
module.exports = (token) => verify(token, process.env.JWT_SECRET)`,
      errors: [
        {
          messageId: 'missingRequiredAlgorithm',
          data: { api: verify, option: 'alg', history: history },
          line: 2, column: 29, endLine: 2, endColumn: 35,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `const { verify } = require('hono/jwt')
module.exports = (token) => verify(token, process.env.JWT_SECRET, { alg: 'HS256' })`,
            },
          ],
        },
      ],
    },
  ],
})

ruleTester.run(requireAudience.name, requireAudience, {
  assertionOptions,
  valid: [
    {
      name: 'aud in the options',
      code: `import { verify } from 'hono/jwt'
export const check = (token: string) => verify(token, key, { alg: 'RS256', aud: 'api' })`,
    },
    {
      name: 'an array of audiences',
      code: `import { Jwt } from 'hono/utils/jwt'
export const check = (token: string) => Jwt.verify(token, key, { alg: 'RS256', aud: ['api', 'admin'] })`,
    },
    {
      name: 'verification.aud in the middleware',
      code: `import { jwt } from 'hono/jwt'
app.use('/auth/*', jwt({ secret: key, alg: 'HS256', verification: { aud: /^api[.]example[.]com$/ } }))`,
    },
    {
      name: 'verification options from another module',
      code: `import { jwk } from 'hono/jwk'
import { verification } from './config'
app.use('/api/*', jwk({ jwks_uri: jwksUrl, alg: ['RS256'], verification }))`,
    },
    {
      name: 'options the caller passes in',
      code: `import { verify } from 'hono/jwt'
export const check = (token: string, options: Parameters<typeof verify>[2]) => verify(token, key, options)`,
    },
    {
      name: 'the jwt plugin of another framework',
      code: `import { jwt } from '@elysiajs/jwt'
app.use(jwt({ name: 'jwt', secret: key, alg: 'HS256' }))`,
    },
    {
      name: 'verifyWithJwks with verification.aud',
      code: `import { verifyWithJwks } from 'hono/jwt'
export const check = (token: string) => verifyWithJwks(token, { keys, allowedAlgorithms: ['RS256'], verification: { aud: 'api', iss: 'me' } })`,
    },
  ],
  invalid: [
    {
      name: 'the algorithm as the third argument leaves no options',
      code: `import { verify } from 'hono/jwt'
export const check = (token: string) => verify(token, secret, 'HS256')`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: verify, option: 'aud', claim: 'audience' },
          line: 2, column: 41, endLine: 2, endColumn: 47,
        },
      ],
    },
    {
      name: 'options without aud',
      code: `import { Jwt } from 'hono/utils/jwt'
export const check = (token: string) => Jwt.verify(token, key, { alg: 'RS256', iss: 'https://issuer.example' })`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: jwtVerify, option: 'aud', claim: 'audience' },
          line: 2, column: 41, endLine: 2, endColumn: 51,
        },
      ],
    },
    {
      name: 'the middleware without verification',
      code: `import { Hono } from 'hono'
import { jwt } from 'hono/jwt'
new Hono().use('/auth/*', jwt({ secret: process.env.JWT_SECRET!, alg: 'HS256' }))`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: middleware, option: 'verification.aud', claim: 'audience' },
          line: 3, column: 27, endLine: 3, endColumn: 30,
        },
      ],
    },
    {
      name: 'the JWK middleware with an empty verification.aud',
      code: `import { jwk } from 'hono/jwk'
app.use('/api/*', jwk({ keys, alg: ['ES256'], verification: { aud: '' } }))`,
      errors: [
        {
          messageId: 'emptyClaimCheck',
          data: { api: jwkMiddleware, option: 'verification.aud', claim: 'audience', value: "''" },
          line: 2, column: 68, endLine: 2, endColumn: 70,
        },
      ],
    },
    {
      name: 'verifyWithJwks without verification',
      code: `import { verifyWithJwks } from 'hono/jwt'
export const check = (token: string) => verifyWithJwks(token, { jwks_uri: jwksUrl, allowedAlgorithms: ['RS256'] })`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: withJwks, option: 'verification.aud', claim: 'audience' },
          line: 2, column: 41, endLine: 2, endColumn: 55,
        },
      ],
    },
    {
      name: 'options in a constant, namespace import',
      code: `import * as honoJwt from 'hono/jwt'
const options = { alg: 'RS256', iss: 'https://issuer.example' } as const
export const check = (token: string) => honoJwt.verify(token, key, options)`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: verify, option: 'aud', claim: 'audience' },
          line: 3, column: 41, endLine: 3, endColumn: 55,
        },
      ],
    },
    {
      name: 'await import',
      code: `const { verify } = await import('hono/jwt')
export const claims = await verify(token, key, { alg: 'EdDSA' })`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: verify, option: 'aud', claim: 'audience' },
          line: 2, column: 29, endLine: 2, endColumn: 35,
        },
      ],
    },
  ],
})

cjsRuleTester.run(requireAudience.name, requireAudience, {
  assertionOptions,
  valid: [

  ],
  invalid: [
    {
      name: 'CommonJS require of the middleware',
      code: `const { jwt } = require('hono/jwt')
module.exports = jwt({ secret: process.env.JWT_SECRET, alg: 'HS256', verification: { iss: 'me' } })`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: middleware, option: 'verification.aud', claim: 'audience' },
          line: 2, column: 18, endLine: 2, endColumn: 21,
        },
      ],
    },
  ],
})

ruleTester.run(requireIssuer.name, requireIssuer, {
  assertionOptions,
  valid: [
    {
      name: 'iss in the options',
      code: `import { verify } from 'hono/jwt'
export const check = (token: string) => verify(token, key, { alg: 'RS256', iss: 'https://issuer.example' })`,
    },
    {
      name: 'iss as a RegExp',
      code: `import { verify } from 'hono/jwt'
export const check = (token: string) => verify(token, key, { alg: 'RS256', iss: /^https:[/][/]login[.]example[.]com[/]/ })`,
    },
    {
      name: 'verification.iss in the middleware',
      code: `import { jwt } from 'hono/jwt'
app.use(jwt({ secret: key, alg: 'HS256', verification: { iss: 'https://issuer.example' } }))`,
    },
    {
      name: 'verification built by a function',
      code: `import { jwk } from 'hono/jwk'
app.use(jwk({ keys, alg: ['RS256'], verification: verificationFor('api') }))`,
    },
    {
      name: 'options spread from another module',
      code: `import { Jwt } from 'hono/utils/jwt'
import { claims } from './config'
export const check = (token: string) => Jwt.verify(token, key, { ...claims, alg: 'RS256' })`,
    },
    {
      name: 'a local verify function',
      code: `const verify = async (token: string, key: string, alg: string) => ({ token, key, alg })
export const check = (token: string) => verify(token, 'k', 'HS256')`,
    },
  ],
  invalid: [
    {
      name: 'verify with the algorithm only',
      code: `import { verify } from 'hono/jwt'
export const check = (token: string) => verify(token, publicKey, 'RS256')`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: verify, option: 'iss', claim: 'issuer' },
          line: 2, column: 41, endLine: 2, endColumn: 47,
        },
      ],
    },
    {
      name: 'options without iss',
      code: `import { verify } from 'hono/jwt'
export const check = (token: string) => verify(token, key, { alg: 'RS256', aud: 'api' })`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: verify, option: 'iss', claim: 'issuer' },
          line: 2, column: 41, endLine: 2, endColumn: 47,
        },
      ],
    },
    {
      name: 'iss set to an empty string',
      code: `import { Jwt } from 'hono/utils/jwt'
export const check = (token: string) => Jwt.verify(token, key, { alg: 'RS256', iss: '' })`,
      errors: [
        {
          messageId: 'emptyClaimCheck',
          data: { api: jwtVerify, option: 'iss', claim: 'issuer', value: "''" },
          line: 2, column: 85, endLine: 2, endColumn: 87,
        },
      ],
    },
    {
      name: 'the middleware with verification lacking iss',
      code: `import { jwt } from 'hono/jwt'
app.use('/auth/*', jwt({ secret: key, alg: 'HS256', verification: { aud: 'api' } }))`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: middleware, option: 'verification.iss', claim: 'issuer' },
          line: 2, column: 20, endLine: 2, endColumn: 23,
        },
      ],
    },
    {
      name: 'the JWK middleware without verification',
      code: `import { jwk } from 'hono/jwk'
app.use('/api/*', jwk({ jwks_uri: jwksUrl, alg: ['RS256'] }))`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: jwkMiddleware, option: 'verification.iss', claim: 'issuer' },
          line: 2, column: 19, endLine: 2, endColumn: 22,
        },
      ],
    },
    {
      name: 'Jwt.verifyWithJwks without verification',
      code: `import { Jwt } from 'hono/utils/jwt'
export const check = (token: string) => Jwt.verifyWithJwks(token, { keys, allowedAlgorithms: ['RS256'] })`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: 'hono.Jwt.verifyWithJwks', option: 'verification.iss', claim: 'issuer' },
          line: 2, column: 41, endLine: 2, endColumn: 59,
        },
      ],
    },
  ],
})

cjsRuleTester.run(requireIssuer.name, requireIssuer, {
  assertionOptions,
  valid: [

  ],
  invalid: [
    {
      name: 'CommonJS require member',
      code: `module.exports = (token) => require('hono/jwt').verify(token, process.env.JWT_SECRET, 'HS256')`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: verify, option: 'iss', claim: 'issuer' },
          line: 1, column: 29, endLine: 1, endColumn: 55,
        },
      ],
    },
  ],
})

ruleTester.run(noNoneAlgorithm.name, noNoneAlgorithm, {
  assertionOptions,
  valid: [
    {
      name: 'verify refuses none as the algorithm',
      code: `import { verify } from 'hono/jwt'
export const check = (token: string) => verify(token, key, 'none' as 'HS256')`,
    },
    {
      name: 'verify refuses none in the options',
      code: `import { verify } from 'hono/jwt'
export const check = (token: string) => verify(token, key, { alg: 'none' as 'HS256' })`,
    },
    {
      name: 'the middleware refuses none',
      code: `import { jwt } from 'hono/jwt'
app.use(jwt({ secret: key, alg: 'none' as 'HS256' }))`,
    },
    {
      name: 'sign refuses none',
      code: `import { sign } from 'hono/jwt'
export const issue = (claims: object) => sign(claims, key, 'none' as 'HS256')`,
    },
    {
      name: 'the JWK middleware refuses none',
      code: `import { jwk } from 'hono/jwk'
app.use(jwk({ keys, alg: ['none' as 'RS256'] }))`,
    },
    {
      name: 'an empty key does not make hono accept unsigned tokens',
      code: `import { Jwt } from 'hono/utils/jwt'
export const check = (token: string) => Jwt.verify(token, '', 'HS256')`,
    },
  ],
  invalid: [

  ],
})

ruleTester.run(noMixedAlgorithmFamilies.name, noMixedAlgorithmFamilies, {
  assertionOptions,
  valid: [
    {
      name: 'the JWK middleware refuses HMAC algorithms',
      code: `import { jwk } from 'hono/jwk'
app.use(jwk({ keys, alg: ['RS256', 'HS256'] as ['RS256'] }))`,
    },
    {
      name: 'verifyWithJwks refuses HMAC algorithms',
      code: `import { verifyWithJwks } from 'hono/jwt'
export const check = (token: string) => verifyWithJwks(token, { keys, allowedAlgorithms: ['ES256', 'HS512'] as ['ES256'] })`,
    },
    {
      name: 'verify takes one algorithm',
      code: `import { verify } from 'hono/jwt'
export const check = (token: string) => verify(token, key, 'RS256')`,
    },
    {
      name: 'one algorithm per branch',
      code: `import { verify } from 'hono/jwt'
export const check = (token: string, internal: boolean) => verify(token, internal ? secret : publicKey, internal ? 'HS256' : 'RS256')`,
    },
    {
      name: 'the middleware takes one algorithm',
      code: `import { jwt } from 'hono/jwt'
app.use(jwt({ secret: key, alg: 'ES256' }))`,
    },
    {
      name: 'Jwt.verifyWithJwks with asymmetric algorithms',
      code: `import { Jwt } from 'hono/utils/jwt'
export const check = (token: string) => Jwt.verifyWithJwks(token, { keys, allowedAlgorithms: ['RS256', 'ES256', 'EdDSA'] })`,
    },
  ],
  invalid: [

  ],
})

ruleTester.run(noAlgorithmFromHeader.name, noAlgorithmFromHeader, {
  assertionOptions,
  valid: [
    {
      name: 'the header picks the key, the algorithm is fixed',
      code: `import { decode, verify } from 'hono/jwt'
export async function check(token: string) {
  const { header } = decode(token)
  return verify(token, keys[header.kid!], 'RS256')
}`,
    },
    {
      name: 'the algorithm from configuration',
      code: `import { verify } from 'hono/jwt'
export const check = (token: string) => verify(token, key, process.env.JWT_ALG as 'RS256')`,
    },
    {
      name: 'the header alg checked against a constant first',
      code: `import { decode, verify } from 'hono/jwt'
export async function check(token: string) {
  if (decode(token).header.alg !== 'ES256') throw new Error('unexpected algorithm')
  return verify(token, key, 'ES256')
}`,
    },
    {
      name: 'a local decode function',
      code: `import { verify } from 'hono/jwt'
const decode = (token: string) => ({ header: { alg: 'RS256' as const }, token })
export const check = (token: string) => verify(token, key, decode(token).header.alg)`,
    },
    {
      name: 'an algorithm the caller passes',
      code: `import { Jwt } from 'hono/utils/jwt'
export const check = (token: string, alg: 'RS256') => Jwt.verify(token, key, { alg })`,
    },
    {
      name: 'the algorithm chosen by which key matched',
      code: `import { decode, verify } from 'hono/jwt'
export async function check(token: string) {
  const { header } = decode(token)
  const entry = keyring.find((candidate) => candidate.kid === header.kid)!
  return verify(token, entry.key, entry.alg)
}`,
    },
  ],
  invalid: [
    {
      name: 'the decoded header alg as the third argument',
      code: `import { decode, verify } from 'hono/jwt'
export async function check(token: string) {
  const { header } = decode(token)
  return verify(token, key, header.alg)
}`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: verify, option: 'alg', part: 'header', source: 'decode(token)' },
          line: 4, column: 29, endLine: 4, endColumn: 39,
        },
      ],
    },
    {
      name: 'the decoded header alg in the options',
      code: `import { decode, verify } from 'hono/jwt'
export async function check(token: string) {
  const { header } = decode(token)
  return verify(token, key, { alg: header.alg, aud: 'api' })
}`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: verify, option: 'alg', part: 'header', source: 'decode(token)' },
          line: 4, column: 36, endLine: 4, endColumn: 46,
        },
      ],
    },
    {
      name: 'Jwt.decode and Jwt.verify',
      code: `import { Jwt } from 'hono/utils/jwt'
export const check = (token: string) => Jwt.verify(token, key, Jwt.decode(token).header.alg)`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: jwtVerify, option: 'alg', part: 'header', source: 'Jwt.decode(token)' },
          line: 2, column: 64, endLine: 2, endColumn: 92,
        },
      ],
    },
    {
      name: 'a hand-rolled header decode',
      code: `import { verify } from 'hono/jwt'
export async function check(token: string) {
  const header = JSON.parse(atob(token.split('.')[0]))
  return verify(token, key, header.alg)
}`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: verify, option: 'alg', part: 'header', source: "JSON.parse(atob(token.split('.')[0]))" },
          line: 4, column: 29, endLine: 4, endColumn: 39,
        },
      ],
    },
    {
      name: 'jose decodeProtectedHeader with a fallback',
      code: `import { decodeProtectedHeader } from 'jose'
import * as honoJwt from 'hono/jwt'
export const check = (token: string) => honoJwt.verify(token, key, decodeProtectedHeader(token).alg ?? 'RS256')`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: verify, option: 'alg', part: 'header', source: 'decodeProtectedHeader(token)' },
          line: 3, column: 68, endLine: 3, endColumn: 100,
        },
      ],
    },
    {
      name: 'a header alg cast to the algorithm type',
      code: `import { decode, verify } from 'hono/jwt'
import type { AlgorithmTypes } from 'hono/utils/jwt/jwa'
export async function check(token: string) {
  const alg = decode(token).header.alg as AlgorithmTypes
  return verify(token, key, alg)
}`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: verify, option: 'alg', part: 'header', source: 'decode(token)' },
          line: 4, column: 15, endLine: 4, endColumn: 39,
        },
      ],
    },
  ],
})

cjsRuleTester.run(noAlgorithmFromHeader.name, noAlgorithmFromHeader, {
  assertionOptions,
  valid: [

  ],
  invalid: [
    {
      name: 'CommonJS require of decode and verify',
      code: `const { decode, verify } = require('hono/jwt')
module.exports = async (token) => verify(token, key, decode(token).header.alg)`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: verify, option: 'alg', part: 'header', source: 'decode(token)' },
          line: 2, column: 54, endLine: 2, endColumn: 78,
        },
      ],
    },
  ],
})

ruleTester.run(noDisabledExpiry.name, noDisabledExpiry, {
  assertionOptions,
  valid: [
    {
      name: 'exp and nbf left to their default',
      code: `import { verify } from 'hono/jwt'
export const check = (token: string) => verify(token, key, { alg: 'RS256', aud: 'api' })`,
    },
    {
      name: 'exp: true',
      code: `import { verify } from 'hono/jwt'
export const check = (token: string) => verify(token, key, { alg: 'RS256', exp: true, nbf: true })`,
    },
    {
      name: 'exp: undefined keeps the default check',
      code: `import { verify } from 'hono/jwt'
export const check = (token: string) => verify(token, key, { alg: 'RS256', exp: undefined })`,
    },
    {
      name: 'iat: false is not an expiry check',
      code: `import { jwt } from 'hono/jwt'
app.use(jwt({ secret: key, alg: 'HS256', verification: { iat: false } }))`,
    },
    {
      name: 'exp from a runtime flag',
      code: `import { Jwt } from 'hono/utils/jwt'
export const check = (token: string) => Jwt.verify(token, key, { alg: 'RS256', exp: process.env.CHECK_EXP !== 'no' })`,
    },
    {
      name: 'a local verify with exp: false',
      code: `const verify = (token: string, options: { exp: boolean }) => options.exp && token
verify('t', { exp: false })`,
    },
    {
      name: 'the algorithm as a string leaves the checks on',
      code: `import { verify } from 'hono/jwt'
export const check = (token: string) => verify(token, key, 'HS256')`,
    },
  ],
  invalid: [
    {
      name: 'exp: false in verify',
      code: `import { verify } from 'hono/jwt'
export const check = (token: string) => verify(token, key, { alg: 'RS256', exp: false })`,
      errors: [
        {
          messageId: 'expiryIgnored',
          data: { api: verify, option: 'exp' },
          line: 2, column: 76, endLine: 2, endColumn: 86,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'exp' },
              output: `import { verify } from 'hono/jwt'
export const check = (token: string) => verify(token, key, { alg: 'RS256' })`,
            },
          ],
        },
      ],
    },
    {
      name: 'nbf: false in Jwt.verify',
      code: `import { Jwt } from 'hono/utils/jwt'
export const check = (token: string) => Jwt.verify(token, key, { alg: 'RS256', nbf: false })`,
      errors: [
        {
          messageId: 'notBeforeIgnored',
          data: { api: jwtVerify, option: 'nbf' },
          line: 2, column: 80, endLine: 2, endColumn: 90,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'nbf' },
              output: `import { Jwt } from 'hono/utils/jwt'
export const check = (token: string) => Jwt.verify(token, key, { alg: 'RS256' })`,
            },
          ],
        },
      ],
    },
    {
      name: 'verification.exp: false in the middleware',
      code: `import { jwt } from 'hono/jwt'
app.use('/auth/*', jwt({ secret: key, alg: 'HS256', verification: { exp: false } }))`,
      errors: [
        {
          messageId: 'expiryIgnored',
          data: { api: middleware, option: 'verification.exp' },
          line: 2, column: 69, endLine: 2, endColumn: 79,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'verification.exp' },
              output: `import { jwt } from 'hono/jwt'
app.use('/auth/*', jwt({ secret: key, alg: 'HS256', verification: {  } }))`,
            },
          ],
        },
      ],
    },
    {
      name: 'verification.nbf: false in the JWK middleware',
      code: `import { jwk } from 'hono/jwk'
app.use('/api/*', jwk({ keys, alg: ['RS256'], verification: { nbf: false, aud: 'api' } }))`,
      errors: [
        {
          messageId: 'notBeforeIgnored',
          data: { api: jwkMiddleware, option: 'verification.nbf' },
          line: 2, column: 63, endLine: 2, endColumn: 73,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'verification.nbf' },
              output: `import { jwk } from 'hono/jwk'
app.use('/api/*', jwk({ keys, alg: ['RS256'], verification: { aud: 'api' } }))`,
            },
          ],
        },
      ],
    },
    {
      name: 'verification.exp: false in verifyWithJwks from a constant',
      code: `import { verifyWithJwks } from 'hono/jwt'
const verification = { exp: false }
export const check = (token: string) => verifyWithJwks(token, { keys, allowedAlgorithms: ['RS256'], verification })`,
      errors: [
        {
          messageId: 'expiryIgnored',
          data: { api: withJwks, option: 'verification.exp' },
          line: 2, column: 24, endLine: 2, endColumn: 34,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'verification.exp' },
              output: `import { verifyWithJwks } from 'hono/jwt'
const verification = {  }
export const check = (token: string) => verifyWithJwks(token, { keys, allowedAlgorithms: ['RS256'], verification })`,
            },
          ],
        },
      ],
    },
    {
      name: 'exp: 0, which hono also treats as off',
      filename: 'server/auth.js',
      code: `import { verify } from 'hono/jwt'
export const check = (token) => verify(token, key, { alg: 'RS256', exp: 0 })`,
      errors: [
        {
          messageId: 'expiryIgnored',
          data: { api: verify, option: 'exp' },
          line: 2, column: 68, endLine: 2, endColumn: 74,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'exp' },
              output: `import { verify } from 'hono/jwt'
export const check = (token) => verify(token, key, { alg: 'RS256' })`,
            },
          ],
        },
      ],
    },
  ],
})

cjsRuleTester.run(noDisabledExpiry.name, noDisabledExpiry, {
  assertionOptions,
  valid: [

  ],
  invalid: [
    {
      name: 'CommonJS require with exp: false',
      code: `const { verify } = require('hono/jwt')
module.exports = (token) => verify(token, key, { alg: 'HS256', exp: false })`,
      errors: [
        {
          messageId: 'expiryIgnored',
          data: { api: verify, option: 'exp' },
          line: 2, column: 64, endLine: 2, endColumn: 74,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'exp' },
              output: `const { verify } = require('hono/jwt')
module.exports = (token) => verify(token, key, { alg: 'HS256' })`,
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
      code: `import { createMiddleware } from 'hono/factory'
import { verify } from 'hono/jwt'
export const auth = createMiddleware(async (c, next) => {
  try {
    c.set('user', await verify(c.req.header('Authorization')!.slice(7), key, 'HS256'))
  } catch {
    return c.json({ error: 'unauthorized' }, 401)
  }
  await next()
})`,
    },
    {
      name: 'the Promise returned',
      code: `import { verify } from 'hono/jwt'
export const check = (token: string) => verify(token, key, 'HS256')`,
    },
    {
      name: 'awaited without a catch',
      code: `import { Jwt } from 'hono/utils/jwt'
export async function user(token: string) {
  const payload = await Jwt.verify(token, key, { alg: 'RS256' })
  return payload.sub
}`,
    },
    {
      name: 'the middleware reports its own failures',
      code: `import { jwt } from 'hono/jwt'
app.use('/auth/*', jwt({ secret: key, alg: 'HS256' }))`,
    },
    {
      name: 'allow_anon with the payload read defensively',
      code: `import { jwk } from 'hono/jwk'
app.use('/api/*', jwk({ keys, alg: ['RS256'], allow_anon: true }))
app.get('/api/me', (c) => c.json({ sub: c.var.jwtPayload?.sub ?? null }))`,
    },
    {
      name: 'allow_anon with nothing read from the payload',
      code: `import { jwk } from 'hono/jwk'
app.use('/public/*', jwk({ keys, alg: ['RS256'], allow_anon: true }))`,
    },
    {
      name: 'a local verify left floating',
      code: `const verify = async (token: string) => token.length > 0
export function check(token: string) {
  verify(token)
}`,
    },
  ],
  invalid: [
    {
      name: 'a floating verify in a middleware',
      code: `import { createMiddleware } from 'hono/factory'
import { verify } from 'hono/jwt'
export const auth = createMiddleware(async (c, next) => {
  verify(c.req.header('Authorization')!.slice(7), key, 'HS256')
  await next()
})`,
      errors: [
        {
          messageId: 'floatingVerify',
          data: { api: verify, inTry: '' },
          line: 4, column: 3, endLine: 4, endColumn: 64,
          suggestions: [
            {
              messageId: 'addAwait',
              data: {},
              output: `import { createMiddleware } from 'hono/factory'
import { verify } from 'hono/jwt'
export const auth = createMiddleware(async (c, next) => {
  await verify(c.req.header('Authorization')!.slice(7), key, 'HS256')
  await next()
})`,
            },
          ],
        },
      ],
    },
    {
      name: 'the Promise used as a condition',
      code: `import { verify } from 'hono/jwt'
export async function guard(token: string) {
  if (!verify(token, key, 'HS256')) throw new Error('unauthorized')
}`,
      errors: [
        {
          messageId: 'unawaitedVerify',
          data: { api: verify },
          line: 3, column: 8, endLine: 3, endColumn: 35,
          suggestions: [
            {
              messageId: 'addAwait',
              data: {},
              output: `import { verify } from 'hono/jwt'
export async function guard(token: string) {
  if (!await verify(token, key, 'HS256')) throw new Error('unauthorized')
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'a floating verify inside try',
      code: `import { Jwt } from 'hono/utils/jwt'
export async function guard(c, next) {
  try {
    Jwt.verify(c.req.header('Authorization')!.slice(7), key, { alg: 'RS256' })
  } catch {
    return c.text('Unauthorized', 401)
  }
  await next()
}`,
      errors: [
        {
          messageId: 'floatingVerify',
          data: { api: jwtVerify, inTry: inTry },
          line: 4, column: 5, endLine: 4, endColumn: 79,
          suggestions: [
            {
              messageId: 'addAwait',
              data: {},
              output: `import { Jwt } from 'hono/utils/jwt'
export async function guard(c, next) {
  try {
    await Jwt.verify(c.req.header('Authorization')!.slice(7), key, { alg: 'RS256' })
  } catch {
    return c.text('Unauthorized', 401)
  }
  await next()
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'a catch that swallows the error before next()',
      code: `import { verify } from 'hono/jwt'
export async function guard(c, next) {
  try {
    c.set('user', await verify(c.req.header('Authorization')!.slice(7), key, 'HS256'))
  } catch (err) {
    console.warn(err)
  }
  await next()
}`,
      errors: [
        {
          messageId: 'swallowedVerifyError',
          data: { api: verify },
          line: 5, column: 5, endLine: 7, endColumn: 4,
        },
      ],
    },
    {
      name: 'a rejection handler that calls next()',
      code: `import * as honoJwt from 'hono/jwt'
export function guard(c, next) {
  return honoJwt.verify(token, key, 'HS256').then((payload) => c.set('user', payload)).catch(() => next())
}`,
      errors: [
        {
          messageId: 'swallowedVerifyError',
          data: { api: verify },
          line: 3, column: 94, endLine: 3, endColumn: 106,
        },
      ],
    },
    {
      name: 'allow_anon with the payload read as if it were set',
      code: `import { jwk } from 'hono/jwk'
app.use('/api/*', jwk({ keys, alg: ['RS256'], allow_anon: true }))
app.get('/api/me', (c) => c.json({ sub: c.var.jwtPayload.sub }))`,
      errors: [
        {
          messageId: 'failOpenOption',
          data: { api: jwkMiddleware, option: 'allow_anon', value: 'true', consequence: 'requests without a token get no `jwtPayload`', trusted: 'c.var.jwtPayload' },
          line: 2, column: 47, endLine: 2, endColumn: 63,
        },
      ],
    },
  ],
})

cjsRuleTester.run(noIgnoredVerifyError.name, noIgnoredVerifyError, {
  assertionOptions,
  valid: [

  ],
  invalid: [
    {
      name: 'CommonJS require with a floating verify',
      code: `const { verify } = require('hono/jwt')
module.exports = async (token) => {
  verify(token, process.env.JWT_SECRET, 'HS256')
  return true
}`,
      errors: [
        {
          messageId: 'floatingVerify',
          data: { api: verify, inTry: '' },
          line: 3, column: 3, endLine: 3, endColumn: 49,
          suggestions: [
            {
              messageId: 'addAwait',
              data: {},
              output: `const { verify } = require('hono/jwt')
module.exports = async (token) => {
  await verify(token, process.env.JWT_SECRET, 'HS256')
  return true
}`,
            },
          ],
        },
      ],
    },
  ],
})

ruleTester.run(noUnverifiedDecode.name, noUnverifiedDecode, {
  assertionOptions,
  valid: [
    {
      name: 'the header read to pick a key',
      filename: 'server/keys.ts',
      code: `import { decode } from 'hono/jwt'
export const kid = (token: string) => decode(token).header.kid`,
    },
    {
      name: 'only the expiry read',
      filename: 'server/session.ts',
      code: `import { decode } from 'hono/jwt'
export const expiresAt = (token: string) => decode(token).payload.exp! * 1000`,
    },
    {
      name: 'decoded to pick the issuer, verified, and the verified payload returned',
      filename: 'server/auth.ts',
      code: `import { decode, verify } from 'hono/jwt'
export async function user(token: string) {
  const { payload } = decode(token)
  return verify(token, keys[payload.iss as string], { alg: 'RS256', iss: Object.keys(keys) as unknown as string })
}`,
    },
    {
      name: 'a browser component',
      filename: 'src/components/Greeting.tsx',
      code: `import { useMemo } from 'react'
import { decode } from 'hono/jwt'
export function Greeting({ token }: { token: string }) {
  const name = useMemo(() => decode(token).payload.name, [token])
  return name
}`,
    },
    {
      name: 'a local decode function',
      filename: 'server/auth.ts',
      code: `const decode = (token: string) => ({ payload: JSON.parse(token) })
export const role = (token: string) => decode(token).payload.role`,
    },
    {
      name: 'the decoded token only logged',
      filename: 'server/debug.ts',
      code: `import { Jwt } from 'hono/utils/jwt'
export function logToken(token: string) {
  console.log(Jwt.decode(token))
}`,
    },
  ],
  invalid: [
    {
      name: 'a claim read from the payload',
      filename: 'server/auth.ts',
      code: `import { decode } from 'hono/jwt'
export const isAdmin = (token: string) => decode(token).payload.role === 'admin'`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: decode, claim: '`role`', verify: '`hono.verify`' },
          line: 2, column: 43, endLine: 2, endColumn: 56,
        },
      ],
    },
    {
      name: 'a destructured payload',
      filename: 'server/auth.ts',
      code: `import { decode } from 'hono/jwt'
export function userId(token: string) {
  const { payload } = decode(token)
  return payload.sub
}`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: decode, claim: '`sub`', verify: '`hono.verify`' },
          line: 3, column: 23, endLine: 3, endColumn: 36,
        },
      ],
    },
    {
      name: 'Jwt.decode',
      filename: 'server/auth.ts',
      code: `import { Jwt } from 'hono/utils/jwt'
export const tenant = (token: string) => Jwt.decode(token).payload.tenant`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: jwtDecode, claim: '`tenant`', verify: '`hono.Jwt.verify`' },
          line: 2, column: 42, endLine: 2, endColumn: 59,
        },
      ],
    },
    {
      name: 'the whole payload stored in the context',
      filename: 'server/middleware.ts',
      code: `import { createMiddleware } from 'hono/factory'
import { decode } from 'hono/jwt'
export const attach = createMiddleware(async (c, next) => {
  c.set('jwtPayload', decode(c.req.header('Authorization')!.slice(7)).payload)
  await next()
})`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: decode, claim: 'the whole payload', verify: '`hono.verify`' },
          line: 4, column: 23, endLine: 4, endColumn: 70,
        },
      ],
    },
    {
      name: 'a namespace import',
      filename: 'server/auth.ts',
      code: `import * as honoJwt from 'hono/jwt'
export const scopes = (token: string) => String(honoJwt.decode(token).payload.scope).split(' ')`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: decode, claim: '`scope`', verify: '`hono.verify`' },
          line: 2, column: 49, endLine: 2, endColumn: 70,
        },
      ],
    },
    {
      name: 'await import',
      filename: 'server/auth.ts',
      code: `const { decode } = await import('hono/jwt')
export const email = (token: string) => decode(token).payload.email`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: decode, claim: '`email`', verify: '`hono.verify`' },
          line: 2, column: 41, endLine: 2, endColumn: 54,
        },
      ],
    },
  ],
})

cjsRuleTester.run(noUnverifiedDecode.name, noUnverifiedDecode, {
  assertionOptions,
  valid: [

  ],
  invalid: [
    {
      name: 'CommonJS require of decode',
      filename: 'server/auth.js',
      code: `const { decode } = require('hono/jwt')
module.exports = (token) => decode(token).payload.permissions`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: decode, claim: '`permissions`', verify: '`hono.verify`' },
          line: 2, column: 29, endLine: 2, endColumn: 42,
        },
      ],
    },
  ],
})
