/**
 * jsrsasign 8 to 11: `KJUR.jws.JWS.verifyJWT(token, key, { alg, aud, iss, verifyAt, gracePeriod })`,
 * `KJUR.jws.JWS.verify(token, key, acceptAlgs)`, `KJUR.jws.JWS.parse(token)` and
 * `KJUR.jws.JWS.sign(alg, header, payload, key)`. Verification returns `false` instead of
 * throwing; `aud` and `iss` are compared only when they are arrays; `none` is refused when
 * verifying but signs a token with an empty signature.
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

const verifyJwt = 'jsrsasign.KJUR.jws.JWS.verifyJWT'
const verifyJws = 'jsrsasign.KJUR.jws.JWS.verify'
const parse = 'jsrsasign.KJUR.jws.JWS.parse'
const sign = 'jsrsasign.KJUR.jws.JWS.sign'
const verifyHint = '`jsrsasign.KJUR.jws.JWS.verifyJWT`'
const arrayOnly = 'an array'

ruleTester.run(requireAlgorithms.name, requireAlgorithms, {
  assertionOptions,
  valid: [
    {
      name: 'verify with acceptAlgs',
      code: `import { KJUR, KEYUTIL } from 'jsrsasign'
export const check = (token: string) => KJUR.jws.JWS.verify(token, KEYUTIL.getKey(publicPem), ['RS256'])`,
    },
    {
      name: 'verifyJWT with alg',
      code: `import { KJUR } from 'jsrsasign'
export const check = (token: string) => KJUR.jws.JWS.verifyJWT(token, { utf8: secret }, { alg: ['HS256'], aud: ['api'], iss: ['https://issuer.example'] })`,
    },
    {
      name: 'acceptAlgs from configuration',
      code: `import { KJUR } from 'jsrsasign'
import { ACCEPTED } from './config'
export const check = (token: string) => KJUR.jws.JWS.verify(token, key, ACCEPTED)`,
    },
    {
      name: 'verifyJWT fields from another module',
      code: `import * as rs from 'jsrsasign'
import { acceptField } from './config'
export const check = (token: string) => rs.KJUR.jws.JWS.verifyJWT(token, key, acceptField)`,
    },
    {
      name: 'a local KJUR object',
      code: `const KJUR = { jws: { JWS: { verify: (token: string, key: string) => token === key } } }
export const check = (token: string) => KJUR.jws.JWS.verify(token, 'k')`,
    },
    {
      name: 'parse needs no allow-list',
      code: `import { KJUR } from 'jsrsasign'
export const header = (token: string) => KJUR.jws.JWS.parse(token).headerObj`,
    },
  ],
  invalid: [
    {
      name: 'verify without acceptAlgs, with a PEM public key',
      code: `import { KJUR, KEYUTIL } from 'jsrsasign'
export const check = (token: string) => KJUR.jws.JWS.verify(token, KEYUTIL.getKey(publicPem))`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { api: verifyJws, option: 'acceptAlgs', history: '' },
          line: 2, column: 41, endLine: 2, endColumn: 60,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `import { KJUR, KEYUTIL } from 'jsrsasign'
export const check = (token: string) => KJUR.jws.JWS.verify(token, KEYUTIL.getKey(publicPem), ['RS256'])`,
            },
          ],
        },
      ],
    },
    {
      name: 'verify without acceptAlgs through an alias',
      code: `import { KJUR } from 'jsrsasign'
const JWS = KJUR.jws.JWS
export const check = (token: string) => JWS.verify(token, hmacSecret)`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { api: verifyJws, option: 'acceptAlgs', history: '' },
          line: 3, column: 41, endLine: 3, endColumn: 51,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `import { KJUR } from 'jsrsasign'
const JWS = KJUR.jws.JWS
export const check = (token: string) => JWS.verify(token, hmacSecret, ['HS256'])`,
            },
          ],
        },
      ],
    },
    {
      name: 'verify with acceptAlgs set to undefined (no suggestion)',
      code: `import * as rs from 'jsrsasign'
export const check = (token: string) => rs.KJUR.jws.JWS.verify(token, key, undefined)`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { api: verifyJws, option: 'acceptAlgs', history: '' },
          line: 2, column: 41, endLine: 2, endColumn: 63,
        },
      ],
    },
    {
      name: 'verifyJWT without alg',
      code: `import { KJUR } from 'jsrsasign'
export const check = (token: string) => KJUR.jws.JWS.verifyJWT(token, publicKey, { aud: ['api'], iss: ['https://issuer.example'] })`,
      errors: [
        {
          messageId: 'missingRequiredAlgorithm',
          data: { api: verifyJwt, option: 'alg', history: '' },
          line: 2, column: 41, endLine: 2, endColumn: 63,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `import { KJUR } from 'jsrsasign'
export const check = (token: string) => KJUR.jws.JWS.verifyJWT(token, publicKey, { aud: ['api'], iss: ['https://issuer.example'], alg: ['RS256'] })`,
            },
          ],
        },
      ],
    },
    {
      name: 'verifyJWT without accept fields',
      code: `import jsrsasign from 'jsrsasign'
export const check = (token: string) => jsrsasign.KJUR.jws.JWS.verifyJWT(token, secret)`,
      errors: [
        {
          messageId: 'missingRequiredAlgorithm',
          data: { api: verifyJwt, option: 'alg', history: '' },
          line: 2, column: 41, endLine: 2, endColumn: 73,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `import jsrsasign from 'jsrsasign'
export const check = (token: string) => jsrsasign.KJUR.jws.JWS.verifyJWT(token, secret, { alg: ['HS256'] })`,
            },
          ],
        },
      ],
    },
    {
      name: 'verifyJWT with alg: undefined',
      code: `import { KJUR } from 'jsrsasign'
const acceptField = { alg: undefined, aud: ['api'] }
export const check = (token: string) => KJUR.jws.JWS.verifyJWT(token, key, acceptField)`,
      errors: [
        {
          messageId: 'missingRequiredAlgorithm',
          data: { api: verifyJwt, option: 'alg', history: '' },
          line: 3, column: 41, endLine: 3, endColumn: 63,
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
      name: 'CommonJS require with a public key',
      code: `const { KJUR, KEYUTIL } = require('jsrsasign')
module.exports = (token) => KJUR.jws.JWS.verify(token, KEYUTIL.getKey(pubKeyPem))`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { api: verifyJws, option: 'acceptAlgs', history: '' },
          line: 2, column: 29, endLine: 2, endColumn: 48,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `const { KJUR, KEYUTIL } = require('jsrsasign')
module.exports = (token) => KJUR.jws.JWS.verify(token, KEYUTIL.getKey(pubKeyPem), ['RS256'])`,
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
      name: 'aud as an array',
      code: `import { KJUR } from 'jsrsasign'
export const check = (token: string) => KJUR.jws.JWS.verifyJWT(token, key, { alg: ['RS256'], aud: ['api'] })`,
    },
    {
      name: 'aud from an array constant',
      code: `import { KJUR } from 'jsrsasign'
const AUDIENCES = ['api', 'admin']
export const check = (token: string) => KJUR.jws.JWS.verifyJWT(token, key, { alg: ['RS256'], aud: AUDIENCES })`,
    },
    {
      name: 'aud from configuration',
      code: `import { KJUR } from 'jsrsasign'
export const check = (token: string) => KJUR.jws.JWS.verifyJWT(token, key, { alg: ['RS256'], aud: config.audiences })`,
    },
    {
      name: 'accept fields built by a function',
      code: `import { KJUR } from 'jsrsasign'
export const check = (token: string) => KJUR.jws.JWS.verifyJWT(token, key, acceptFor('api'))`,
    },
    {
      name: 'JWS.verify checks the signature only and has no audience option',
      code: `import { KJUR } from 'jsrsasign'
export const check = (token: string) => KJUR.jws.JWS.verify(token, key, ['RS256'])`,
    },
    {
      name: 'a local verifyJWT',
      code: `const JWS = { verifyJWT: (token: string, key: string, fields: object) => Boolean(token && key && fields) }
export const check = (token: string) => JWS.verifyJWT(token, 'k', { alg: ['HS256'] })`,
    },
  ],
  invalid: [
    {
      name: 'verifyJWT without aud',
      code: `import { KJUR } from 'jsrsasign'
export const check = (token: string) => KJUR.jws.JWS.verifyJWT(token, key, { alg: ['RS256'], iss: ['https://issuer.example'] })`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: verifyJwt, option: 'aud', claim: 'audience' },
          line: 2, column: 41, endLine: 2, endColumn: 63,
        },
      ],
    },
    {
      name: 'aud as a string, which jsrsasign ignores',
      code: `import { KJUR } from 'jsrsasign'
export const check = (token: string) => KJUR.jws.JWS.verifyJWT(token, key, { alg: ['RS256'], aud: 'api' })`,
      errors: [
        {
          messageId: 'ignoredClaimCheck',
          data: { api: verifyJwt, option: 'aud', claim: 'audience', value: "'api'", accepted: arrayOnly },
          line: 2, column: 99, endLine: 2, endColumn: 104,
        },
      ],
    },
    {
      name: 'aud as a string constant',
      code: `import * as rs from 'jsrsasign'
const AUDIENCE = 'https://api.example.com'
export const check = (token: string) => rs.KJUR.jws.JWS.verifyJWT(token, key, { alg: ['RS256'], aud: AUDIENCE })`,
      errors: [
        {
          messageId: 'ignoredClaimCheck',
          data: { api: verifyJwt, option: 'aud', claim: 'audience', value: 'AUDIENCE', accepted: arrayOnly },
          line: 3, column: 102, endLine: 3, endColumn: 110,
        },
      ],
    },
    {
      name: 'an empty aud',
      code: `import jsrsasign from 'jsrsasign'
export const check = (token: string) => jsrsasign.KJUR.jws.JWS.verifyJWT(token, key, { alg: ['HS256'], aud: '' })`,
      errors: [
        {
          messageId: 'emptyClaimCheck',
          data: { api: verifyJwt, option: 'aud', claim: 'audience', value: "''" },
          line: 2, column: 109, endLine: 2, endColumn: 111,
        },
      ],
    },
    {
      name: 'accept fields in a constant',
      code: `import { KJUR } from 'jsrsasign'
const acceptField = { alg: ['ES256'], gracePeriod: 30 }
export const check = (token: string) => KJUR.jws.JWS.verifyJWT(token, key, acceptField)`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: verifyJwt, option: 'aud', claim: 'audience' },
          line: 3, column: 41, endLine: 3, endColumn: 63,
        },
      ],
    },
    {
      name: 'through an alias of KJUR.jws.JWS',
      code: `import { KJUR } from 'jsrsasign'
const { JWS } = KJUR.jws
export const check = (token: string) => JWS.verifyJWT(token, key, { alg: ['RS256'] })`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: verifyJwt, option: 'aud', claim: 'audience' },
          line: 3, column: 41, endLine: 3, endColumn: 54,
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
      name: 'CommonJS require of the module',
      code: `const rs = require('jsrsasign')
module.exports = (token) => rs.KJUR.jws.JWS.verifyJWT(token, key, { alg: ['RS256'], aud: 'api' })`,
      errors: [
        {
          messageId: 'ignoredClaimCheck',
          data: { api: verifyJwt, option: 'aud', claim: 'audience', value: "'api'", accepted: arrayOnly },
          line: 2, column: 90, endLine: 2, endColumn: 95,
        },
      ],
    },
  ],
})

ruleTester.run(requireIssuer.name, requireIssuer, {
  assertionOptions,
  valid: [
    {
      name: 'iss as an array',
      code: `import { KJUR } from 'jsrsasign'
export const check = (token: string) => KJUR.jws.JWS.verifyJWT(token, key, { alg: ['RS256'], iss: ['https://issuer.example'] })`,
    },
    {
      name: 'iss from the environment, split into an array',
      code: `import { KJUR } from 'jsrsasign'
export const check = (token: string) => KJUR.jws.JWS.verifyJWT(token, key, { alg: ['RS256'], iss: process.env.ISSUERS!.split(',') })`,
    },
    {
      name: 'accept fields spread from configuration',
      code: `import { KJUR } from 'jsrsasign'
import { claims } from './config'
export const check = (token: string) => KJUR.jws.JWS.verifyJWT(token, key, { ...claims, alg: ['RS256'] })`,
    },
    {
      name: 'JWS.verify has no issuer option',
      code: `import { KJUR } from 'jsrsasign'
export const check = (token: string) => KJUR.jws.JWS.verify(token, key, ['HS256'])`,
    },
    {
      name: 'verifyJWT of another module',
      code: `import { KJUR } from './vendor/jsrsasign-lite'
export const check = (token: string) => KJUR.jws.JWS.verifyJWT(token, key, { alg: ['RS256'] })`,
    },
    {
      name: 'accept fields passed by the caller',
      code: `import { KJUR } from 'jsrsasign'
export const check = (token: string, fields: { alg: string[]; iss: string[] }) => KJUR.jws.JWS.verifyJWT(token, key, fields)`,
    },
  ],
  invalid: [
    {
      name: 'verifyJWT without iss',
      code: `import { KJUR } from 'jsrsasign'
export const check = (token: string) => KJUR.jws.JWS.verifyJWT(token, key, { alg: ['RS256'], aud: ['api'] })`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: verifyJwt, option: 'iss', claim: 'issuer' },
          line: 2, column: 41, endLine: 2, endColumn: 63,
        },
      ],
    },
    {
      name: 'iss as a string, which jsrsasign ignores',
      code: `import { KJUR } from 'jsrsasign'
export const check = (token: string) => KJUR.jws.JWS.verifyJWT(token, key, { alg: ['RS256'], iss: 'https://issuer.example' })`,
      errors: [
        {
          messageId: 'ignoredClaimCheck',
          data: { api: verifyJwt, option: 'iss', claim: 'issuer', value: "'https://issuer.example'", accepted: arrayOnly },
          line: 2, column: 99, endLine: 2, endColumn: 123,
        },
      ],
    },
    {
      name: 'iss as a template string',
      code: `import * as rs from 'jsrsasign'
export const check = (token: string) => rs.KJUR.jws.JWS.verifyJWT(token, key, { alg: ['RS256'], iss: \`https://issuer.example\` })`,
      errors: [
        {
          messageId: 'ignoredClaimCheck',
          data: { api: verifyJwt, option: 'iss', claim: 'issuer', value: '`https://issuer.example`', accepted: arrayOnly },
          line: 2, column: 102, endLine: 2, endColumn: 126,
        },
      ],
    },
    {
      name: 'iss set to undefined',
      code: `import { KJUR } from 'jsrsasign'
export const check = (token: string) => KJUR.jws.JWS.verifyJWT(token, key, { alg: ['RS256'], iss: undefined })`,
      errors: [
        {
          messageId: 'emptyClaimCheck',
          data: { api: verifyJwt, option: 'iss', claim: 'issuer', value: 'undefined' },
          line: 2, column: 99, endLine: 2, endColumn: 108,
        },
      ],
    },
    {
      name: 'default import without accept fields beyond alg',
      code: `import jsrsasign from 'jsrsasign'
export const check = (token: string) => jsrsasign.KJUR.jws.JWS.verifyJWT(token, key, { alg: ['PS256'] })`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: verifyJwt, option: 'iss', claim: 'issuer' },
          line: 2, column: 41, endLine: 2, endColumn: 73,
        },
      ],
    },
    {
      name: 'TypeScript import = require',
      code: `import rs = require('jsrsasign')
export const check = (token: string) => rs.KJUR.jws.JWS.verifyJWT(token, key, { alg: ['RS256'], aud: ['api'] })`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: verifyJwt, option: 'iss', claim: 'issuer' },
          line: 2, column: 41, endLine: 2, endColumn: 66,
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
      name: 'CommonJS destructured require',
      code: `const { KJUR } = require('jsrsasign')
module.exports = (token) => KJUR.jws.JWS.verifyJWT(token, key, { alg: ['RS256'] })`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: verifyJwt, option: 'iss', claim: 'issuer' },
          line: 2, column: 29, endLine: 2, endColumn: 51,
        },
      ],
    },
  ],
})

ruleTester.run(noNoneAlgorithm.name, noNoneAlgorithm, {
  assertionOptions,
  valid: [
    {
      name: 'verify refuses none even when it is accepted',
      code: `import { KJUR } from 'jsrsasign'
export const check = (token: string) => KJUR.jws.JWS.verify(token, key, ['none'])`,
    },
    {
      name: 'verifyJWT refuses none',
      code: `import { KJUR } from 'jsrsasign'
export const check = (token: string) => KJUR.jws.JWS.verifyJWT(token, key, { alg: ['none', 'HS256'], aud: ['api'] })`,
    },
    {
      name: 'a real signing algorithm',
      code: `import { KJUR } from 'jsrsasign'
export const issue = (claims: object) => KJUR.jws.JWS.sign('RS256', { alg: 'RS256', typ: 'JWT' }, claims, privateKey)`,
    },
    {
      name: 'the signing algorithm from configuration',
      code: `import { KJUR } from 'jsrsasign'
export const issue = (claims: object) => KJUR.jws.JWS.sign(process.env.JWT_ALG!, { typ: 'JWT' }, claims, privateKey)`,
    },
    {
      name: 'a local sign function given none',
      code: `const JWS = { sign: (alg: string, header: object, payload: object) => [alg, header, payload].join('.') }
JWS.sign('none', {}, {})`,
    },
    {
      name: 'HS256 with a UTF-8 secret',
      code: `import * as rs from 'jsrsasign'
export const issue = (claims: object) => rs.KJUR.jws.JWS.sign('HS256', JSON.stringify({ alg: 'HS256' }), JSON.stringify(claims), { utf8: secret })`,
    },
  ],
  invalid: [
    {
      name: 'sign with none',
      code: `import { KJUR } from 'jsrsasign'
export const issue = (claims: object) => KJUR.jws.JWS.sign('none', { alg: 'none' }, claims)`,
      errors: [
        {
          messageId: 'noneSigned',
          data: { api: sign, value: 'none', option: 'alg' },
          line: 2, column: 60, endLine: 2, endColumn: 66,
        },
      ],
    },
    {
      name: 'sign with none from a constant',
      code: `import { KJUR } from 'jsrsasign'
const ALG = 'none'
export const issue = (claims: object) => KJUR.jws.JWS.sign(ALG, { alg: ALG }, claims)`,
      errors: [
        {
          messageId: 'noneSigned',
          data: { api: sign, value: 'none', option: 'alg' },
          line: 3, column: 60, endLine: 3, endColumn: 63,
        },
      ],
    },
    {
      name: 'a namespace import',
      code: `import * as rs from 'jsrsasign'
export const issue = (claims: object) => rs.KJUR.jws.JWS.sign('none', JSON.stringify({ alg: 'none' }), JSON.stringify(claims))`,
      errors: [
        {
          messageId: 'noneSigned',
          data: { api: sign, value: 'none', option: 'alg' },
          line: 2, column: 63, endLine: 2, endColumn: 69,
        },
      ],
    },
    {
      name: 'a default import',
      code: `import jsrsasign from 'jsrsasign'
export const issue = (claims: object) => jsrsasign.KJUR.jws.JWS.sign('none', { alg: 'none', typ: 'JWT' }, claims)`,
      errors: [
        {
          messageId: 'noneSigned',
          data: { api: sign, value: 'none', option: 'alg' },
          line: 2, column: 70, endLine: 2, endColumn: 76,
        },
      ],
    },
    {
      name: 'through an alias of KJUR.jws.JWS',
      code: `import { KJUR } from 'jsrsasign'
const JWS = KJUR.jws.JWS
export const issue = (claims: object) => JWS.sign('none', { alg: 'none' }, claims)`,
      errors: [
        {
          messageId: 'noneSigned',
          data: { api: sign, value: 'none', option: 'alg' },
          line: 3, column: 51, endLine: 3, endColumn: 57,
        },
      ],
    },
    {
      name: 'await import',
      code: `const { KJUR } = await import('jsrsasign')
export const token = KJUR.jws.JWS.sign('none', { alg: 'none' }, { sub: 'test' })`,
      errors: [
        {
          messageId: 'noneSigned',
          data: { api: sign, value: 'none', option: 'alg' },
          line: 2, column: 40, endLine: 2, endColumn: 46,
        },
      ],
    },
  ],
})

cjsRuleTester.run(noNoneAlgorithm.name, noNoneAlgorithm, {
  assertionOptions,
  valid: [

  ],
  invalid: [
    {
      name: 'CommonJS require',
      code: `const { KJUR } = require('jsrsasign')
module.exports = (claims) => KJUR.jws.JWS.sign('none', { alg: 'none' }, claims)`,
      errors: [
        {
          messageId: 'noneSigned',
          data: { api: sign, value: 'none', option: 'alg' },
          line: 2, column: 48, endLine: 2, endColumn: 54,
        },
      ],
    },
  ],
})

ruleTester.run(noMixedAlgorithmFamilies.name, noMixedAlgorithmFamilies, {
  assertionOptions,
  valid: [
    {
      name: 'asymmetric acceptAlgs',
      code: `import { KJUR } from 'jsrsasign'
export const check = (token: string) => KJUR.jws.JWS.verify(token, key, ['RS256', 'PS256', 'ES256'])`,
    },
    {
      name: 'HMAC alg in verifyJWT',
      code: `import { KJUR } from 'jsrsasign'
export const check = (token: string) => KJUR.jws.JWS.verifyJWT(token, { utf8: secret }, { alg: ['HS256', 'HS512'] })`,
    },
    {
      name: 'one family per branch',
      code: `import { KJUR } from 'jsrsasign'
export const check = (token: string, internal: boolean) => KJUR.jws.JWS.verify(token, key, internal ? ['HS256'] : ['RS256'])`,
    },
    {
      name: 'a list from configuration',
      code: `import { KJUR } from 'jsrsasign'
export const check = (token: string) => KJUR.jws.JWS.verify(token, key, config.acceptAlgs)`,
    },
    {
      name: 'the sign algorithm is not an allow-list',
      code: `import { KJUR } from 'jsrsasign'
export const issue = (claims: object) => KJUR.jws.JWS.sign('HS256', { alg: 'HS256' }, claims, { utf8: secret })`,
    },
    {
      name: 'a local verify with a mixed list',
      code: `const JWS = { verify: (token: string, key: string, algs: string[]) => algs.includes(token + key) }
JWS.verify('t', 'k', ['HS256', 'RS256'])`,
    },
  ],
  invalid: [
    {
      name: 'verify with HS256 and RS256',
      code: `import { KJUR } from 'jsrsasign'
export const check = (token: string) => KJUR.jws.JWS.verify(token, key, ['HS256', 'RS256'])`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: verifyJws, hmac: '`HS256`', asymmetric: '`RS256`', option: 'acceptAlgs' },
          line: 2, column: 73, endLine: 2, endColumn: 91,
        },
      ],
    },
    {
      name: 'verifyJWT with a mixed alg list',
      code: `import { KJUR } from 'jsrsasign'
export const check = (token: string) => KJUR.jws.JWS.verifyJWT(token, key, { alg: ['RS256', 'HS256'], aud: ['api'] })`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: verifyJwt, hmac: '`HS256`', asymmetric: '`RS256`', option: 'alg' },
          line: 2, column: 83, endLine: 2, endColumn: 101,
        },
      ],
    },
    {
      name: 'a mixed list in a constant',
      code: `import * as rs from 'jsrsasign'
const ACCEPT = ['ES256', 'HS384']
export const check = (token: string) => rs.KJUR.jws.JWS.verify(token, key, ACCEPT)`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: verifyJws, hmac: '`HS384`', asymmetric: '`ES256`', option: 'acceptAlgs' },
          line: 3, column: 76, endLine: 3, endColumn: 82,
        },
      ],
    },
    {
      name: 'spread lists',
      code: `import { KJUR } from 'jsrsasign'
const HMAC = ['HS256', 'HS512']
const RSA = ['RS256']
export const check = (token: string) => KJUR.jws.JWS.verify(token, key, [...HMAC, ...RSA])`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: verifyJws, hmac: '`HS256`, `HS512`', asymmetric: '`RS256`', option: 'acceptAlgs' },
          line: 4, column: 73, endLine: 4, endColumn: 90,
        },
      ],
    },
    {
      name: 'accept fields in a constant',
      code: `import jsrsasign from 'jsrsasign'
const acceptField = { alg: ['PS256', 'HS256'], aud: ['api'], iss: ['me'] }
export const check = (token: string) => jsrsasign.KJUR.jws.JWS.verifyJWT(token, key, acceptField)`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: verifyJwt, hmac: '`HS256`', asymmetric: '`PS256`', option: 'alg' },
          line: 2, column: 28, endLine: 2, endColumn: 46,
        },
      ],
    },
    {
      name: 'through an alias',
      code: `import { KJUR } from 'jsrsasign'
const { JWS } = KJUR.jws
export const check = (token: string) => JWS.verify(token, key, ['HS256', 'ES512'])`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: verifyJws, hmac: '`HS256`', asymmetric: '`ES512`', option: 'acceptAlgs' },
          line: 3, column: 64, endLine: 3, endColumn: 82,
        },
      ],
    },
  ],
})

cjsRuleTester.run(noMixedAlgorithmFamilies.name, noMixedAlgorithmFamilies, {
  assertionOptions,
  valid: [

  ],
  invalid: [
    {
      name: 'CommonJS require',
      code: `const { KJUR } = require('jsrsasign')
module.exports = (token) => KJUR.jws.JWS.verify(token, key, ['RS256', 'HS256'])`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: verifyJws, hmac: '`HS256`', asymmetric: '`RS256`', option: 'acceptAlgs' },
          line: 2, column: 61, endLine: 2, endColumn: 79,
        },
      ],
    },
  ],
})

ruleTester.run(noAlgorithmFromHeader.name, noAlgorithmFromHeader, {
  assertionOptions,
  valid: [
    {
      name: 'the parsed header picks the key, the algorithms are fixed',
      code: `import { KJUR } from 'jsrsasign'
export function check(token: string) {
  const { headerObj } = KJUR.jws.JWS.parse(token)
  return KJUR.jws.JWS.verify(token, keys[headerObj.kid], ['RS256'])
}`,
    },
    {
      name: 'the parsed issuer picks the key',
      code: `import { KJUR } from 'jsrsasign'
export function check(token: string) {
  const { payloadObj } = KJUR.jws.JWS.parse(token)
  return KJUR.jws.JWS.verifyJWT(token, keys[payloadObj.iss], { alg: ['RS256'], iss: [payloadObj.iss] })
}`,
    },
    {
      name: 'the algorithms from configuration',
      code: `import { KJUR } from 'jsrsasign'
export const check = (token: string) => KJUR.jws.JWS.verify(token, key, process.env.JWT_ALGS!.split(','))`,
    },
    {
      name: 'the header alg compared first',
      code: `import { KJUR } from 'jsrsasign'
export function check(token: string) {
  if (KJUR.jws.JWS.parse(token).headerObj.alg !== 'ES256') return false
  return KJUR.jws.JWS.verify(token, key, ['ES256'])
}`,
    },
    {
      name: 'a local parse function',
      code: `import { KJUR } from 'jsrsasign'
const JWS = { parse: (token: string) => ({ headerObj: { alg: 'RS256' }, token }) }
export const check = (token: string) => KJUR.jws.JWS.verify(token, key, [JWS.parse(token).headerObj.alg])`,
    },
    {
      name: 'an allow-list passed by the caller',
      code: `import { KJUR } from 'jsrsasign'
export const check = (token: string, algs: string[]) => KJUR.jws.JWS.verify(token, key, algs)`,
    },
  ],
  invalid: [
    {
      name: 'the parsed header alg as acceptAlgs',
      code: `import { KJUR } from 'jsrsasign'
export function check(token: string) {
  const { headerObj } = KJUR.jws.JWS.parse(token)
  return KJUR.jws.JWS.verify(token, key, [headerObj.alg])
}`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: verifyJws, option: 'acceptAlgs', part: 'header', source: 'KJUR.jws.JWS.parse(token)' },
          line: 4, column: 43, endLine: 4, endColumn: 56,
        },
      ],
    },
    {
      name: 'the parsed header alg in verifyJWT',
      code: `import { KJUR } from 'jsrsasign'
export function check(token: string) {
  const parsed = KJUR.jws.JWS.parse(token)
  return KJUR.jws.JWS.verifyJWT(token, key, { alg: [parsed.headerObj.alg], aud: ['api'] })
}`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: verifyJwt, option: 'alg', part: 'header', source: 'KJUR.jws.JWS.parse(token)' },
          line: 4, column: 53, endLine: 4, endColumn: 73,
        },
      ],
    },
    {
      name: 'a hand-rolled header decode',
      code: `import * as rs from 'jsrsasign'
export function check(token: string) {
  const header = JSON.parse(atob(token.split('.')[0]))
  return rs.KJUR.jws.JWS.verify(token, key, [header.alg])
}`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: verifyJws, option: 'acceptAlgs', part: 'header', source: "JSON.parse(atob(token.split('.')[0]))" },
          line: 4, column: 46, endLine: 4, endColumn: 56,
        },
      ],
    },
    {
      name: 'jose decodeProtectedHeader',
      code: `import { decodeProtectedHeader } from 'jose'
import { KJUR } from 'jsrsasign'
export const check = (token: string) => KJUR.jws.JWS.verify(token, key, [decodeProtectedHeader(token).alg])`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: verifyJws, option: 'acceptAlgs', part: 'header', source: 'decodeProtectedHeader(token)' },
          line: 3, column: 74, endLine: 3, endColumn: 106,
        },
      ],
    },
    {
      name: 'through an alias with a fallback',
      code: `import jsrsasign from 'jsrsasign'
const JWS = jsrsasign.KJUR.jws.JWS
export function check(token: string) {
  const alg = JWS.parse(token).headerObj.alg
  return JWS.verify(token, key, [alg || 'RS256'])
}`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: verifyJws, option: 'acceptAlgs', part: 'header', source: 'JWS.parse(token)' },
          line: 5, column: 34, endLine: 5, endColumn: 37,
        },
      ],
    },
    {
      name: 'accept fields built in a constant',
      code: `import { KJUR } from 'jsrsasign'
export function check(token: string) {
  const { headerObj } = KJUR.jws.JWS.parse(token)
  const acceptField = { alg: [headerObj.alg], iss: ['me'] }
  return KJUR.jws.JWS.verifyJWT(token, key, acceptField)
}`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: verifyJwt, option: 'alg', part: 'header', source: 'KJUR.jws.JWS.parse(token)' },
          line: 4, column: 31, endLine: 4, endColumn: 44,
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
      name: 'CommonJS require',
      code: `const { KJUR } = require('jsrsasign')
module.exports = (token) => KJUR.jws.JWS.verify(token, key, [KJUR.jws.JWS.parse(token).headerObj.alg])`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: verifyJws, option: 'acceptAlgs', part: 'header', source: 'KJUR.jws.JWS.parse(token)' },
          line: 2, column: 62, endLine: 2, endColumn: 101,
        },
      ],
    },
  ],
})

ruleTester.run(noDisabledExpiry.name, noDisabledExpiry, {
  assertionOptions,
  valid: [
    {
      name: 'a one-minute grace period',
      code: `import { KJUR } from 'jsrsasign'
export const check = (token: string) => KJUR.jws.JWS.verifyJWT(token, key, { alg: ['RS256'], gracePeriod: 60 })`,
    },
    {
      name: 'a grace period given as a string, which jsrsasign ignores',
      code: `import { KJUR } from 'jsrsasign'
export const check = (token: string) => KJUR.jws.JWS.verifyJWT(token, key, { alg: ['RS256'], gracePeriod: '3600' as unknown as number })`,
    },
    {
      name: 'verifyAt read from the clock',
      code: `import { KJUR } from 'jsrsasign'
export const check = (token: string) => KJUR.jws.JWS.verifyJWT(token, key, { alg: ['RS256'], verifyAt: KJUR.jws.IntDate.getNow() })`,
    },
    {
      name: 'verifyAt of zero means now',
      code: `import { KJUR } from 'jsrsasign'
export const check = (token: string) => KJUR.jws.JWS.verifyJWT(token, key, { alg: ['RS256'], verifyAt: 0 })`,
    },
    {
      name: 'JWS.verify does not check the expiry at all, but has no option to switch it off',
      code: `import { KJUR } from 'jsrsasign'
export const check = (token: string) => KJUR.jws.JWS.verify(token, key, ['RS256'])`,
    },
    {
      name: 'a grace period from configuration',
      code: `import { KJUR } from 'jsrsasign'
export const check = (token: string) => KJUR.jws.JWS.verifyJWT(token, key, { alg: ['RS256'], gracePeriod: config.skewSeconds })`,
    },
  ],
  invalid: [
    {
      name: 'a one-hour grace period',
      code: `import { KJUR } from 'jsrsasign'
export const check = (token: string) => KJUR.jws.JWS.verifyJWT(token, key, { alg: ['RS256'], gracePeriod: 3600 })`,
      errors: [
        {
          messageId: 'clockToleranceTooLarge',
          data: { api: verifyJwt, option: 'gracePeriod', seconds: '3600', limit: '300' },
          line: 2, column: 94, endLine: 2, endColumn: 111,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'gracePeriod' },
              output: `import { KJUR } from 'jsrsasign'
export const check = (token: string) => KJUR.jws.JWS.verifyJWT(token, key, { alg: ['RS256'] })`,
            },
          ],
        },
      ],
    },
    {
      name: 'a one-day grace period from a constant',
      code: `import { KJUR } from 'jsrsasign'
const ONE_DAY = 24 * 60 * 60
export const check = (token: string) => KJUR.jws.JWS.verifyJWT(token, key, { alg: ['RS256'], gracePeriod: ONE_DAY })`,
      errors: [
        {
          messageId: 'clockToleranceTooLarge',
          data: { api: verifyJwt, option: 'gracePeriod', seconds: '86400', limit: '300' },
          line: 3, column: 94, endLine: 3, endColumn: 114,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'gracePeriod' },
              output: `import { KJUR } from 'jsrsasign'
const ONE_DAY = 24 * 60 * 60
export const check = (token: string) => KJUR.jws.JWS.verifyJWT(token, key, { alg: ['RS256'] })`,
            },
          ],
        },
      ],
    },
    {
      name: 'a fixed verifyAt',
      code: `import * as rs from 'jsrsasign'
export const check = (token: string) => rs.KJUR.jws.JWS.verifyJWT(token, key, { alg: ['RS256'], verifyAt: 1_700_000_000 })`,
      errors: [
        {
          messageId: 'clockPinned',
          data: { api: verifyJwt, option: 'verifyAt' },
          line: 2, column: 97, endLine: 2, endColumn: 120,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'verifyAt' },
              output: `import * as rs from 'jsrsasign'
export const check = (token: string) => rs.KJUR.jws.JWS.verifyJWT(token, key, { alg: ['RS256'] })`,
            },
          ],
        },
      ],
    },
    {
      name: 'accept fields in a constant',
      code: `import jsrsasign from 'jsrsasign'
const acceptField = { alg: ['HS256'], gracePeriod: 600 }
export const check = (token: string) => jsrsasign.KJUR.jws.JWS.verifyJWT(token, { utf8: secret }, acceptField)`,
      errors: [
        {
          messageId: 'clockToleranceTooLarge',
          data: { api: verifyJwt, option: 'gracePeriod', seconds: '600', limit: '300' },
          line: 2, column: 39, endLine: 2, endColumn: 55,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'gracePeriod' },
              output: `import jsrsasign from 'jsrsasign'
const acceptField = { alg: ['HS256'] }
export const check = (token: string) => jsrsasign.KJUR.jws.JWS.verifyJWT(token, { utf8: secret }, acceptField)`,
            },
          ],
        },
      ],
    },
    {
      name: 'through an alias',
      code: `import { KJUR } from 'jsrsasign'
const { JWS } = KJUR.jws
export const check = (token: string) => JWS.verifyJWT(token, key, { alg: ['RS256'], verifyAt: 1_600_000_000 })`,
      errors: [
        {
          messageId: 'clockPinned',
          data: { api: verifyJwt, option: 'verifyAt' },
          line: 3, column: 85, endLine: 3, endColumn: 108,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'verifyAt' },
              output: `import { KJUR } from 'jsrsasign'
const { JWS } = KJUR.jws
export const check = (token: string) => JWS.verifyJWT(token, key, { alg: ['RS256'] })`,
            },
          ],
        },
      ],
    },
    {
      name: 'above a configured limit',
      options: [{ maxClockToleranceSeconds: 30 }],
      code: `import { KJUR } from 'jsrsasign'
export const check = (token: string) => KJUR.jws.JWS.verifyJWT(token, key, { alg: ['RS256'], gracePeriod: 60 })`,
      errors: [
        {
          messageId: 'clockToleranceTooLarge',
          data: { api: verifyJwt, option: 'gracePeriod', seconds: '60', limit: '30' },
          line: 2, column: 94, endLine: 2, endColumn: 109,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'gracePeriod' },
              output: `import { KJUR } from 'jsrsasign'
export const check = (token: string) => KJUR.jws.JWS.verifyJWT(token, key, { alg: ['RS256'] })`,
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
      name: 'CommonJS require',
      code: `const { KJUR } = require('jsrsasign')
module.exports = (token) => KJUR.jws.JWS.verifyJWT(token, key, { alg: ['RS256'], gracePeriod: 7200 })`,
      errors: [
        {
          messageId: 'clockToleranceTooLarge',
          data: { api: verifyJwt, option: 'gracePeriod', seconds: '7200', limit: '300' },
          line: 2, column: 82, endLine: 2, endColumn: 99,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'gracePeriod' },
              output: `const { KJUR } = require('jsrsasign')
module.exports = (token) => KJUR.jws.JWS.verifyJWT(token, key, { alg: ['RS256'] })`,
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
      name: 'the result checked before going on',
      code: `import { KJUR } from 'jsrsasign'
export function authenticate(req, res, next) {
  if (!KJUR.jws.JWS.verifyJWT(req.token, key, { alg: ['RS256'], aud: ['api'], iss: ['me'] })) return res.status(401).end()
  next()
}`,
    },
    {
      name: 'the result stored and checked',
      code: `import { KJUR } from 'jsrsasign'
export function check(token: string) {
  const valid = KJUR.jws.JWS.verify(token, key, ['RS256'])
  if (!valid) throw new Error('invalid token')
  return KJUR.jws.JWS.parse(token).payloadObj
}`,
    },
    {
      name: 'the result returned',
      code: `import * as rs from 'jsrsasign'
export const isValid = (token: string) => rs.KJUR.jws.JWS.verify(token, key, ['ES256'])`,
    },
    {
      name: 'the result asserted',
      code: `import assert from 'node:assert'
import { KJUR } from 'jsrsasign'
export function check(token: string) {
  assert(KJUR.jws.JWS.verifyJWT(token, key, { alg: ['RS256'] }))
}`,
    },
    {
      name: 'a local verifyJWT whose result is ignored',
      code: `const JWS = { verifyJWT: (token: string) => token.length > 0 }
JWS.verifyJWT('t')`,
    },
    {
      name: 'parse is not a verification',
      code: `import { KJUR } from 'jsrsasign'
export function log(token: string) {
  KJUR.jws.JWS.parse(token)
}`,
    },
  ],
  invalid: [
    {
      name: 'verifyJWT called for its side effects',
      code: `import { KJUR } from 'jsrsasign'
export function authenticate(req, res, next) {
  KJUR.jws.JWS.verifyJWT(req.token, key, { alg: ['RS256'], aud: ['api'], iss: ['me'] })
  next()
}`,
      errors: [
        {
          messageId: 'unusedVerifyResult',
          data: { api: verifyJwt },
          line: 3, column: 3, endLine: 3, endColumn: 88,
        },
      ],
    },
    {
      name: 'verify inside a try, as if it threw',
      code: `import { KJUR } from 'jsrsasign'
export function authenticate(req, res, next) {
  try {
    KJUR.jws.JWS.verify(req.token, key, ['RS256'])
  } catch {
    return res.status(401).end()
  }
  next()
}`,
      errors: [
        {
          messageId: 'unusedVerifyResult',
          data: { api: verifyJws },
          line: 4, column: 5, endLine: 4, endColumn: 51,
        },
      ],
    },
    {
      name: 'a namespace import',
      code: `import * as rs from 'jsrsasign'
export function check(token: string) {
  rs.KJUR.jws.JWS.verify(token, key, ['ES256'])
  return rs.KJUR.jws.JWS.parse(token).payloadObj
}`,
      errors: [
        {
          messageId: 'unusedVerifyResult',
          data: { api: verifyJws },
          line: 3, column: 3, endLine: 3, endColumn: 48,
        },
      ],
    },
    {
      name: 'a default import',
      code: `import jsrsasign from 'jsrsasign'
export function check(token: string) {
  jsrsasign.KJUR.jws.JWS.verifyJWT(token, key, { alg: ['HS256'] })
}`,
      errors: [
        {
          messageId: 'unusedVerifyResult',
          data: { api: verifyJwt },
          line: 3, column: 3, endLine: 3, endColumn: 67,
        },
      ],
    },
    {
      name: 'through an alias',
      code: `import { KJUR } from 'jsrsasign'
const JWS = KJUR.jws.JWS
export function check(token: string) {
  JWS.verify(token, key, ['RS256'])
}`,
      errors: [
        {
          messageId: 'unusedVerifyResult',
          data: { api: verifyJws },
          line: 4, column: 3, endLine: 4, endColumn: 36,
        },
      ],
    },
    {
      name: 'await import',
      code: `const { KJUR } = await import('jsrsasign')
KJUR.jws.JWS.verifyJWT(token, key, { alg: ['RS256'] })`,
      errors: [
        {
          messageId: 'unusedVerifyResult',
          data: { api: verifyJwt },
          line: 2, column: 1, endLine: 2, endColumn: 55,
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
      name: 'CommonJS require',
      code: `const { KJUR } = require('jsrsasign')
module.exports = (req, res, next) => {
  KJUR.jws.JWS.verify(req.token, key, ['RS256'])
  next()
}`,
      errors: [
        {
          messageId: 'unusedVerifyResult',
          data: { api: verifyJws },
          line: 3, column: 3, endLine: 3, endColumn: 49,
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
      code: `import { KJUR } from 'jsrsasign'
export const kid = (token: string) => KJUR.jws.JWS.parse(token).headerObj.kid`,
    },
    {
      name: 'only the expiry read',
      filename: 'server/session.ts',
      code: `import { KJUR } from 'jsrsasign'
export const expiresAt = (token: string) => KJUR.jws.JWS.parse(token).payloadObj.exp * 1000`,
    },
    {
      name: 'parsed after a verifyJWT that throws when false',
      filename: 'server/auth.ts',
      code: `import { KJUR } from 'jsrsasign'
export function claims(token: string) {
  const { payloadObj } = KJUR.jws.JWS.parse(token)
  if (!KJUR.jws.JWS.verifyJWT(token, keys[payloadObj.iss], { alg: ['RS256'], iss: [payloadObj.iss] })) throw new Error('invalid')
  return payloadObj
}`,
    },
    {
      name: 'a browser component',
      filename: 'src/components/Badge.tsx',
      code: `import { useMemo } from 'react'
import { KJUR } from 'jsrsasign'
export function Badge({ token }: { token: string }) {
  return useMemo(() => KJUR.jws.JWS.parse(token).payloadObj.name, [token])
}`,
    },
    {
      name: 'a local parse',
      filename: 'server/auth.ts',
      code: `const JWS = { parse: (token: string) => ({ payloadObj: JSON.parse(token) }) }
export const role = (token: string) => JWS.parse(token).payloadObj.role`,
    },
    {
      name: 'the pretty-printed text only logged',
      filename: 'server/debug.ts',
      code: `import { KJUR } from 'jsrsasign'
export function logToken(token: string) {
  console.log(KJUR.jws.JWS.parse(token).payloadPP)
}`,
    },
  ],
  invalid: [
    {
      name: 'a claim read from payloadObj',
      filename: 'server/auth.ts',
      code: `import { KJUR } from 'jsrsasign'
export const isAdmin = (token: string) => KJUR.jws.JWS.parse(token).payloadObj.role === 'admin'`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: parse, claim: '`role`', verify: verifyHint },
          line: 2, column: 43, endLine: 2, endColumn: 68,
        },
      ],
    },
    {
      name: 'a destructured payloadObj',
      filename: 'server/auth.ts',
      code: `import { KJUR } from 'jsrsasign'
export function userId(token: string) {
  const { payloadObj } = KJUR.jws.JWS.parse(token)
  return payloadObj.sub
}`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: parse, claim: '`sub`', verify: verifyHint },
          line: 3, column: 26, endLine: 3, endColumn: 51,
        },
      ],
    },
    {
      name: 'a renamed payloadObj',
      filename: 'server/auth.ts',
      code: `import * as rs from 'jsrsasign'
export function tenant(token: string) {
  const { payloadObj: claims } = rs.KJUR.jws.JWS.parse(token)
  return claims.tenant
}`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: parse, claim: '`tenant`', verify: verifyHint },
          line: 3, column: 34, endLine: 3, endColumn: 62,
        },
      ],
    },
    {
      name: 'the whole payload stored on the request',
      filename: 'server/middleware.ts',
      code: `import { KJUR } from 'jsrsasign'
export function attach(req, res, next) {
  req.user = KJUR.jws.JWS.parse(req.token).payloadObj
  next()
}`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: parse, claim: 'the whole payload', verify: verifyHint },
          line: 3, column: 14, endLine: 3, endColumn: 43,
        },
      ],
    },
    {
      name: 'through an alias',
      filename: 'server/auth.ts',
      code: `import jsrsasign from 'jsrsasign'
const JWS = jsrsasign.KJUR.jws.JWS
export const email = (token: string) => JWS.parse(token).payloadObj.email`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: parse, claim: '`email`', verify: verifyHint },
          line: 3, column: 41, endLine: 3, endColumn: 57,
        },
      ],
    },
    {
      name: 'await import',
      filename: 'server/auth.ts',
      code: `const { KJUR } = await import('jsrsasign')
export const scope = (token: string) => KJUR.jws.JWS.parse(token).payloadObj.scope`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: parse, claim: '`scope`', verify: verifyHint },
          line: 2, column: 41, endLine: 2, endColumn: 66,
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
      name: 'CommonJS require',
      filename: 'server/auth.js',
      code: `const { KJUR } = require('jsrsasign')
module.exports = (token) => KJUR.jws.JWS.parse(token).payloadObj.permissions`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: parse, claim: '`permissions`', verify: verifyHint },
          line: 2, column: 29, endLine: 2, endColumn: 54,
        },
      ],
    },
  ],
})
