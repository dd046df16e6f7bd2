/**
 * koa-jwt 3 and 4: the module itself is the middleware factory (`export =`),
 * its options go to jsonwebtoken's `verify` whole, the claims land on
 * `ctx.state.user` (or `ctx.state[key]`).
 */
import noDisabledExpiry from '../../src/rules/no-disabled-expiry.js'
import noIgnoredVerifyError from '../../src/rules/no-ignored-verify-error.js'
import noMixedAlgorithmFamilies from '../../src/rules/no-mixed-algorithm-families.js'
import noNoneAlgorithm from '../../src/rules/no-none-algorithm.js'
import requireAlgorithms from '../../src/rules/require-algorithms.js'
import requireAudience from '../../src/rules/require-audience.js'
import requireIssuer from '../../src/rules/require-issuer.js'
import { assertionOptions, cjsRuleTester, ruleTester } from '../rule-tester.js'

const api = 'koa-jwt'
const history =
  ' koa-jwt 4.0.3 and earlier ran on jsonwebtoken 8, which picked the algorithms by searching the key text for a PEM header, so a key in another format could be used as an HMAC secret (CVE-2022-23541).'
const missingAlgorithms = { api, option: 'algorithms', history }
const passthrough = 'a missing or invalid token reaches the next middleware with no claims set instead of a 401'

