import rule from '../../src/rules/no-mixed-algorithm-families.js'
import { assertionOptions, cjsRuleTester, ruleTester } from '../rule-tester.js'

const verifyApi = 'jsonwebtoken.verify'

ruleTester.run(rule.name, rule, {
  assertionOptions,
  valid: [
    {
      name: 'asymmetric algorithms of different kinds are one family',
      code: `
import jwt from 'jsonwebtoken'
jwt.verify(token, publicKey, { algorithms: ['RS256', 'ES256'] })
jwt.verify(token, publicKey, { algorithms: ['RS256', 'PS256', 'ES384', 'EdDSA'] })
`,
    },
    {
      name: 'HMAC only',
      code: `
import { verify } from 'jsonwebtoken'
verify(token, secret, { algorithms: ['HS256', 'HS384', 'HS512'] })
`,
    },
    {
      name: 'a conditional allow-list whose branches are each one family',
      code: `
import jwt from 'jsonwebtoken'
jwt.verify(token, key, { algorithms: isProd ? ['RS256'] : ['HS256'] })
`,
    },
    {
      name: 'conditional options whose branches are each one family',
      code: `
import jwt from 'jsonwebtoken'
const options = useJwks ? { algorithms: ['RS256', 'ES256'] } : { algorithms: ['HS256'] }
jwt.verify(token, key, options)
`,
    },
    {
      name: 'two calls, each with its own family',
      code: `
import * as jwt from 'jsonwebtoken'
jwt.verify(idToken, publicKey, { algorithms: ['RS256'] })
jwt.verify(sessionToken, sessionSecret, { algorithms: ['HS256'] })
`,
    },
    {
      name: 'a list completed from another module',
      code: `
import jwt from 'jsonwebtoken'
import { EXTRA_ALGORITHMS } from './config'
jwt.verify(token, secret, { algorithms: ['HS256', ...EXTRA_ALGORITHMS] })
`,
    },
    {
      name: 'options spread in from another module',
      code: `
import jwt from 'jsonwebtoken'
import { baseOptions } from './config'
jwt.verify(token, key, { ...baseOptions })
`,
    },
    {
      name: 'an options constant changed after its declaration',
      code: `
import jwt from 'jsonwebtoken'
const options = { algorithms: ['HS256', 'RS256'] }
options.algorithms = ['RS256']
jwt.verify(token, publicKey, options)
`,
    },
    {
      name: 'an allow-list array changed after its declaration',
      code: `
import jwt from 'jsonwebtoken'
const algorithms = ['RS256', 'HS256']
algorithms.pop()
jwt.verify(token, publicKey, { algorithms })
`,
    },
    {
      name: 'a mixed list passed to something that is not a JWT verify',
      code: `
import jwt from 'jsonwebtoken'
configure({ algorithms: ['HS256', 'RS256'], display: 'none' })
function verify(token: string, options: object) {}
verify(token, { algorithms: ['HS256', 'RS256'] })
jwt.decode(token, { complete: true })
`,
    },
    {
      name: 'none and unknown names are not a second family',
      code: `
import jwt from 'jsonwebtoken'
jwt.verify(token, key, { algorithms: ['RS256', 'none', 'XYZ'] })
`,
    },
    {
      name: 'jose with one family',
      code: `
import { jwtVerify } from 'jose'
await jwtVerify(token, JWKS, { algorithms: ['ES256', 'EdDSA'] })
await jwtVerify(token, secret)
`,
    },
    {
      name: 'a reassigned let',
      code: `
import jwt from 'jsonwebtoken'
let algorithms = ['HS256', 'RS256']
algorithms = ['RS256']
jwt.verify(token, publicKey, { algorithms })
`,
    },
  ],
  invalid: [
    {
      name: 'an inline mixed list (ESM default import)',
      code: `
import jwt from 'jsonwebtoken'
jwt.verify(token, key, { algorithms: ['HS256', 'RS256'] })
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: verifyApi, option: 'algorithms', hmac: '`HS256`', asymmetric: '`RS256`' },
          line: 3,
          column: 38,
          endLine: 3,
          endColumn: 56,
        },
      ],
    },
    {
      name: 'a mixed constant, each name listed once (named import)',
      code: `
import { verify } from 'jsonwebtoken'
const ALGORITHMS = ['HS256', 'RS256', 'ES256', 'HS512', 'RS256']
verify(token, key, { algorithms: ALGORITHMS })
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: verifyApi, option: 'algorithms', hmac: '`HS256`, `HS512`', asymmetric: '`RS256`, `ES256`' },
          line: 4,
          column: 34,
          endLine: 4,
          endColumn: 44,
        },
      ],
    },
    {
      name: 'spreads of two single-family constants',
      code: `
import * as jwt from 'jsonwebtoken'
const HMAC = ['HS256']
const RSA = ['RS256', 'PS256']
jwt.verify(token, key, { algorithms: [...HMAC, ...RSA] })
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: verifyApi, option: 'algorithms', hmac: '`HS256`', asymmetric: '`RS256`, `PS256`' },
          line: 5,
          column: 38,
          endLine: 5,
          endColumn: 55,
        },
      ],
    },
    {
      name: 'shared options constant is reported once',
      code: `
import jwt from 'jsonwebtoken'
const options = { algorithms: ['HS256', 'RS256'] }
jwt.verify(accessToken, key, options)
jwt.verify(refreshToken, key, options)
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: verifyApi, option: 'algorithms', hmac: '`HS256`', asymmetric: '`RS256`' },
          line: 3,
          column: 31,
          endLine: 3,
          endColumn: 49,
        },
      ],
    },
    {
      name: 'a conditional with one mixed branch',
      code: `
import jwt from 'jsonwebtoken'
jwt.verify(token, key, { algorithms: migrating ? ['RS256', 'HS256'] : ['RS256'] })
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: verifyApi, option: 'algorithms', hmac: '`HS256`', asymmetric: '`RS256`' },
          line: 3,
          column: 38,
          endLine: 3,
          endColumn: 80,
        },
      ],
    },
    {
      name: 'a type assertion around the list (TS import = require)',
      code: `
import jwt = require('jsonwebtoken')
jwt.verify(token, key, { algorithms: ['RS256', 'HS256'] as jwt.Algorithm[] })
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: verifyApi, option: 'algorithms', hmac: '`HS256`', asymmetric: '`RS256`' },
          line: 3,
          column: 38,
          endLine: 3,
          endColumn: 75,
        },
      ],
    },
    {
      name: 'a list read from a nested config constant',
      code: `
import jwt from 'jsonwebtoken'
const config = { jwt: { algorithms: ['ES256', 'HS256'] as const } }
jwt.verify(token, key, config.jwt)
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: verifyApi, option: 'algorithms', hmac: '`HS256`', asymmetric: '`ES256`' },
          line: 3,
          column: 37,
          endLine: 3,
          endColumn: 64,
        },
      ],
    },
    {
      name: 'the default export of a dynamic import',
      code: `
const jwt = (await import('jsonwebtoken')).default
jwt.verify(token, key, { algorithms: ['HS512', 'PS512'] })
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: verifyApi, option: 'algorithms', hmac: '`HS512`', asymmetric: '`PS512`' },
          line: 3,
          column: 38,
          endLine: 3,
          endColumn: 56,
        },
      ],
    },
    {
      name: 'jose jwtVerify (namespace import)',
      code: `
import * as jose from 'jose'
await jose.jwtVerify(token, getKey, { algorithms: ['HS256', 'ES256'] })
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: 'jose.jwtVerify', option: 'algorithms', hmac: '`HS256`', asymmetric: '`ES256`' },
          line: 3,
          column: 51,
          endLine: 3,
          endColumn: 69,
        },
      ],
    },
    {
      name: 'jose jwtVerify from await import',
      code: `
const { jwtVerify } = await import('jose')
await jwtVerify(token, getKey, { algorithms: ['EdDSA', 'HS384'] })
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: 'jose.jwtVerify', option: 'algorithms', hmac: '`HS384`', asymmetric: '`EdDSA`' },
          line: 3,
          column: 46,
          endLine: 3,
          endColumn: 64,
        },
      ],
    },
    {
      name: 'import().then callback',
      code: `
import('jsonwebtoken').then((jwt) => jwt.verify(token, key, { algorithms: ['HS256', 'ES256'] }))
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: verifyApi, option: 'algorithms', hmac: '`HS256`', asymmetric: '`ES256`' },
          line: 2,
          column: 75,
          endLine: 2,
          endColumn: 93,
        },
      ],
    },
  ],
})

cjsRuleTester.run(rule.name, rule, {
  assertionOptions,
  valid: [
    {
      name: 'CommonJS: one family',
      code: `
const jwt = require('jsonwebtoken')
jwt.verify(token, publicKey, { algorithms: ['RS256', 'RS512'] })
`,
    },
    {
      name: 'jwt-simple with a single positional algorithm',
      code: `
const jwt = require('jwt-simple')
jwt.decode(token, secret, false, 'HS256')
`,
    },
  ],
  invalid: [
    {
      name: 'CommonJS require',
      code: `
const jwt = require('jsonwebtoken')
jwt.verify(token, key, { algorithms: ['RS256', 'HS256'] }, (err, payload) => {})
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: verifyApi, option: 'algorithms', hmac: '`HS256`', asymmetric: '`RS256`' },
          line: 3,
          column: 38,
          endLine: 3,
          endColumn: 56,
        },
      ],
    },
    {
      name: 'CommonJS destructured require with Array.concat',
      code: `
const { verify } = require('jsonwebtoken')
verify(token, key, { algorithms: ['HS256'].concat(['RS256']) })
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: verifyApi, option: 'algorithms', hmac: '`HS256`', asymmetric: '`RS256`' },
          line: 3,
          column: 34,
          endLine: 3,
          endColumn: 61,
        },
      ],
    },
    {
      name: 'require(...).verify',
      code: `
require('jsonwebtoken').verify(token, key, { algorithms: ['HS256', 'ES256'] })
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: verifyApi, option: 'algorithms', hmac: '`HS256`', asymmetric: '`ES256`' },
          line: 2,
          column: 58,
          endLine: 2,
          endColumn: 76,
        },
      ],
    },
    {
      name: 'jose v2 JWT.verify',
      code: `
const { JWT } = require('jose')
JWT.verify(token, key, { algorithms: ['PS256', 'HS512'] })
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: 'jose.JWT.verify', option: 'algorithms', hmac: '`HS512`', asymmetric: '`PS256`' },
          line: 3,
          column: 38,
          endLine: 3,
          endColumn: 56,
        },
      ],
    },
  ],
})
