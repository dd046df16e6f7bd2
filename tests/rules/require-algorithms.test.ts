import rule from '../../src/rules/require-algorithms.js'
import { assertionOptions, cjsRuleTester, ruleTester } from '../rule-tester.js'

const verifyApi = 'jsonwebtoken.verify'
const jsonwebtokenHistory =
  ' In jsonwebtoken 8 and earlier that includes `none` with a falsy key and HMAC keyed with a public key (CVE-2022-23540, CVE-2022-23541); 9 still accepts every algorithm of the key type.'
const missing = { api: verifyApi, option: 'algorithms', history: jsonwebtokenHistory }
const strict = [{ checkKeyInferredAlgorithms: true }] as const

ruleTester.run(rule.name, rule, {
  assertionOptions,
  valid: [
    {
      name: 'an inline allow-list',
      code: `
import jwt from 'jsonwebtoken'
jwt.verify(token, publicKey, { algorithms: ['RS256'], audience: 'api' })
`,
    },
    {
      name: 'a local function named verify',
      code: `
import jwt from 'jsonwebtoken'
function verify(token: string, key: string) {}
verify(token, key)
jwt.sign(payload, secret)
`,
    },
    {
      name: 'decode and sign are not verification',
      code: `
import * as jwt from 'jsonwebtoken'
const { header } = jwt.decode(token, { complete: true })!
jwt.sign(payload, privateKey, { algorithm: 'RS256' })
`,
    },
    {
      name: 'options spread in from another module',
      code: `
import jwt from 'jsonwebtoken'
import { baseOptions } from './config'
jwt.verify(token, key, { ...baseOptions, audience: 'api' })
`,
    },
    {
      name: 'options imported from another module',
      code: `
import { verify } from 'jsonwebtoken'
import { verifyOptions } from './config'
verify(token, key, verifyOptions)
`,
    },
    {
      name: 'an options constant completed after its declaration',
      code: `
import jwt from 'jsonwebtoken'
const options = { audience: 'api' }
options.algorithms = ['RS256']
jwt.verify(token, publicKey, options)
`,
    },
    {
      name: 'a nested options object completed after its declaration',
      code: `
import jwt from 'jsonwebtoken'
const config = { jwt: { audience: 'api' } }
config.jwt.algorithms = ['RS256']
jwt.verify(token, publicKey, config.jwt)
`,
    },
    {
      name: 'an options constant completed with Object.assign',
      code: `
import jwt from 'jsonwebtoken'
const options = { audience: 'api' }
Object.assign(options, { algorithms: ['HS256'] })
jwt.verify(token, secret, options)
`,
    },
    {
      name: 'conditional options that both pin algorithms',
      code: `
import jwt from 'jsonwebtoken'
jwt.verify(token, key, isProd ? { algorithms: ['RS256'] } : { algorithms: ['HS256'] })
`,
    },
    {
      name: 'an allow-list computed elsewhere',
      code: `
import jwt from 'jsonwebtoken'
jwt.verify(token, key, { algorithms: allowedAlgorithms(issuer) })
`,
    },
    {
      name: 'arguments spread in',
      code: `
import jwt from 'jsonwebtoken'
jwt.verify(...args)
`,
    },
    {
      name: 'jose v4-v6 without algorithms under default options',
      code: `
import { jwtVerify } from 'jose'
import * as jose from 'jose'
await jwtVerify(token, key, { issuer, audience })
await jose.jwtVerify(token, JWKS)
`,
    },
    {
      name: 'jose with algorithms under checkKeyInferredAlgorithms',
      code: `
import { jwtVerify } from 'jose'
await jwtVerify(token, JWKS, { algorithms: ['ES256'], issuer })
`,
      options: strict,
    },
    {
      name: 'a parameter that shadows the import',
      code: `
import jwt from 'jsonwebtoken'
export function check(jwt: { verify: Function }) {
  return jwt.verify(token, key)
}
`,
    },
  ],
  invalid: [
    {
      name: 'no options at all (ESM default import): both suggestions',
      code: `
import jwt from 'jsonwebtoken'
jwt.verify(token, key)
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: missing,
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 11,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `
import jwt from 'jsonwebtoken'
jwt.verify(token, key, { algorithms: ['HS256'] })
`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `
import jwt from 'jsonwebtoken'
jwt.verify(token, key, { algorithms: ['RS256'] })
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a public key and a callback (named import): RS256 only, before the callback',
      code: `
import { verify } from 'jsonwebtoken'
verify(token, publicKey, (err, payload) => {})
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: missing,
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 7,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `
import { verify } from 'jsonwebtoken'
verify(token, publicKey, { algorithms: ['RS256'] }, (err, payload) => {})
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a secret and inline options (namespace import): HS256 only, added to the object',
      code: `
import * as jwt from 'jsonwebtoken'
jwt.verify(token, process.env.JWT_SECRET, { audience: 'api' })
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: missing,
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 11,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `
import * as jwt from 'jsonwebtoken'
jwt.verify(token, process.env.JWT_SECRET, { audience: 'api', algorithms: ['HS256'] })
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a key name that suggests both families, multi-line options with a trailing comma',
      code: `
import jwt from 'jsonwebtoken'
jwt.verify(token, secretOrPublicKey, {
  issuer: 'https://issuer.example',
})
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: missing,
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 11,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `
import jwt from 'jsonwebtoken'
jwt.verify(token, secretOrPublicKey, {
  issuer: 'https://issuer.example', algorithms: ['HS256'],
})
`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `
import jwt from 'jsonwebtoken'
jwt.verify(token, secretOrPublicKey, {
  issuer: 'https://issuer.example', algorithms: ['RS256'],
})
`,
            },
          ],
        },
      ],
    },
    {
      name: 'algorithms set to undefined: the property is replaced, not duplicated',
      code: `
import jwt from 'jsonwebtoken'
jwt.verify(token, hmacSecret, { algorithms: undefined, audience })
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: missing,
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 11,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `
import jwt from 'jsonwebtoken'
jwt.verify(token, hmacSecret, { algorithms: ['HS256'], audience })
`,
            },
          ],
        },
      ],
    },
    {
      name: 'an options constant without algorithms: no suggestion that would edit shared options',
      code: `
import jwt from 'jsonwebtoken'
const options = { audience: 'api', issuer }
jwt.verify(token, key, options)
`,
      errors: [{ messageId: 'missingAlgorithms', data: missing, line: 4, column: 1, endLine: 4, endColumn: 11, suggestions: [] }],
    },
    {
      name: 'a known base spread into inline options',
      code: `
import jwt from 'jsonwebtoken'
const base = { audience: 'api' }
jwt.verify(token, publicKeyPem, { ...base })
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: missing,
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 11,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `
import jwt from 'jsonwebtoken'
const base = { audience: 'api' }
jwt.verify(token, publicKeyPem, { ...base, algorithms: ['RS256'] })
`,
            },
          ],
        },
      ],
    },
    {
      name: 'destructured await import',
      code: `
const { verify } = await import('jsonwebtoken')
verify(token, secret)
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: missing,
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 7,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `
const { verify } = await import('jsonwebtoken')
verify(token, secret, { algorithms: ['HS256'] })
`,
            },
          ],
        },
      ],
    },
    {
      name: 'the default export of a dynamic import',
      code: `
const jwt = (await import('jsonwebtoken')).default
jwt.verify(token, certificate)
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: missing,
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 11,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `
const jwt = (await import('jsonwebtoken')).default
jwt.verify(token, certificate, { algorithms: ['RS256'] })
`,
            },
          ],
        },
      ],
    },
    {
      name: 'TS import = require, options null: no suggestion',
      code: `
import jwt = require('jsonwebtoken')
jwt.verify(token, key, null, (err, payload) => {})
`,
      errors: [{ messageId: 'missingAlgorithms', data: missing, line: 3, column: 1, endLine: 3, endColumn: 11, suggestions: [] }],
    },
    {
      name: 'jose jwtVerify under checkKeyInferredAlgorithms (named import)',
      code: `
import { jwtVerify } from 'jose'
const { payload } = await jwtVerify(token, secret, { issuer: 'https://issuer.example' })
`,
      options: strict,
      errors: [
        {
          messageId: 'missingAlgorithmsKeyInferred',
          data: { api: 'jose.jwtVerify', option: 'algorithms' },
          line: 3,
          column: 27,
          endLine: 3,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `
import { jwtVerify } from 'jose'
const { payload } = await jwtVerify(token, secret, { issuer: 'https://issuer.example', algorithms: ['HS256'] })
`,
            },
          ],
        },
      ],
    },
    {
      name: 'jose namespace import and a JWKS resolver under checkKeyInferredAlgorithms',
      code: `
import * as jose from 'jose'
await jose.jwtVerify(token, JWKS)
`,
      options: strict,
      errors: [
        {
          messageId: 'missingAlgorithmsKeyInferred',
          data: { api: 'jose.jwtVerify', option: 'algorithms' },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `
import * as jose from 'jose'
await jose.jwtVerify(token, JWKS, { algorithms: ['RS256'] })
`,
            },
          ],
        },
      ],
    },
    {
      name: 'jose subpath import under checkKeyInferredAlgorithms, with algorithms set to undefined in a shorthand',
      code: `
import { jwtVerify } from 'jose/jwt/verify'
const algorithms = undefined
await jwtVerify(token, key, { algorithms })
`,
      options: strict,
      errors: [
        {
          messageId: 'missingAlgorithmsKeyInferred',
          data: { api: 'jose.jwtVerify', option: 'algorithms' },
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `
import { jwtVerify } from 'jose/jwt/verify'
const algorithms = undefined
await jwtVerify(token, key, { algorithms: ['HS256'] })
`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `
import { jwtVerify } from 'jose/jwt/verify'
const algorithms = undefined
await jwtVerify(token, key, { algorithms: ['RS256'] })
`,
            },
          ],
        },
      ],
    },
    {
      name: 'import().then with a destructured parameter',
      code: `
import('jsonwebtoken').then(({ verify }) => verify(token, sharedSecret, { issuer }))
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: missing,
          line: 2,
          column: 45,
          endLine: 2,
          endColumn: 51,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `
import('jsonwebtoken').then(({ verify }) => verify(token, sharedSecret, { issuer, algorithms: ['HS256'] }))
`,
            },
          ],
        },
      ],
    },
  ],
})