ruleTester.run(`koa-jwt: ${requireAlgorithms.name}`, requireAlgorithms, {
  assertionOptions,
  valid: [
    {
      name: 'default import with an allow-list',
      code: `
import jwt from 'koa-jwt'
app.use(jwt({ secret: publicKey, algorithms: ['RS256'] }))
`,
    },
    {
      name: 'jwks-rsa secret loader with an allow-list',
      code: `
import koaJwt from 'koa-jwt'
import { koaJwtSecret } from 'jwks-rsa'
app.use(koaJwt({ secret: koaJwtSecret({ jwksUri: 'https://tenant.auth0.com/.well-known/jwks.json' }), algorithms: ['RS256'] }))
`,
    },
    {
      name: 'options spread in from another module',
      code: `
import jwt from 'koa-jwt'
import { jwtConfig } from './config'
app.use(jwt({ ...jwtConfig, secret }))
`,
    },
    {
      name: 'an options constant completed after its declaration',
      code: `
import jwt from 'koa-jwt'
const options = { secret }
Object.assign(options, { algorithms: ['HS256'] })
app.use(jwt(options))
`,
    },
    {
      name: 'a local middleware factory called jwt',
      code: `
const jwt = (options: { secret: string }) => async (ctx, next) => next()
app.use(jwt({ secret: 'not koa-jwt' }))
`,
    },
    {
      name: 'a project module with the same name',
      code: `
import jwt from './koa-jwt'
app.use(jwt({ secret }))
`,
    },
  ],
  invalid: [
    {
      name: 'the README setup',
      code: `
import jwt from 'koa-jwt'
app.use(jwt({ secret: 'shared-secret' }))
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: missingAlgorithms,
          line: 3, column: 9, endLine: 3, endColumn: 12,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `
import jwt from 'koa-jwt'
app.use(jwt({ secret: 'shared-secret', algorithms: ['HS256'] }))
`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `
import jwt from 'koa-jwt'
app.use(jwt({ secret: 'shared-secret', algorithms: ['RS256'] }))
`,
            },
          ],
        },
      ],
    },
    {
      name: 'with unless, on a router',
      code: `
import koaJwt from 'koa-jwt'
router.use(koaJwt({ secret: publicKey, audience: 'api' }).unless({ path: [/^\\/public/] }))
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: missingAlgorithms,
          line: 3, column: 12, endLine: 3, endColumn: 18,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `
import koaJwt from 'koa-jwt'
router.use(koaJwt({ secret: publicKey, audience: 'api', algorithms: ['HS256'] }).unless({ path: [/^\\/public/] }))
`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `
import koaJwt from 'koa-jwt'
router.use(koaJwt({ secret: publicKey, audience: 'api', algorithms: ['RS256'] }).unless({ path: [/^\\/public/] }))
`,
            },
          ],
        },
      ],
    },
    {
      name: 'TypeScript import-equals, the jwks-rsa loader',
      code: `
import jwt = require('koa-jwt')
import { koaJwtSecret } from 'jwks-rsa'
app.use(jwt({ secret: koaJwtSecret({ jwksUri }) }))
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: missingAlgorithms,
          line: 4, column: 9, endLine: 4, endColumn: 12,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `
import jwt = require('koa-jwt')
import { koaJwtSecret } from 'jwks-rsa'
app.use(jwt({ secret: koaJwtSecret({ jwksUri }), algorithms: ['HS256'] }))
`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `
import jwt = require('koa-jwt')
import { koaJwtSecret } from 'jwks-rsa'
app.use(jwt({ secret: koaJwtSecret({ jwksUri }), algorithms: ['RS256'] }))
`,
            },
          ],
        },
      ],
    },
    {
      name: 'namespace import called directly',
      code: `
import * as jwt from 'koa-jwt'
router.get('/me', jwt({ secret, algorithms: undefined }), (ctx) => { ctx.body = ctx.state.user })
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: missingAlgorithms,
          line: 3, column: 19, endLine: 3, endColumn: 22,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `
import * as jwt from 'koa-jwt'
router.get('/me', jwt({ secret, algorithms: ['HS256'] }), (ctx) => { ctx.body = ctx.state.user })
`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `
import * as jwt from 'koa-jwt'
router.get('/me', jwt({ secret, algorithms: ['RS256'] }), (ctx) => { ctx.body = ctx.state.user })
`,
            },
          ],
        },
      ],
    },
    {
      name: 'options from a constant: reported, no edit suggested',
      code: `
import jwt from 'koa-jwt'
const JWT_OPTIONS = { secret: [currentSecret, previousSecret], issuer: 'auth' }
app.use(jwt(JWT_OPTIONS))
`,
      errors: [{ messageId: 'missingAlgorithms', data: missingAlgorithms, line: 4, column: 9, endLine: 4, endColumn: 12 }],
    },
    {
      name: 'dynamic import',
      code: `
const { default: jwt } = await import('koa-jwt')
app.use(jwt({ secret }))
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: missingAlgorithms,
          line: 3, column: 9, endLine: 3, endColumn: 12,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `
const { default: jwt } = await import('koa-jwt')
app.use(jwt({ secret, algorithms: ['HS256'] }))
`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `
const { default: jwt } = await import('koa-jwt')
app.use(jwt({ secret, algorithms: ['RS256'] }))
`,
            },
          ],
        },
      ],
    },
  ],
})

cjsRuleTester.run(`koa-jwt (CommonJS): ${requireAlgorithms.name}`, requireAlgorithms, {
  assertionOptions,
  valid: [
    {
      name: 'require with an allow-list',
      code: `
const jwt = require('koa-jwt')
app.use(jwt({ secret: 'shared-secret', algorithms: ['HS256'] }))
`,
    },
  ],
  invalid: [
    {
      name: 'the README require form',
      code: `
var jwt = require('koa-jwt')
app.use(jwt({ secret: 'shared-secret' }).unless({ path: [/^\\/public/] }))
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: missingAlgorithms,
          line: 3, column: 9, endLine: 3, endColumn: 12,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `
var jwt = require('koa-jwt')
app.use(jwt({ secret: 'shared-secret', algorithms: ['HS256'] }).unless({ path: [/^\\/public/] }))
`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `
var jwt = require('koa-jwt')
app.use(jwt({ secret: 'shared-secret', algorithms: ['RS256'] }).unless({ path: [/^\\/public/] }))
`,
            },
          ],
        },
      ],
    },
    {
      name: 'require called inline',
      code: `
app.use(require('koa-jwt')({ secret, cookie: 'token' }))
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: missingAlgorithms,
          line: 2, column: 9, endLine: 2, endColumn: 27,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `
app.use(require('koa-jwt')({ secret, cookie: 'token', algorithms: ['HS256'] }))
`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `
app.use(require('koa-jwt')({ secret, cookie: 'token', algorithms: ['RS256'] }))
`,
            },
          ],
        },
      ],
    },
  ],
})

ruleTester.run(`koa-jwt: ${noNoneAlgorithm.name}`, noNoneAlgorithm, {
  assertionOptions,
  valid: [
    {
      name: 'a real allow-list',
      code: `
import jwt from 'koa-jwt'
app.use(jwt({ secret: publicKey, algorithms: ['RS256'] }))
`,
    },
    {
      name: 'no allow-list: koa-jwt refuses a falsy secret before verifying',
      code: `
import jwt from 'koa-jwt'
app.use(jwt({ secret: process.env.JWT_SECRET || '' }))
`,
    },
    {
      name: 'none as the value of another option',
      code: `
import jwt from 'koa-jwt'
app.use(jwt({ secret, algorithms: ['HS256'], cookie: 'none' }))
`,
    },
    {
      name: 'an allow-list imported from another module',
      code: `
import jwt from 'koa-jwt'
import { ALGORITHMS } from './jwt-config'
app.use(jwt({ secret, algorithms: ALGORITHMS }))
`,
    },
    {
      name: 'the same option on an unrelated object',
      code: `
import jwt from 'koa-jwt'
ctx.body = { algorithms: ['none', 'HS256'] }
app.use(jwt({ secret, algorithms: ['HS256'] }))
`,
    },
    {
      name: 'a local function with the same name',
      code: `
function jwt(options: object) { return options }
jwt({ secret, algorithms: ['none'] })
`,
    },
  ],
  invalid: [
    {
      name: 'default import',
      code: `
import jwt from 'koa-jwt'
app.use(jwt({ secret, algorithms: ['HS256', 'none'] }))
`,
      errors: [
        {
          messageId: 'noneAccepted',
          data: { api, value: 'none', option: 'algorithms' },
          line: 3, column: 45, endLine: 3, endColumn: 51,
          suggestions: [
            {
              messageId: 'removeNone',
              data: { value: 'none' },
              output: `
import jwt from 'koa-jwt'
app.use(jwt({ secret, algorithms: ['HS256'] }))
`,
            },
          ],
        },
      ],
    },
    {
      name: 'import-equals with none first',
      code: `
import koaJwt = require('koa-jwt')
app.use(koaJwt({ secret, algorithms: ['none', 'RS256'], passthrough: false }))
`,
      errors: [
        {
          messageId: 'noneAccepted',
          data: { api, value: 'none', option: 'algorithms' },
          line: 3, column: 39, endLine: 3, endColumn: 45,
          suggestions: [
            {
              messageId: 'removeNone',
              data: { value: 'none' },
              output: `
import koaJwt = require('koa-jwt')
app.use(koaJwt({ secret, algorithms: ['RS256'], passthrough: false }))
`,
            },
          ],
        },
      ],
    },
    {
      name: 'an allow-list constant',
      code: `
import jwt from 'koa-jwt'
const ALLOWED = ['none']
router.use(jwt({ secret, algorithms: ALLOWED }))
`,
      errors: [
        {
          messageId: 'noneAccepted',
          data: { api, value: 'none', option: 'algorithms' },
          line: 3, column: 18, endLine: 3, endColumn: 24,
          suggestions: [
            {
              messageId: 'removeNone',
              data: { value: 'none' },
              output: `
import jwt from 'koa-jwt'
const ALLOWED = []
router.use(jwt({ secret, algorithms: ALLOWED }))
`,
            },
          ],
        },
      ],
    },
    {
      name: 'none on a development branch',
      code: `
import jwt from 'koa-jwt'
const algorithms = process.env.NODE_ENV === 'development' ? ['none', 'HS256'] : ['HS256']
app.use(jwt({ secret, algorithms }))
`,
      errors: [
        {
          messageId: 'noneAccepted',
          data: { api, value: 'none', option: 'algorithms' },
          line: 3, column: 62, endLine: 3, endColumn: 68,
          suggestions: [
            {
              messageId: 'removeNone',
              data: { value: 'none' },
              output: `
import jwt from 'koa-jwt'
const algorithms = process.env.NODE_ENV === 'development' ? ['HS256'] : ['HS256']
app.use(jwt({ secret, algorithms }))
`,
            },
          ],
        },
      ],
    },
  ],
})

cjsRuleTester.run(`koa-jwt (CommonJS): ${noNoneAlgorithm.name}`, noNoneAlgorithm, {
  assertionOptions,
  valid: [
    {
      name: 'require with a real allow-list',
      code: `
const jwt = require('koa-jwt')
app.use(jwt({ secret, algorithms: ['HS512'] }))
`,
    },
  ],
  invalid: [
    {
      name: 'require',
      code: `
const jwt = require('koa-jwt')
app.use(jwt({ secret: keys, algorithms: ['RS256', 'none'] }))
`,
      errors: [
        {
          messageId: 'noneAccepted',
          data: { api, value: 'none', option: 'algorithms' },
          line: 3, column: 51, endLine: 3, endColumn: 57,
          suggestions: [
            {
              messageId: 'removeNone',
              data: { value: 'none' },
              output: `
const jwt = require('koa-jwt')
app.use(jwt({ secret: keys, algorithms: ['RS256'] }))
`,
            },
          ],
        },
      ],
    },
    {
      name: 'require called inline',
      code: `
module.exports = require('koa-jwt')({ secret, algorithms: ['none'] })
`,
      errors: [
        {
          messageId: 'noneAccepted',
          data: { api, value: 'none', option: 'algorithms' },
          line: 2, column: 60, endLine: 2, endColumn: 66,
          suggestions: [
            {
              messageId: 'removeNone',
              data: { value: 'none' },
              output: `
module.exports = require('koa-jwt')({ secret, algorithms: [] })
`,
            },
          ],
        },
      ],
    },
  ],
})

ruleTester.run(`koa-jwt: ${noMixedAlgorithmFamilies.name}`, noMixedAlgorithmFamilies, {
  assertionOptions,
  valid: [
    {
      name: 'HMAC only, with several secrets',
      code: `
import jwt from 'koa-jwt'
app.use(jwt({ secret: [currentSecret, previousSecret], algorithms: ['HS256', 'HS384'] }))
`,
    },
    {
      name: 'asymmetric only',
      code: `
import jwt from 'koa-jwt'
app.use(jwt({ secret: koaJwtSecret({ jwksUri }), algorithms: ['RS256', 'ES256'] }))
`,
    },
    {
      name: 'one family per branch',
      code: `
import jwt from 'koa-jwt'
app.use(jwt({ secret, algorithms: jwks ? ['RS256'] : ['HS256'] }))
`,
    },
    {
      name: 'one middleware per key',
      code: `
import jwt from 'koa-jwt'
internal.use(jwt({ secret: sharedSecret, algorithms: ['HS256'] }))
api.use(jwt({ secret: publicKey, algorithms: ['RS256'] }))
`,
    },
    {
      name: 'an allow-list from another module',
      code: `
import jwt from 'koa-jwt'
import { algorithms } from './config'
app.use(jwt({ secret, algorithms }))
`,
    },
    {
      name: 'a mixed list that is not an allow-list',
      code: `
import jwt from 'koa-jwt'
const supported = ['HS256', 'RS256']
router.get('/algorithms', (ctx) => { ctx.body = { algorithms: supported } })
app.use(jwt({ secret, algorithms: ['HS256'] }))
`,
    },
  ],
  invalid: [
    {
      name: 'inline',
      code: `
import jwt from 'koa-jwt'
app.use(jwt({ secret: [sharedSecret, publicKey], algorithms: ['HS256', 'RS256'] }))
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api, option: 'algorithms', hmac: '`HS256`', asymmetric: '`RS256`' },
          line: 3, column: 62, endLine: 3, endColumn: 80,
        },
      ],
    },
    {
      name: 'through a constant, with import-equals',
      code: `
import jwt = require('koa-jwt')
const ALGORITHMS = ['ES256', 'HS256', 'HS512']
app.use(jwt({ secret, algorithms: ALGORITHMS }))
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api, option: 'algorithms', hmac: '`HS256`, `HS512`', asymmetric: '`ES256`' },
          line: 4, column: 35, endLine: 4, endColumn: 45,
        },
      ],
    },
    {
      name: 'a spread that adds an asymmetric algorithm',
      code: `
import koaJwt from 'koa-jwt'
const HMAC = ['HS256']
app.use(koaJwt({ secret, algorithms: [...HMAC, 'PS256'] }).unless({ path: ['/login'] }))
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api, option: 'algorithms', hmac: '`HS256`', asymmetric: '`PS256`' },
          line: 4, column: 38, endLine: 4, endColumn: 56,
        },
      ],
    },
    {
      name: 'an options constant',
      code: `
import jwt from 'koa-jwt'
const options = { secret, algorithms: ['RS512', 'HS256'] }
app.use(jwt(options))
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api, option: 'algorithms', hmac: '`HS256`', asymmetric: '`RS512`' },
          line: 3, column: 39, endLine: 3, endColumn: 57,
        },
      ],
    },
  ],
})

cjsRuleTester.run(`koa-jwt (CommonJS): ${noMixedAlgorithmFamilies.name}`, noMixedAlgorithmFamilies, {
  assertionOptions,
  valid: [
    {
      name: 'require, one family',
      code: `
const jwt = require('koa-jwt')
app.use(jwt({ secret, algorithms: ['RS256', 'RS512'] }))
`,
    },
  ],
  invalid: [
    {
      name: 'require',
      code: `
const jwt = require('koa-jwt')
app.use(jwt({ secret, algorithms: ['HS256', 'ES256'] }))
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api, option: 'algorithms', hmac: '`HS256`', asymmetric: '`ES256`' },
          line: 3, column: 35, endLine: 3, endColumn: 53,
        },
      ],
    },
    {
      name: 'require called inline',
      code: `
app.use(require('koa-jwt')({ secret, algorithms: ['RS256', 'HS384'] }))
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api, option: 'algorithms', hmac: '`HS384`', asymmetric: '`RS256`' },
          line: 2, column: 50, endLine: 2, endColumn: 68,
        },
      ],
    },
  ],
})
ruleTester.run(`koa-jwt: ${requireAudience.name}`, requireAudience, {
  assertionOptions,
  valid: [
    {
      name: 'with audience',
      code: `
import jwt from 'koa-jwt'
app.use(jwt({ secret, algorithms: ['RS256'], audience: 'https://api.example.com' }))
`,
    },
    {
      name: 'audience from the environment',
      code: `
import jwt from 'koa-jwt'
app.use(jwt({ secret, algorithms: ['RS256'], audience: process.env.JWT_AUDIENCE }))
`,
    },
    {
      name: 'audience as an array',
      code: `
import jwt from 'koa-jwt'
app.use(jwt({ secret, algorithms: ['RS256'], audience: ['https://api.example.com', 'https://legacy.example.com'] }))
`,
    },
    {
      name: 'options spread in from another module',
      code: `
import jwt from 'koa-jwt'
import { claims } from './jwt-config'
app.use(jwt({ secret, algorithms: ['RS256'], ...claims }))
`,
    },
    {
      name: 'audience added by Object.assign',
      code: `
import jwt from 'koa-jwt'
const base = { secret, algorithms: ['RS256'] }
app.use(jwt(Object.assign({}, base, { audience: 'https://api.example.com' })))
`,
    },
    {
      name: 'a local function with the same name',
      code: `
const jwt = (options: object) => options
jwt({ secret, audience: '' })
`,
    },
  ],
  invalid: [
    {
      name: 'default import without audience',
      code: `
import jwt from 'koa-jwt'
app.use(jwt({ secret, algorithms: ['RS256'] }))
`,
      errors: [{ messageId: 'missingClaimCheck', data: { api, option: 'audience', claim: 'audience' }, line: 3, column: 9, endLine: 3, endColumn: 12 }],
    },
    {
      name: 'unless on a router, without audience',
      code: `
import koaJwt from 'koa-jwt'
router.use(koaJwt({ secret, algorithms: ['RS256'] }).unless({ path: [/^\\/public/] }))
`,
      errors: [{ messageId: 'missingClaimCheck', data: { api, option: 'audience', claim: 'audience' }, line: 3, column: 12, endLine: 3, endColumn: 18 }],
    },
    {
      name: 'import-equals without audience',
      code: `
import jwt = require('koa-jwt')
app.use(jwt({ secret, algorithms: ['RS256'], key: 'jwtdata' }))
`,
      errors: [{ messageId: 'missingClaimCheck', data: { api, option: 'audience', claim: 'audience' }, line: 3, column: 9, endLine: 3, endColumn: 12 }],
    },
    {
      name: 'audience set to an empty string',
      code: `
import jwt from 'koa-jwt'
app.use(jwt({ secret, algorithms: ['RS256'], audience: '' }))
`,
      errors: [{ messageId: 'emptyClaimCheck', data: { api, option: 'audience', claim: 'audience', value: `''` }, line: 3, column: 56, endLine: 3, endColumn: 58 }],
    },
    {
      name: 'audience emptied by a later spread',
      code: `
import jwt from 'koa-jwt'
const overrides = { audience: undefined }
app.use(jwt({ secret, algorithms: ['RS256'], audience: 'https://api.example.com', ...overrides }))
`,
      errors: [
        { messageId: 'emptyClaimCheck', data: { api, option: 'audience', claim: 'audience', value: 'undefined' }, line: 3, column: 31, endLine: 3, endColumn: 40 },
      ],
    },
  ],
})

cjsRuleTester.run(`koa-jwt (CommonJS): ${requireAudience.name}`, requireAudience, {
  assertionOptions,
  valid: [
    {
      name: 'require with audience',
      code: `
const jwt = require('koa-jwt')
app.use(jwt({ secret, algorithms: ['HS256'], audience: 'https://api.example.com' }))
`,
    },
  ],
  invalid: [
    {
      name: 'require without audience',
      code: `
const jwt = require('koa-jwt')
app.use(jwt({ secret, algorithms: ['HS256'] }))
`,
      errors: [{ messageId: 'missingClaimCheck', data: { api, option: 'audience', claim: 'audience' }, line: 3, column: 9, endLine: 3, endColumn: 12 }],
    },
  ],
})

ruleTester.run(`koa-jwt: ${requireIssuer.name}`, requireIssuer, {
  assertionOptions,
  valid: [
    {
      name: 'with issuer',
      code: `
import jwt from 'koa-jwt'
app.use(jwt({ secret, algorithms: ['RS256'], issuer: 'https://auth.example.com/' }))
`,
    },
    {
      name: 'issuer from the environment',
      code: `
import jwt from 'koa-jwt'
app.use(jwt({ secret, algorithms: ['RS256'], issuer: process.env.JWT_ISSUER }))
`,
    },
    {
      name: 'issuer as an array',
      code: `
import jwt from 'koa-jwt'
app.use(jwt({ secret, algorithms: ['RS256'], issuer: ['https://auth.example.com/', 'https://legacy.example.com'] }))
`,
    },
    {
      name: 'options spread in from another module',
      code: `
import jwt from 'koa-jwt'
import { claims } from './jwt-config'
app.use(jwt({ secret, algorithms: ['RS256'], ...claims }))
`,
    },
    {
      name: 'issuer added by Object.assign',
      code: `
import jwt from 'koa-jwt'
const base = { secret, algorithms: ['RS256'] }
app.use(jwt(Object.assign({}, base, { issuer: 'https://auth.example.com/' })))
`,
    },
    {
      name: 'a local function with the same name',
      code: `
const jwt = (options: object) => options
jwt({ secret, issuer: '' })
`,
    },
  ],
  invalid: [
    {
      name: 'default import without issuer',
      code: `
import jwt from 'koa-jwt'
app.use(jwt({ secret, algorithms: ['RS256'] }))
`,
      errors: [{ messageId: 'missingClaimCheck', data: { api, option: 'issuer', claim: 'issuer' }, line: 3, column: 9, endLine: 3, endColumn: 12 }],
    },
    {
      name: 'unless on a router, without issuer',
      code: `
import koaJwt from 'koa-jwt'
router.use(koaJwt({ secret, algorithms: ['RS256'] }).unless({ path: [/^\\/public/] }))
`,
      errors: [{ messageId: 'missingClaimCheck', data: { api, option: 'issuer', claim: 'issuer' }, line: 3, column: 12, endLine: 3, endColumn: 18 }],
    },
    {
      name: 'import-equals without issuer',
      code: `
import jwt = require('koa-jwt')
app.use(jwt({ secret, algorithms: ['RS256'], key: 'jwtdata' }))
`,
      errors: [{ messageId: 'missingClaimCheck', data: { api, option: 'issuer', claim: 'issuer' }, line: 3, column: 9, endLine: 3, endColumn: 12 }],
    },
    {
      name: 'issuer set to an empty string',
      code: `
import jwt from 'koa-jwt'
app.use(jwt({ secret, algorithms: ['RS256'], issuer: '' }))
`,
      errors: [{ messageId: 'emptyClaimCheck', data: { api, option: 'issuer', claim: 'issuer', value: `''` }, line: 3, column: 54, endLine: 3, endColumn: 56 }],
    },
    {
      name: 'issuer emptied by a later spread',
      code: `
import jwt from 'koa-jwt'
const overrides = { issuer: undefined }
app.use(jwt({ secret, algorithms: ['RS256'], issuer: 'https://auth.example.com/', ...overrides }))
`,
      errors: [
        { messageId: 'emptyClaimCheck', data: { api, option: 'issuer', claim: 'issuer', value: 'undefined' }, line: 3, column: 29, endLine: 3, endColumn: 38 },
      ],
    },
  ],
})

cjsRuleTester.run(`koa-jwt (CommonJS): ${requireIssuer.name}`, requireIssuer, {
  assertionOptions,
  valid: [
    {
      name: 'require with issuer',
      code: `
const jwt = require('koa-jwt')
app.use(jwt({ secret, algorithms: ['HS256'], issuer: 'https://auth.example.com/' }))
`,
    },
  ],
  invalid: [
    {
      name: 'require without issuer',
      code: `
const jwt = require('koa-jwt')
app.use(jwt({ secret, algorithms: ['HS256'] }))
`,
      errors: [{ messageId: 'missingClaimCheck', data: { api, option: 'issuer', claim: 'issuer' }, line: 3, column: 9, endLine: 3, endColumn: 12 }],
    },
  ],
})

ruleTester.run(`koa-jwt: ${noDisabledExpiry.name}`, noDisabledExpiry, {
  assertionOptions,
  valid: [
    {
      name: 'expiry checks left on',
      code: `
import jwt from 'koa-jwt'
app.use(jwt({ secret, algorithms: ['RS256'], ignoreExpiration: false }))
`,
    },
    {
      name: 'a small clock tolerance',
      code: `
import jwt from 'koa-jwt'
app.use(jwt({ secret, algorithms: ['RS256'], clockTolerance: 10 }))
`,
    },
    {
      name: 'a flag read from configuration at run time',
      code: `
import jwt from 'koa-jwt'
app.use(jwt({ secret, algorithms: ['RS256'], ignoreExpiration: config.get('jwt.ignoreExpiration') }))
`,
    },
    {
      name: 'options spread in from another module',
      code: `
import jwt from 'koa-jwt'
import { verifyTiming } from './jwt-config'
app.use(jwt({ secret, algorithms: ['RS256'], ...verifyTiming }))
`,
    },
    {
      name: 'the same option names on unrelated objects',
      code: `
import jwt from 'koa-jwt'
app.use(session({ ignoreExpiration: true, clockTolerance: 3600 }, app))
app.use(jwt({ secret, algorithms: ['RS256'] }))
`,
    },
    {
      name: 'a local function with the same name',
      code: `
function jwt(options: object) { return options }
app.use(jwt({ ignoreExpiration: true }))
`,
    },
  ],
  invalid: [
    {
      name: 'ignoreExpiration',
      code: `
import jwt from 'koa-jwt'
app.use(jwt({ secret, algorithms: ['RS256'], ignoreExpiration: true }))
`,
      errors: [
        {
          messageId: 'expiryIgnored',
          data: { api, option: 'ignoreExpiration' },
          line: 3, column: 46, endLine: 3, endColumn: 68,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'ignoreExpiration' },
              output: `
import jwt from 'koa-jwt'
app.use(jwt({ secret, algorithms: ['RS256'] }))
`,
            },
          ],
        },
      ],
    },
    {
      name: 'ignoreNotBefore with import-equals',
      code: `
import jwt = require('koa-jwt')
app.use(jwt({ secret, algorithms: ['RS256'], ignoreNotBefore: 1 }))
`,
      errors: [
        {
          messageId: 'notBeforeIgnored',
          data: { api, option: 'ignoreNotBefore' },
          line: 3, column: 46, endLine: 3, endColumn: 64,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'ignoreNotBefore' },
              output: `
import jwt = require('koa-jwt')
app.use(jwt({ secret, algorithms: ['RS256'] }))
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a day of clock tolerance',
      code: `
import koaJwt from 'koa-jwt'
router.use(koaJwt({ secret, algorithms: ['RS256'], clockTolerance: 24 * 60 * 60 }))
`,
      errors: [
        {
          messageId: 'clockToleranceTooLarge',
          data: { api, option: 'clockTolerance', seconds: '86400', limit: '300' },
          line: 3, column: 52, endLine: 3, endColumn: 80,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'clockTolerance' },
              output: `
import koaJwt from 'koa-jwt'
router.use(koaJwt({ secret, algorithms: ['RS256'] }))
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a clock tolerance string',
      code: `
import jwt from 'koa-jwt'
app.use(jwt({ secret, algorithms: ['RS256'], clockTolerance: '5m' }))
`,
      errors: [
        {
          messageId: 'clockToleranceUnbounded',
          data: { api, option: 'clockTolerance', value: `'5m'` },
          line: 3, column: 46, endLine: 3, endColumn: 66,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'clockTolerance' },
              output: `
import jwt from 'koa-jwt'
app.use(jwt({ secret, algorithms: ['RS256'] }))
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a pinned clock from a constant date',
      code: `
import jwt from 'koa-jwt'
const FROZEN = new Date('2024-01-01').getTime() / 1000
app.use(jwt({ secret, algorithms: ['RS256'], clockTimestamp: 1704067200 }))
`,
      errors: [
        {
          messageId: 'clockPinned',
          data: { api, option: 'clockTimestamp' },
          line: 4, column: 46, endLine: 4, endColumn: 72,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'clockTimestamp' },
              output: `
import jwt from 'koa-jwt'
const FROZEN = new Date('2024-01-01').getTime() / 1000
app.use(jwt({ secret, algorithms: ['RS256'] }))
`,
            },
          ],
        },
      ],
    },
    {
      name: 'an options constant',
      code: `
import jwt from 'koa-jwt'
const JWT_OPTIONS = { secret, algorithms: ['RS256'], ignoreExpiration: true, passthrough: false }
app.use(jwt(JWT_OPTIONS))
`,
      errors: [
        {
          messageId: 'expiryIgnored',
          data: { api, option: 'ignoreExpiration' },
          line: 3, column: 54, endLine: 3, endColumn: 76,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'ignoreExpiration' },
              output: `
import jwt from 'koa-jwt'
const JWT_OPTIONS = { secret, algorithms: ['RS256'], passthrough: false }
app.use(jwt(JWT_OPTIONS))
`,
            },
          ],
        },
      ],
    },
  ],
})

