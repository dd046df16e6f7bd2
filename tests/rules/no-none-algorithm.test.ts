import rule from '../../src/rules/no-none-algorithm.js'
import { assertionOptions, cjsRuleTester, ruleTester } from '../rule-tester.js'

const verifyApi = 'jsonwebtoken.verify'

ruleTester.run(rule.name, rule, {
  assertionOptions,
  valid: [
    {
      name: 'jwt-simple refuses none, so naming it neither signs nor accepts unsigned tokens',
      code: `
const jwt = require('jwt-simple')
jwt.encode(payload, secret, 'none')
jwt.decode(token, secret, false, 'none')
`,
    },
    {
      name: 'jose 4+ never accepts none, whatever the allow-list says',
      code: `import { jwtVerify } from 'jose'; await jwtVerify(token, key, { algorithms: ['none'] })`,
    },
    {
      name: 'a header alg overrides the algorithm option when signing',
      code: `import jwt from 'jsonwebtoken'; jwt.sign(payload, secret, { algorithm: 'none', header: { alg: 'HS256' } })`,
    },
    {
      name: 'the word none in CSS and in an unrelated setter',
      code: `
import jwt from 'jsonwebtoken'
const style = { display: 'none' }
player.setAlgorithm('none')
jwt.verify(token, publicKey, { algorithms: ['RS256'] })
`,
    },
    {
      name: 'a local function named verify',
      code: `
import jwt from 'jsonwebtoken'
function verify(token: string, key: string, options: { algorithms: string[] }) {}
verify(token, '', { algorithms: ['none'] })
jwt.sign(payload, secret)
`,
    },
    {
      name: 'a parameter that shadows the import',
      code: `
import jwt from 'jsonwebtoken'
export function check(jwt: { verify: Function }) {
  return jwt.verify(token, '', { algorithms: ['none'] })
}
`,
    },
    {
      name: 'a header check that rejects none',
      code: `
import jwt from 'jsonwebtoken'
const { header } = jwt.decode(token, { complete: true })!
if (header.alg === 'none') throw new Error('alg none is not allowed')
jwt.verify(token, secret, { algorithms: ['HS256'] })
`,
    },
    {
      name: 'a falsy key with an allow-list that excludes none',
      code: `
import { verify } from 'jsonwebtoken'
verify(token, '', { algorithms: ['RS256', 'ES256'] })
verify(token, null, { algorithms: ['HS256'] }, (err, payload) => {})
`,
    },
    {
      name: 'a falsy key with options spread in from elsewhere',
      code: `
import jwt from 'jsonwebtoken'
import { baseOptions } from './config'
jwt.verify(token, '', { ...baseOptions })
`,
    },
    {
      name: 'options imported from another module',
      code: `
import jwt from 'jsonwebtoken'
import { verifyOptions } from './config'
jwt.verify(token, publicKey, verifyOptions)
`,
    },
    {
      name: 'an options constant changed after its declaration',
      code: `
import jwt from 'jsonwebtoken'
const options = { algorithms: ['none'] }
options.algorithms = ['RS256']
jwt.verify(token, publicKey, options)
`,
    },
    {
      name: 'a key that is not statically falsy',
      code: `
import * as jwt from 'jsonwebtoken'
jwt.verify(token, process.env.JWT_SECRET)
jwt.verify(token, getKey, (err, payload) => {})
`,
    },
    {
      name: 'signing with a real algorithm; none only in an unrelated header field',
      code: `
import jwt from 'jsonwebtoken'
jwt.sign(payload, privateKey, { algorithm: 'RS256', header: { kid: 'none', typ: 'JWT' } })
`,
    },
    {
      name: 'jose v4-v6 calls without none',
      code: `
import { SignJWT, jwtVerify } from 'jose'
await jwtVerify(token, key)
await new SignJWT({ sub }).setProtectedHeader({ alg: 'ES256' }).sign(privateKey)
`,
    },
    {
      name: 'a name-alike export of another package',
      code: `
import { UnsecuredJWT } from './my-jwt'
import jwt from 'jsonwebtoken'
new UnsecuredJWT({}).encode()
jwt.verify(token, key, { algorithms: ['RS256'] })
`,
    },
    {
      name: 'an allow-list from an unknown source with a falsy key',
      code: `
import jwt from 'jsonwebtoken'
import { ALGORITHMS } from './config'
jwt.verify(token, '', { algorithms: ALGORITHMS })
`,
    },
  ],
  invalid: [
    {
      name: 'none at the end of an inline allow-list (ESM default import)',
      code: `
import jwt from 'jsonwebtoken'
jwt.verify(token, publicKey, { algorithms: ['RS256', 'none'] })
`,
      errors: [
        {
          messageId: 'noneAccepted',
          data: { api: verifyApi, value: 'none', option: 'algorithms' },
          line: 3,
          column: 54,
          endLine: 3,
          endColumn: 60,
          suggestions: [
            {
              messageId: 'removeNone',
              data: { value: 'none' },
              output: `
import jwt from 'jsonwebtoken'
jwt.verify(token, publicKey, { algorithms: ['RS256'] })
`,
            },
          ],
        },
      ],
    },
    {
      name: 'none at the start of an allow-list (named import)',
      code: `
import { verify } from 'jsonwebtoken'
verify(token, secret, { algorithms: ['none', 'HS256'] })
`,
      errors: [
        {
          messageId: 'noneAccepted',
          data: { api: verifyApi, value: 'none', option: 'algorithms' },
          line: 3,
          column: 38,
          endLine: 3,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'removeNone',
              data: { value: 'none' },
              output: `
import { verify } from 'jsonwebtoken'
verify(token, secret, { algorithms: ['HS256'] })
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a lone string allow-list has no removal suggestion (namespace import)',
      code: `
import * as jwt from 'jsonwebtoken'
jwt.verify(token, key, { algorithms: 'none' as any })
`,
      errors: [
        {
          messageId: 'noneAccepted',
          data: { api: verifyApi, value: 'none', option: 'algorithms' },
          line: 3,
          column: 38,
          endLine: 3,
          endColumn: 44,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a shared allow-list constant is reported once',
      code: `
import jwt from 'jsonwebtoken'
const ALGORITHMS = ['HS256', 'none']
jwt.verify(accessToken, secret, { algorithms: ALGORITHMS })
jwt.verify(refreshToken, secret, { algorithms: ALGORITHMS })
`,
      errors: [
        {
          messageId: 'noneAccepted',
          data: { api: verifyApi, value: 'none', option: 'algorithms' },
          line: 3,
          column: 30,
          endLine: 3,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'removeNone',
              data: { value: 'none' },
              output: `
import jwt from 'jsonwebtoken'
const ALGORITHMS = ['HS256']
jwt.verify(accessToken, secret, { algorithms: ALGORITHMS })
jwt.verify(refreshToken, secret, { algorithms: ALGORITHMS })
`,
            },
          ],
        },
      ],
    },
    {
      name: 'none on one branch of a conditional (TS import = require)',
      code: `
import jwt = require('jsonwebtoken')
jwt.verify(token, key, { algorithms: allowUnsigned ? ['none'] : ['RS256'] })
`,
      errors: [
        {
          messageId: 'noneAccepted',
          data: { api: verifyApi, value: 'none', option: 'algorithms' },
          line: 3,
          column: 55,
          endLine: 3,
          endColumn: 61,
          suggestions: [
            {
              messageId: 'removeNone',
              data: { value: 'none' },
              output: `
import jwt = require('jsonwebtoken')
jwt.verify(token, key, { algorithms: allowUnsigned ? [] : ['RS256'] })
`,
            },
          ],
        },
      ],
    },
    {
      name: 'the default export of a dynamic import',
      code: `
const { default: jwt } = await import('jsonwebtoken')
jwt.verify(token, key, { algorithms: ['none'] })
`,
      errors: [
        {
          messageId: 'noneAccepted',
          data: { api: verifyApi, value: 'none', option: 'algorithms' },
          line: 3,
          column: 39,
          endLine: 3,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'removeNone',
              data: { value: 'none' },
              output: `
const { default: jwt } = await import('jsonwebtoken')
jwt.verify(token, key, { algorithms: [] })
`,
            },
          ],
        },
      ],
    },
    {
      name: 'signing with algorithm none',
      code: `
import jwt from 'jsonwebtoken'
const token = jwt.sign(payload, null, { algorithm: 'none' })
`,
      errors: [
        {
          messageId: 'noneSigned',
          data: { api: 'jsonwebtoken.sign', value: 'none', option: 'algorithm' },
          line: 3,
          column: 52,
          endLine: 3,
          endColumn: 58,
        },
      ],
    },
    {
      name: 'a header alg of none overrides the algorithm option',
      code: `
import { sign } from 'jsonwebtoken'
const ALG = 'none'
sign(payload, secret, { algorithm: 'HS256', header: { alg: ALG, typ: 'JWT' } })
`,
      errors: [
        {
          messageId: 'noneSigned',
          data: { api: 'jsonwebtoken.sign', value: 'none', option: 'header.alg' },
          line: 4,
          column: 60,
          endLine: 4,
          endColumn: 63,
        },
      ],
    },
    {
      name: 'jose UnsecuredJWT (named and namespace imports)',
      code: `
import { UnsecuredJWT } from 'jose'
import * as jose from 'jose'
const a = new UnsecuredJWT({ sub }).encode()
const b = new jose.UnsecuredJWT({ sub }).encode()
`,
      errors: [
        {
          messageId: 'unsecuredToken',
          data: { api: 'jose.UnsecuredJWT' },
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 36,
        },
        {
          messageId: 'unsecuredToken',
          data: { api: 'jose.UnsecuredJWT' },
          line: 5,
          column: 11,
          endLine: 5,
          endColumn: 41,
        },
      ],
    },
    {
      name: 'jose from await import: UnsecuredJWT',
      code: `
const { UnsecuredJWT } = await import('jose')
export const token = new UnsecuredJWT({ role: 'admin' }).encode()
`,
      errors: [
        {
          messageId: 'unsecuredToken',
          data: { api: 'jose.UnsecuredJWT' },
          line: 3,
          column: 22,
          endLine: 3,
          endColumn: 57,
        },
      ],
    },
    {
      name: 'a falsy key with no allow-list, in a callback call',
      code: `
import jwt from 'jsonwebtoken'
jwt.verify(token, undefined, (err, payload) => {})
`,
      errors: [
        {
          messageId: 'falsyKey',
          data: { api: verifyApi, key: 'undefined', library: 'jsonwebtoken' },
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 28,
        },
      ],
    },
    {
      name: 'a falsy key constant, and an allow-list set to undefined',
      code: `
import jwt from 'jsonwebtoken'
const secret = ''
jwt.verify(token, secret)
jwt.verify(token, null, { algorithms: undefined })
`,
      errors: [
        {
          messageId: 'falsyKey',
          data: { api: verifyApi, key: 'secret', library: 'jsonwebtoken' },
          line: 4,
          column: 19,
          endLine: 4,
          endColumn: 25,
        },
        {
          messageId: 'falsyKey',
          data: { api: verifyApi, key: 'null', library: 'jsonwebtoken' },
          line: 5,
          column: 19,
          endLine: 5,
          endColumn: 23,
        },
      ],
    },
    {
      name: 'a falsy key where only some paths set the allow-list',
      code: `
import jwt from 'jsonwebtoken'
jwt.verify(token, '', legacy ? {} : { algorithms: ['RS256'] })
`,
      errors: [
        {
          messageId: 'falsyKey',
          data: { api: verifyApi, key: "''", library: 'jsonwebtoken' },
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 21,
        },
      ],
    },
    {
      name: 'import().then callback',
      code: `
import('jsonwebtoken').then((jwt) => jwt.verify(token, key, { algorithms: ['HS256', 'none'] }))
`,
      errors: [
        {
          messageId: 'noneAccepted',
          data: { api: verifyApi, value: 'none', option: 'algorithms' },
          line: 2,
          column: 85,
          endLine: 2,
          endColumn: 91,
          suggestions: [
            {
              messageId: 'removeNone',
              data: { value: 'none' },
              output: `
import('jsonwebtoken').then((jwt) => jwt.verify(token, key, { algorithms: ['HS256'] }))
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
      name: 'CommonJS: a real allow-list',
      code: `
const jwt = require('jsonwebtoken')
jwt.verify(token, publicKey, { algorithms: ['RS256'] })
`,
    },
    {
      name: 'CommonJS: a parameter named require is not the real require',
      code: `
function load(require) {
  return require('jsonwebtoken').verify(token, '', { algorithms: ['none'] })
}
`,
    },
    {
      name: 'jwt-simple with a real positional algorithm, and a noVerify decode',
      code: `
const jwt = require('jwt-simple')
jwt.decode(token, secret, false, 'HS256')
jwt.encode(payload, secret, 'HS512')
jwt.decode(token, '', true)
`,
    },
    {
      name: 'jose v2 with a real key',
      code: `
const { JWT, JWK } = require('jose')
const key = JWK.asKey(publicKeyPem)
JWT.verify(token, key, { algorithms: ['RS256'] })
`,
    },
  ],
  invalid: [
    {
      name: 'CommonJS require: none with a falsy key',
      code: `
const jwt = require('jsonwebtoken')
jwt.verify(token, '', { algorithms: ['none'] })
`,
      errors: [
        {
          messageId: 'falsyKey',
          data: { api: verifyApi, key: "''", library: 'jsonwebtoken' },
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 21,
        },
        {
          messageId: 'noneAccepted',
          data: { api: verifyApi, value: 'none', option: 'algorithms' },
          line: 3,
          column: 38,
          endLine: 3,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'removeNone',
              data: { value: 'none' },
              output: `
const jwt = require('jsonwebtoken')
jwt.verify(token, '', { algorithms: [] })
`,
            },
          ],
        },
      ],
    },
    {
      name: 'CommonJS destructured require: none in a spread list',
      code: `
const { verify } = require('jsonwebtoken')
const LEGACY = ['none']
verify(token, secret, { algorithms: ['HS256', ...LEGACY] })
`,
      errors: [
        {
          messageId: 'noneAccepted',
          data: { api: verifyApi, value: 'none', option: 'algorithms' },
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'removeNone',
              data: { value: 'none' },
              output: `
const { verify } = require('jsonwebtoken')
const LEGACY = []
verify(token, secret, { algorithms: ['HS256', ...LEGACY] })
`,
            },
          ],
        },
      ],
    },
    {
      name: 'CommonJS: an omitted key is undefined',
      code: `
const jwt = require('jsonwebtoken')
const claims = jwt.verify(token)
`,
      errors: [
        {
          messageId: 'falsyKey',
          data: { api: verifyApi, key: 'undefined', library: 'jsonwebtoken' },
          line: 3,
          column: 16,
          endLine: 3,
          endColumn: 26,
        },
      ],
    },
    {
      name: 'require(...).verify with a null key',
      code: `
require('jsonwebtoken').verify(token, null)
`,
      errors: [
        {
          messageId: 'falsyKey',
          data: { api: verifyApi, key: 'null', library: 'jsonwebtoken' },
          line: 2,
          column: 39,
          endLine: 2,
          endColumn: 43,
        },
      ],
    },
    {
      name: 'jose v2: JWK.None as key and none in the allow-list',
      code: `
const { JWT, JWK } = require('jose')
JWT.verify(token, JWK.None, { algorithms: ['none'] })
`,
      errors: [
        {
          messageId: 'noneKey',
          data: { api: 'jose.JWK.None' },
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 27,
        },
        {
          messageId: 'noneAccepted',
          data: { api: 'jose.JWT.verify', value: 'none', option: 'algorithms' },
          line: 3,
          column: 44,
          endLine: 3,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'removeNone',
              data: { value: 'none' },
              output: `
const { JWT, JWK } = require('jose')
JWT.verify(token, JWK.None, { algorithms: [] })
`,
            },
          ],
        },
      ],
    },
    {
      name: 'jose v2: signing with JWK.None',
      code: `
const jose = require('jose')
const token = jose.JWT.sign(payload, jose.JWK.None, { algorithm: 'none' })
`,
      errors: [
        {
          messageId: 'noneKey',
          data: { api: 'jose.JWK.None' },
          line: 3,
          column: 38,
          endLine: 3,
          endColumn: 51,
        },
        {
          messageId: 'noneSigned',
          data: { api: 'jose.JWT.sign', value: 'none', option: 'algorithm' },
          line: 3,
          column: 66,
          endLine: 3,
          endColumn: 72,
        },
      ],
    },
  ],
})