cjsRuleTester.run(rule.name, rule, {
  assertionOptions,
  valid: [
    {
      name: 'CommonJS: allow-list in a shorthand property',
      code: `
const jwt = require('jsonwebtoken')
function check(token, algorithms) {
  return jwt.verify(token, key, { algorithms })
}
`,
    },
    {
      name: 'jwt-simple with the positional algorithm, and a noVerify decode',
      code: `
const jwt = require('jwt-simple')
jwt.decode(token, secret, false, 'HS256')
jwt.decode(token, secret, true)
`,
    },
    {
      name: 'jose v2 under default options',
      code: `
const { JWT } = require('jose')
JWT.verify(token, key, { issuer })
`,
    },
  ],
  invalid: [
    {
      name: 'CommonJS require with a callback and no options',
      code: `
const jwt = require('jsonwebtoken')
jwt.verify(token, secret, function (err, payload) {})
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: missing,
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 11,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `
const jwt = require('jsonwebtoken')
jwt.verify(token, secret, { algorithms: ['HS256'] }, function (err, payload) {})
`,
            },
          ],
        },
      ],
    },
    {
      name: 'CommonJS destructured require with an empty options object',
      code: `
const { verify } = require('jsonwebtoken')
verify(token, rsaPublicKey, {})
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: missing,
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 7,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `
const { verify } = require('jsonwebtoken')
verify(token, rsaPublicKey, { algorithms: ['RS256'] })
`,
            },
          ],
        },
      ],
    },
    {
      name: 'require(...).verify',
      code: `
module.exports = (token) => require('jsonwebtoken').verify(token, key, { issuer })
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: missing,
          line: 2,
          column: 29,
          endLine: 2,
          endColumn: 59,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `
module.exports = (token) => require('jsonwebtoken').verify(token, key, { issuer, algorithms: ['HS256'] })
`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `
module.exports = (token) => require('jsonwebtoken').verify(token, key, { issuer, algorithms: ['RS256'] })
`,
            },
          ],
        },
      ],
    },
    {
      name: 'jwt-simple without the positional algorithm',
      code: `
const jwt = require('jwt-simple')
jwt.decode(token, secret)
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { api: 'jwt-simple.decode', option: 'algorithm argument', history: '' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 11,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `
const jwt = require('jwt-simple')
jwt.decode(token, secret, false, 'HS256')
`,
            },
          ],
        },
      ],
    },
    {
      name: 'jwt-simple with noVerify false and a certificate key',
      code: `
const { decode } = require('jwt-simple')
decode(token, certPem, false)
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { api: 'jwt-simple.decode', option: 'algorithm argument', history: '' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 7,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `
const { decode } = require('jwt-simple')
decode(token, certPem, false, 'RS256')
`,
            },
          ],
        },
      ],
    },
    {
      name: 'jose v2 JWT.verify under checkKeyInferredAlgorithms',
      code: `
const { JWT } = require('jose')
JWT.verify(token, key)
`,
      options: strict,
      errors: [
        {
          messageId: 'missingAlgorithmsKeyInferred',
          data: { api: 'jose.JWT.verify', option: 'algorithms' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 11,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `
const { JWT } = require('jose')
JWT.verify(token, key, { algorithms: ['HS256'] })
`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `
const { JWT } = require('jose')
JWT.verify(token, key, { algorithms: ['RS256'] })
`,
            },
          ],
        },
      ],
    },
  ],
})