cjsRuleTester.run(`koa-jwt (CommonJS): ${noDisabledExpiry.name}`, noDisabledExpiry, {
  assertionOptions,
  valid: [
    {
      name: 'require with the expiry check on',
      code: `
const jwt = require('koa-jwt')
app.use(jwt({ secret, algorithms: ['RS256'], maxAge: '15m' }))
`,
    },
  ],
  invalid: [
    {
      name: 'require',
      code: `
const jwt = require('koa-jwt')
app.use(jwt({ secret, algorithms: ['RS256'], ignoreExpiration: true }))
`,
      errors: [
        {
          messageId: 'expiryIgnored',
          data: { api, option: 'ignoreExpiration' },
          line: 3, column: 46, endLine: 3, endColumn: 68,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'ignoreExpiration' },
              output: `
const jwt = require('koa-jwt')
app.use(jwt({ secret, algorithms: ['RS256'] }))
`,
            },
          ],
        },
      ],
    },
  ],
})

ruleTester.run(`koa-jwt: ${noIgnoredVerifyError.name}`, noIgnoredVerifyError, {
  assertionOptions,
  valid: [
    {
      name: 'passthrough, and the route checks ctx.state.user first',
      code: `
import jwt from 'koa-jwt'
app.use(jwt({ secret, algorithms: ['HS256'], passthrough: true }))
router.get('/me', (ctx) => {
  if (!ctx.state.user) ctx.throw(401)
  ctx.body = { id: ctx.state.user.sub }
})
`,
    },
    {
      name: 'passthrough, read through optional chaining',
      code: `
import jwt from 'koa-jwt'
app.use(jwt({ secret, algorithms: ['HS256'], passthrough: true }))
router.get('/greeting', (ctx) => { ctx.body = \`Hello \${ctx.state.user?.name ?? 'guest'}\` })
`,
    },
    {
      name: 'passthrough with a guard middleware in the same file',
      code: `
import jwt from 'koa-jwt'
const signedIn = async (ctx, next) => (ctx.state.user ? next() : ctx.throw(401))
app.use(jwt({ secret, algorithms: ['HS256'], passthrough: true }))
router.get('/me', signedIn, (ctx) => { ctx.body = ctx.state.user.sub })
`,
    },
    {
      name: 'passthrough with a renamed key: ctx.state.user is something else',
      code: `
import jwt from 'koa-jwt'
app.use(jwt({ secret, algorithms: ['HS256'], passthrough: true, key: 'jwtdata' }))
router.get('/session', (ctx) => { ctx.body = ctx.state.user.id })
`,
    },
    {
      name: 'passthrough off',
      code: `
import jwt from 'koa-jwt'
app.use(jwt({ secret, algorithms: ['HS256'], passthrough: false }))
router.get('/me', (ctx) => { ctx.body = ctx.state.user.sub })
`,
    },
    {
      name: 'passthrough with a key that cannot be told',
      code: `
import jwt from 'koa-jwt'
app.use(jwt({ secret, algorithms: ['HS256'], passthrough: true, key: process.env.JWT_STATE_KEY }))
router.get('/me', (ctx) => { ctx.body = ctx.state.user.sub })
`,
    },
    {
      name: 'state.user of an object that is not a handler parameter',
      code: `
import jwt from 'koa-jwt'
import { defaults } from './defaults'
app.use(jwt({ secret, algorithms: ['HS256'], passthrough: true }))
console.log(defaults.state.user.name)
`,
    },
  ],
  invalid: [
    {
      name: 'passthrough, and a route that trusts ctx.state.user',
      code: `
import jwt from 'koa-jwt'
app.use(jwt({ secret, algorithms: ['HS256'], passthrough: true }))
router.get('/admin', (ctx) => {
  if (ctx.state.user.role !== 'admin') ctx.throw(403)
  ctx.body = adminData
})
`,
      errors: [
        {
          messageId: 'failOpenOption',
          data: { api, option: 'passthrough', value: 'true', consequence: passthrough, trusted: 'ctx.state.user' },
          line: 3, column: 46, endLine: 3, endColumn: 63,
        },
      ],
    },
    {
      name: 'passthrough with a renamed key',
      code: `
import koaJwt from 'koa-jwt'
app.use(koaJwt({ secret, algorithms: ['HS256'], passthrough: true, key: 'jwtdata' }))
router.get('/me', async (ctx) => { ctx.body = await users.find(ctx.state.jwtdata.sub) })
`,
      errors: [
        {
          messageId: 'failOpenOption',
          data: { api, option: 'passthrough', value: 'true', consequence: passthrough, trusted: 'ctx.state.jwtdata' },
          line: 3, column: 49, endLine: 3, endColumn: 66,
        },
      ],
    },
    {
      name: 'passthrough in an options constant, import-equals',
      code: `
import jwt = require('koa-jwt')
const JWT_OPTIONS = { secret, algorithms: ['HS256'], passthrough: true }
app.use(jwt(JWT_OPTIONS))
app.use(async (context, next) => {
  context.state.tenant = context.state.user.tenantId
  await next()
})
`,
      errors: [
        {
          messageId: 'failOpenOption',
          data: { api, option: 'passthrough', value: 'true', consequence: passthrough, trusted: 'context.state.user' },
          line: 3, column: 54, endLine: 3, endColumn: 71,
        },
      ],
    },
    {
      name: 'passthrough from a constant flag, with unless',
      code: `
import jwt from 'koa-jwt'
const OPTIONAL_AUTH = true
app.use(jwt({ secret, algorithms: ['HS256'], passthrough: OPTIONAL_AUTH }).unless({ path: ['/health'] }))
router.post('/posts', (ctx) => createPost(ctx.state.user.sub, ctx.request.body))
`,
      errors: [
        {
          messageId: 'failOpenOption',
          data: { api, option: 'passthrough', value: 'true', consequence: passthrough, trusted: 'ctx.state.user' },
          line: 4, column: 46, endLine: 4, endColumn: 72,
        },
      ],
    },
    {
      name: 'namespace import',
      code: `
import * as jwt from 'koa-jwt'
router.get('/me', jwt({ secret, algorithms: ['HS256'], passthrough: true }), (ctx) => {
  ctx.body = profiles[ctx.state.user.sub]
})
`,
      errors: [
        {
          messageId: 'failOpenOption',
          data: { api, option: 'passthrough', value: 'true', consequence: passthrough, trusted: 'ctx.state.user' },
          line: 3, column: 56, endLine: 3, endColumn: 73,
        },
      ],
    },
  ],
})

cjsRuleTester.run(`koa-jwt (CommonJS): ${noIgnoredVerifyError.name}`, noIgnoredVerifyError, {
  assertionOptions,
  valid: [
    {
      name: 'require with passthrough and a check of ctx.state.jwtOriginalError',
      code: `
const jwt = require('koa-jwt')
app.use(jwt({ secret, algorithms: ['HS256'], passthrough: true }))
app.use(async (ctx, next) => {
  if (ctx.state.jwtOriginalError || !ctx.state.user) ctx.throw(401)
  ctx.state.userId = ctx.state.user.sub
  await next()
})
`,
    },
  ],
  invalid: [
    {
      name: 'require with passthrough',
      code: `
const jwt = require('koa-jwt')
app.use(jwt({ secret, algorithms: ['HS256'], passthrough: true }))
app.use(function (ctx) {
  ctx.body = 'Hello ' + ctx.state.user.name
})
`,
      errors: [
        {
          messageId: 'failOpenOption',
          data: { api, option: 'passthrough', value: 'true', consequence: passthrough, trusted: 'ctx.state.user' },
          line: 3, column: 46, endLine: 3, endColumn: 63,
        },
      ],
    },
  ],
})

