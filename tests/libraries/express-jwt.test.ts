/**
 * express-jwt 6 to 8: the v7/v8 named export `expressjwt` (claims on `req.auth`)
 * and the v6 module itself (claims on `req.user`). Its options go to
 * jsonwebtoken's `verify` whole.
 */
import noDisabledExpiry from '../../src/rules/no-disabled-expiry.js'
import noIgnoredVerifyError from '../../src/rules/no-ignored-verify-error.js'
import noMixedAlgorithmFamilies from '../../src/rules/no-mixed-algorithm-families.js'
import noNoneAlgorithm from '../../src/rules/no-none-algorithm.js'
import requireAlgorithms from '../../src/rules/require-algorithms.js'
import requireAudience from '../../src/rules/require-audience.js'
import requireIssuer from '../../src/rules/require-issuer.js'
import { assertionOptions, cjsRuleTester, ruleTester } from '../rule-tester.js'

const v8 = 'express-jwt.expressjwt'
const v6 = 'express-jwt'
const history = ' express-jwt 6 and later throw without it; 5 and earlier let the token header choose (CVE-2020-15084).'
const credentialsOptional =
  'a request with no token, or with another scheme than Bearer, reaches the next handler with no claims set'

ruleTester.run(`express-jwt: ${requireAlgorithms.name}`, requireAlgorithms, {
  assertionOptions,
  valid: [
    {
      name: 'the README setup with an allow-list',
      code: `
import { expressjwt } from 'express-jwt'
app.get('/protected', expressjwt({ secret: 'shhhhhhared-secret', algorithms: ['HS256'] }), handler)
`,
    },
    {
      name: 'an allow-list from a constant',
      code: `
import { expressjwt } from 'express-jwt'
const ALGORITHMS = ['RS256']
app.use(expressjwt({ secret: publicKey, algorithms: ALGORITHMS }))
`,
    },
    {
      name: 'options spread in from another module may carry the allow-list',
      code: `
import { expressjwt } from 'express-jwt'
import { jwtOptions } from './config'
app.use(expressjwt({ ...jwtOptions, secret: publicKey }))
`,
    },
    {
      name: 'options built by a function',
      code: `
import { expressjwt } from 'express-jwt'
app.use(expressjwt(buildJwtOptions(process.env)))
`,
    },
    {
      name: 'an options constant completed after its declaration',
      code: `
import { expressjwt } from 'express-jwt'
const options = { secret: publicKey }
options.algorithms = ['RS256']
app.use(expressjwt(options))
`,
    },
    {
      name: 'a local function that happens to be called expressjwt',
      code: `
function expressjwt(options: { secret: string }) {
  return (req, res, next) => next()
}
app.use(expressjwt({ secret: 'not a jwt library' }))
`,
    },
    {
      name: 'a project module with the same export name',
      code: `
import { expressjwt } from './middleware/express-jwt'
app.use(expressjwt({ secret: publicKey }))
`,
    },
    {
      name: 'v6 default export with an allow-list',
      code: `
import jwt from 'express-jwt'
app.use(jwt({ secret: publicKey, algorithms: ['RS256'] }).unless({ path: ['/login'] }))
`,
    },
  ],
  invalid: [
    {
      name: 'v8 named import without an allow-list',
      code: `
import { expressjwt } from 'express-jwt'
app.use(expressjwt({ secret: process.env.JWT_SECRET }))
`,
      errors: [
        {
          messageId: 'missingRequiredAlgorithm',
          data: { api: v8, option: 'algorithms', history },
          line: 3, column: 9, endLine: 3, endColumn: 19,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `
import { expressjwt } from 'express-jwt'
app.use(expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }))
`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `
import { expressjwt } from 'express-jwt'
app.use(expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['RS256'] }))
`,
            },
          ],
        },
      ],
    },
    {
      name: 'v8 namespace import on a route',
      code: `
import * as expressJwt from 'express-jwt'
router.get('/me', expressJwt.expressjwt({ secret: getSecret, audience: 'api' }), me)
`,
      errors: [
        {
          messageId: 'missingRequiredAlgorithm',
          data: { api: v8, option: 'algorithms', history },
          line: 3, column: 19, endLine: 3, endColumn: 40,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `
import * as expressJwt from 'express-jwt'
router.get('/me', expressJwt.expressjwt({ secret: getSecret, audience: 'api', algorithms: ['HS256'] }), me)
`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `
import * as expressJwt from 'express-jwt'
router.get('/me', expressJwt.expressjwt({ secret: getSecret, audience: 'api', algorithms: ['RS256'] }), me)
`,
            },
          ],
        },
      ],
    },
    {
      name: 'algorithms set to undefined: the property is replaced',
      code: `
import { expressjwt as jwt } from 'express-jwt'
app.use(jwt({ secret, algorithms: undefined }))
`,
      errors: [
        {
          messageId: 'missingRequiredAlgorithm',
          data: { api: v8, option: 'algorithms', history },
          line: 3, column: 9, endLine: 3, endColumn: 12,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `
import { expressjwt as jwt } from 'express-jwt'
app.use(jwt({ secret, algorithms: ['HS256'] }))
`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `
import { expressjwt as jwt } from 'express-jwt'
app.use(jwt({ secret, algorithms: ['RS256'] }))
`,
            },
          ],
        },
      ],
    },
    {
      name: 'options from a constant: reported, no edit suggested',
      code: `
import { expressjwt } from 'express-jwt'
const authOptions = { secret: publicKey, issuer: 'https://auth.example.com' }
app.use(expressjwt(authOptions))
`,
      errors: [
        {
          messageId: 'missingRequiredAlgorithm',
          data: { api: v8, option: 'algorithms', history },
          line: 4, column: 9, endLine: 4, endColumn: 19,
        },
      ],
    },
    {
      name: 'dynamic import',
      code: `
const { expressjwt } = await import('express-jwt')
app.use(expressjwt({ secret }))
`,
      errors: [
        {
          messageId: 'missingRequiredAlgorithm',
          data: { api: v8, option: 'algorithms', history },
          line: 3, column: 9, endLine: 3, endColumn: 19,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `
const { expressjwt } = await import('express-jwt')
app.use(expressjwt({ secret, algorithms: ['HS256'] }))
`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `
const { expressjwt } = await import('express-jwt')
app.use(expressjwt({ secret, algorithms: ['RS256'] }))
`,
            },
          ],
        },
      ],
    },
    {
      name: 'v6 TypeScript import-equals',
      code: `
import jwt = require('express-jwt')
app.use(jwt({ secret: publicKey }).unless({ path: ['/health'] }))
`,
      errors: [
        {
          messageId: 'missingRequiredAlgorithm',
          data: { api: v6, option: 'algorithms', history },
          line: 3, column: 9, endLine: 3, endColumn: 12,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `
import jwt = require('express-jwt')
app.use(jwt({ secret: publicKey, algorithms: ['HS256'] }).unless({ path: ['/health'] }))
`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `
import jwt = require('express-jwt')
app.use(jwt({ secret: publicKey, algorithms: ['RS256'] }).unless({ path: ['/health'] }))
`,
            },
          ],
        },
      ],
    },
  ],
})

cjsRuleTester.run(`express-jwt (CommonJS): ${requireAlgorithms.name}`, requireAlgorithms, {
  assertionOptions,
  valid: [
    {
      name: 'the README require with a renamed export',
      code: `
var { expressjwt: jwt } = require('express-jwt')
app.get('/protected', jwt({ secret: 'shhhhhhared-secret', algorithms: ['HS256'] }), handler)
`,
    },
    {
      name: 'v6 require with an allow-list',
      code: `
const jwt = require('express-jwt')
app.use(jwt({ secret: publicKey, algorithms: ['RS256'] }))
`,
    },
  ],
  invalid: [
    {
      name: 'the README require with a renamed export, no allow-list',
      code: `
var { expressjwt: jwt } = require('express-jwt')
app.use(jwt({ secret: 'shhhhhhared-secret' }).unless({ path: ['/token'] }))
`,
      errors: [
        {
          messageId: 'missingRequiredAlgorithm',
          data: { api: v8, option: 'algorithms', history },
          line: 3, column: 9, endLine: 3, endColumn: 12,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `
var { expressjwt: jwt } = require('express-jwt')
app.use(jwt({ secret: 'shhhhhhared-secret', algorithms: ['HS256'] }).unless({ path: ['/token'] }))
`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `
var { expressjwt: jwt } = require('express-jwt')
app.use(jwt({ secret: 'shhhhhhared-secret', algorithms: ['RS256'] }).unless({ path: ['/token'] }))
`,
            },
          ],
        },
      ],
    },
    {
      name: 'v6 require called inline',
      code: `
app.use(require('express-jwt')({}))
`,
      errors: [
        {
          messageId: 'missingRequiredAlgorithm',
          data: { api: v6, option: 'algorithms', history },
          line: 2, column: 9, endLine: 2, endColumn: 31,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `
app.use(require('express-jwt')({ algorithms: ['HS256'] }))
`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `
app.use(require('express-jwt')({ algorithms: ['RS256'] }))
`,
            },
          ],
        },
      ],
    },
  ],
})

ruleTester.run(`express-jwt: ${noNoneAlgorithm.name}`, noNoneAlgorithm, {
  assertionOptions,
  valid: [
    {
      name: 'a real allow-list',
      code: `
import { expressjwt } from 'express-jwt'
app.use(expressjwt({ secret: publicKey, algorithms: ['RS256', 'ES256'] }))
`,
    },
    {
      name: 'none as the value of an unrelated option',
      code: `
import { expressjwt } from 'express-jwt'
app.use(expressjwt({ secret: publicKey, algorithms: ['RS256'], requestProperty: 'none' }))
`,
    },
    {
      name: 'an allow-list imported from another module',
      code: `
import { expressjwt } from 'express-jwt'
import { ALGORITHMS } from './config'
app.use(expressjwt({ secret: publicKey, algorithms: ALGORITHMS }))
`,
    },
    {
      name: 'the same option names on an unrelated object',
      code: `
import { expressjwt } from 'express-jwt'
const tokenFormats = { algorithms: ['none', 'HS256'] }
res.json(tokenFormats)
app.use(expressjwt({ secret, algorithms: ['HS256'] }))
`,
    },
    {
      name: 'a local function with the same name',
      code: `
const expressjwt = (options: object) => options
expressjwt({ secret, algorithms: ['none'] })
`,
    },
    {
      name: 'a key callback that may find no key, with a real allow-list',
      code: `
import { expressjwt } from 'express-jwt'
app.use(expressjwt({ secret: async (req, token) => keys.get(token?.header.kid), algorithms: ['RS256'] }))
`,
    },
  ],
  invalid: [
    {
      name: 'v8: none next to a real algorithm',
      code: `
import { expressjwt } from 'express-jwt'
app.use(expressjwt({ secret: publicKey, algorithms: ['RS256', 'none'] }))
`,
      errors: [
        {
          messageId: 'noneAccepted',
          data: { api: v8, value: 'none', option: 'algorithms' },
          line: 3, column: 63, endLine: 3, endColumn: 69,
          suggestions: [
            {
              messageId: 'removeNone',
              data: { value: 'none' },
              output: `
import { expressjwt } from 'express-jwt'
app.use(expressjwt({ secret: publicKey, algorithms: ['RS256'] }))
`,
            },
          ],
        },
      ],
    },
    {
      name: 'v6 default import',
      code: `
import jwt from 'express-jwt'
app.use(jwt({ secret: getKey, algorithms: ['none', 'RS256'] }))
`,
      errors: [
        {
          messageId: 'noneAccepted',
          data: { api: v6, value: 'none', option: 'algorithms' },
          line: 3, column: 44, endLine: 3, endColumn: 50,
          suggestions: [
            {
              messageId: 'removeNone',
              data: { value: 'none' },
              output: `
import jwt from 'express-jwt'
app.use(jwt({ secret: getKey, algorithms: ['RS256'] }))
`,
            },
          ],
        },
      ],
    },
    {
      name: 'an allow-list constant',
      code: `
import { expressjwt } from 'express-jwt'
const ALGORITHMS = ['HS256', 'none']
app.use(expressjwt({ secret, algorithms: ALGORITHMS }))
`,
      errors: [
        {
          messageId: 'noneAccepted',
          data: { api: v8, value: 'none', option: 'algorithms' },
          line: 3, column: 30, endLine: 3, endColumn: 36,
          suggestions: [
            {
              messageId: 'removeNone',
              data: { value: 'none' },
              output: `
import { expressjwt } from 'express-jwt'
const ALGORITHMS = ['HS256']
app.use(expressjwt({ secret, algorithms: ALGORITHMS }))
`,
            },
          ],
        },
      ],
    },
    {
      name: 'none on one branch of a conditional',
      code: `
import { expressjwt } from 'express-jwt'
app.use(expressjwt({ secret, algorithms: process.env.NODE_ENV === 'test' ? ['none'] : ['HS256'] }))
`,
      errors: [
        {
          messageId: 'noneAccepted',
          data: { api: v8, value: 'none', option: 'algorithms' },
          line: 3, column: 77, endLine: 3, endColumn: 83,
          suggestions: [
            {
              messageId: 'removeNone',
              data: { value: 'none' },
              output: `
import { expressjwt } from 'express-jwt'
app.use(expressjwt({ secret, algorithms: process.env.NODE_ENV === 'test' ? [] : ['HS256'] }))
`,
            },
          ],
        },
      ],
    },
    {
      name: 'none from a constant spread into the allow-list',
      code: `
import * as ej from 'express-jwt'
const UNSIGNED = 'none'
router.use(ej.expressjwt({ secret, algorithms: ['HS256', UNSIGNED] }))
`,
      errors: [
        {
          messageId: 'noneAccepted',
          data: { api: v8, value: 'none', option: 'algorithms' },
          line: 4, column: 58, endLine: 4, endColumn: 66,
          suggestions: [
            {
              messageId: 'removeNone',
              data: { value: 'none' },
              output: `
import * as ej from 'express-jwt'
const UNSIGNED = 'none'
router.use(ej.expressjwt({ secret, algorithms: ['HS256'] }))
`,
            },
          ],
        },
      ],
    },
  ],
})

cjsRuleTester.run(`express-jwt (CommonJS): ${noNoneAlgorithm.name}`, noNoneAlgorithm, {
  assertionOptions,
  valid: [
    {
      name: 'v6 require with a real allow-list',
      code: `
const jwt = require('express-jwt')
app.use(jwt({ secret: publicKey, algorithms: ['RS256'] }))
`,
    },
  ],
  invalid: [
    {
      name: 'v6 require: only none',
      code: `
const jwt = require('express-jwt')
app.use(jwt({ secret: keyFor, algorithms: ['none'] }))
`,
      errors: [
        {
          messageId: 'noneAccepted',
          data: { api: v6, value: 'none', option: 'algorithms' },
          line: 3, column: 44, endLine: 3, endColumn: 50,
          suggestions: [
            {
              messageId: 'removeNone',
              data: { value: 'none' },
              output: `
const jwt = require('express-jwt')
app.use(jwt({ secret: keyFor, algorithms: [] }))
`,
            },
          ],
        },
      ],
    },
    {
      name: 'v8 destructured require',
      code: `
const { expressjwt } = require('express-jwt')
module.exports = expressjwt({ secret: keyFor, algorithms: ['HS256', 'none'] })
`,
      errors: [
        {
          messageId: 'noneAccepted',
          data: { api: v8, value: 'none', option: 'algorithms' },
          line: 3, column: 69, endLine: 3, endColumn: 75,
          suggestions: [
            {
              messageId: 'removeNone',
              data: { value: 'none' },
              output: `
const { expressjwt } = require('express-jwt')
module.exports = expressjwt({ secret: keyFor, algorithms: ['HS256'] })
`,
            },
          ],
        },
      ],
    },
  ],
})

ruleTester.run(`express-jwt: ${noMixedAlgorithmFamilies.name}`, noMixedAlgorithmFamilies, {
  assertionOptions,
  valid: [
    {
      name: 'HMAC algorithms only',
      code: `
import { expressjwt } from 'express-jwt'
app.use(expressjwt({ secret, algorithms: ['HS256', 'HS512'] }))
`,
    },
    {
      name: 'asymmetric algorithms only',
      code: `
import { expressjwt } from 'express-jwt'
app.use(expressjwt({ secret: jwksSecret, algorithms: ['RS256', 'PS256', 'ES256'] }))
`,
    },
    {
      name: 'one family per branch',
      code: `
import { expressjwt } from 'express-jwt'
app.use(expressjwt({ secret: key, algorithms: useJwks ? ['RS256'] : ['HS256'] }))
`,
    },
    {
      name: 'one middleware per key',
      code: `
import { expressjwt } from 'express-jwt'
app.use('/internal', expressjwt({ secret: sharedSecret, algorithms: ['HS256'] }))
app.use('/api', expressjwt({ secret: publicKey, algorithms: ['RS256'] }))
`,
    },
    {
      name: 'an allow-list imported from another module',
      code: `
import { expressjwt } from 'express-jwt'
import { SUPPORTED_ALGORITHMS } from './jwt-config'
app.use(expressjwt({ secret, algorithms: SUPPORTED_ALGORITHMS }))
`,
    },
    {
      name: 'a mixed list on an unrelated object',
      code: `
import { expressjwt } from 'express-jwt'
const discovery = { id_token_signing_alg_values_supported: ['HS256', 'RS256'], algorithms: ['HS256', 'RS256'] }
app.get('/.well-known/openid-configuration', (req, res) => res.json(discovery))
app.use(expressjwt({ secret: publicKey, algorithms: ['RS256'] }))
`,
    },
  ],
  invalid: [
    {
      name: 'v8 inline',
      code: `
import { expressjwt } from 'express-jwt'
app.use(expressjwt({ secret: keyFor, algorithms: ['HS256', 'RS256'] }))
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: v8, option: 'algorithms', hmac: '`HS256`', asymmetric: '`RS256`' },
          line: 3, column: 50, endLine: 3, endColumn: 68,
        },
      ],
    },
    {
      name: 'v6 default import with a constant list',
      code: `
import jwt from 'express-jwt'
const ALGORITHMS = ['RS256', 'ES256', 'HS512']
app.use(jwt({ secret: keyFor, algorithms: ALGORITHMS }))
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: v6, option: 'algorithms', hmac: '`HS512`', asymmetric: '`RS256`, `ES256`' },
          line: 4, column: 43, endLine: 4, endColumn: 53,
        },
      ],
    },
    {
      name: 'a spread that adds HMAC to an asymmetric list',
      code: `
import { expressjwt as auth } from 'express-jwt'
const ASYMMETRIC = ['RS256', 'PS256']
app.use(auth({ secret, algorithms: [...ASYMMETRIC, 'HS256'] }))
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: v8, option: 'algorithms', hmac: '`HS256`', asymmetric: '`RS256`, `PS256`' },
          line: 4, column: 36, endLine: 4, endColumn: 60,
        },
      ],
    },
    {
      name: 'namespace import on a route',
      code: `
import * as ej from 'express-jwt'
router.get('/me', ej.expressjwt({ secret, algorithms: ['ES256', 'HS256'] }), me)
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: v8, option: 'algorithms', hmac: '`HS256`', asymmetric: '`ES256`' },
          line: 3, column: 55, endLine: 3, endColumn: 73,
        },
      ],
    },
    {
      name: 'v7 and v8 through a default import',
      code: `
import expressJwt from 'express-jwt'
app.use(expressJwt.expressjwt({ secret: keyFor, algorithms: ['PS256', 'HS256'] }))
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: v8, option: 'algorithms', hmac: '`HS256`', asymmetric: '`PS256`' },
          line: 3, column: 61, endLine: 3, endColumn: 79,
        },
      ],
    },
    {
      name: 'createRequire in an ES module',
      code: `
import { createRequire } from 'node:module'
const require = createRequire(import.meta.url)
const { expressjwt } = require('express-jwt')
app.use(expressjwt({ secret: keyFor, algorithms: ['HS256', 'ES512'] }))
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: v8, option: 'algorithms', hmac: '`HS256`', asymmetric: '`ES512`' },
          line: 5, column: 50, endLine: 5, endColumn: 68,
        },
      ],
    },
  ],
})

cjsRuleTester.run(`express-jwt (CommonJS): ${noMixedAlgorithmFamilies.name}`, noMixedAlgorithmFamilies, {
  assertionOptions,
  valid: [
    {
      name: 'v6 require, one family',
      code: `
const jwt = require('express-jwt')
app.use(jwt({ secret, algorithms: ['HS256', 'HS384'] }))
`,
    },
  ],
  invalid: [
    {
      name: 'the README require form',
      code: `
var { expressjwt: jwt } = require('express-jwt')
app.use(jwt({ secret: keyFor, algorithms: ['RS256', 'HS256'] }))
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: v8, option: 'algorithms', hmac: '`HS256`', asymmetric: '`RS256`' },
          line: 3, column: 43, endLine: 3, endColumn: 61,
        },
      ],
    },
    {
      name: 'v6 require with an options constant',
      code: `
const jwt = require('express-jwt')
const options = { secret: keyFor, algorithms: ['HS256', 'ES384'] }
app.use(jwt(options))
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: v6, option: 'algorithms', hmac: '`HS256`', asymmetric: '`ES384`' },
          line: 3, column: 47, endLine: 3, endColumn: 65,
        },
      ],
    },
  ],
})

ruleTester.run(`express-jwt: ${requireAudience.name}`, requireAudience, {
  assertionOptions,
  valid: [
    {
      name: 'v8 with audience',
      code: `
import { expressjwt } from 'express-jwt'
app.use(expressjwt({ secret, algorithms: ['RS256'], audience: 'https://api.example.com' }))
`,
    },
    {
      name: 'v6 with audience from the environment',
      code: `
import jwt from 'express-jwt'
app.use(jwt({ secret, algorithms: ['RS256'], audience: process.env.JWT_AUD }))
`,
    },
    {
      name: 'options spread in from another module',
      code: `
import { expressjwt } from 'express-jwt'
import { claimChecks } from './auth-config'
app.use(expressjwt({ secret, algorithms: ['RS256'], ...claimChecks }))
`,
    },
    {
      name: 'audience set on both branches of a conditional',
      code: `
import { expressjwt } from 'express-jwt'
const options = production
  ? { secret, algorithms: ['RS256'], audience: 'https://api.example.com' }
  : { secret, algorithms: ['RS256'], audience: 'http://localhost:3000' }
app.use(expressjwt(options))
`,
    },
    {
      name: 'audience on an unrelated object next to the middleware',
      code: `
import { expressjwt } from 'express-jwt'
import { expressjwt as jwt } from './local-wrapper'
const cors = { audience: '' }
app.use(jwt({ secret }))
`,
    },
    {
      name: 'a local function with the same name',
      code: `
function expressjwt(options) { return options }
expressjwt({ secret })
`,
    },
  ],
  invalid: [
    {
      name: 'v8 without audience',
      code: `
import { expressjwt } from 'express-jwt'
app.use(expressjwt({ secret, algorithms: ['RS256'] }))
`,
      errors: [{ messageId: 'missingClaimCheck', data: { api: v8, option: 'audience', claim: 'audience' }, line: 3, column: 9, endLine: 3, endColumn: 19 }],
    },
    {
      name: 'v6 default import without audience',
      code: `
import jwt from 'express-jwt'
app.use(jwt({ secret, algorithms: ['RS256'] }).unless({ path: ['/login'] }))
`,
      errors: [{ messageId: 'missingClaimCheck', data: { api: v6, option: 'audience', claim: 'audience' }, line: 3, column: 9, endLine: 3, endColumn: 12 }],
    },
    {
      name: 'audience set to an empty string',
      code: `
import { expressjwt } from 'express-jwt'
app.use(expressjwt({ secret, algorithms: ['RS256'], audience: '' }))
`,
      errors: [
        { messageId: 'emptyClaimCheck', data: { api: v8, option: 'audience', claim: 'audience', value: `''` }, line: 3, column: 63, endLine: 3, endColumn: 65 },
      ],
    },
    {
      name: 'audience set to null in an options constant',
      code: `
import * as ej from 'express-jwt'
const options = { secret, algorithms: ['RS256'], audience: null }
app.use(ej.expressjwt(options))
`,
      errors: [
        {
          messageId: 'emptyClaimCheck',
          data: { api: v8, option: 'audience', claim: 'audience', value: 'null' },
          line: 3, column: 60, endLine: 3, endColumn: 64,
        },
      ],
    },
    {
      name: 'dynamic import',
      code: `
const { expressjwt } = await import('express-jwt')
export const requireAuth = expressjwt({ secret, algorithms: ['HS256'] })
`,
      errors: [{ messageId: 'missingClaimCheck', data: { api: v8, option: 'audience', claim: 'audience' }, line: 3, column: 28, endLine: 3, endColumn: 38 }],
    },
  ],
})

cjsRuleTester.run(`express-jwt (CommonJS): ${requireAudience.name}`, requireAudience, {
  assertionOptions,
  valid: [
    {
      name: 'the README require form with audience',
      code: `
var { expressjwt: jwt } = require('express-jwt')
app.use(jwt({ secret, algorithms: ['HS256'], audience: 'https://api.example.com' }))
`,
    },
  ],
  invalid: [
    {
      name: 'the README require form without audience',
      code: `
var { expressjwt: jwt } = require('express-jwt')
app.use(jwt({ secret, algorithms: ['HS256'] }))
`,
      errors: [{ messageId: 'missingClaimCheck', data: { api: v8, option: 'audience', claim: 'audience' }, line: 3, column: 9, endLine: 3, endColumn: 12 }],
    },
    {
      name: 'v6 require without audience',
      code: `
const jwt = require('express-jwt')
app.use(jwt({ secret, algorithms: ['HS256'] }))
`,
      errors: [{ messageId: 'missingClaimCheck', data: { api: v6, option: 'audience', claim: 'audience' }, line: 3, column: 9, endLine: 3, endColumn: 12 }],
    },
  ],
})

ruleTester.run(`express-jwt: ${requireIssuer.name}`, requireIssuer, {
  assertionOptions,
  valid: [
    {
      name: 'v8 with issuer',
      code: `
import { expressjwt } from 'express-jwt'
app.use(expressjwt({ secret, algorithms: ['RS256'], issuer: 'https://auth.example.com/' }))
`,
    },
    {
      name: 'v6 with issuer from the environment',
      code: `
import jwt from 'express-jwt'
app.use(jwt({ secret, algorithms: ['RS256'], issuer: process.env.JWT_ISS }))
`,
    },
    {
      name: 'options spread in from another module',
      code: `
import { expressjwt } from 'express-jwt'
import { claimChecks } from './auth-config'
app.use(expressjwt({ secret, algorithms: ['RS256'], ...claimChecks }))
`,
    },
    {
      name: 'issuer set on both branches of a conditional',
      code: `
import { expressjwt } from 'express-jwt'
const options = production
  ? { secret, algorithms: ['RS256'], issuer: 'https://auth.example.com/' }
  : { secret, algorithms: ['RS256'], issuer: 'http://localhost:3000' }
app.use(expressjwt(options))
`,
    },
    {
      name: 'issuer on an unrelated object next to the middleware',
      code: `
import { expressjwt } from 'express-jwt'
import { expressjwt as jwt } from './local-wrapper'
const cors = { issuer: '' }
app.use(jwt({ secret }))
`,
    },
    {
      name: 'a local function with the same name',
      code: `
function expressjwt(options) { return options }
expressjwt({ secret })
`,
    },
  ],
  invalid: [
    {
      name: 'v8 without issuer',
      code: `
import { expressjwt } from 'express-jwt'
app.use(expressjwt({ secret, algorithms: ['RS256'] }))
`,
      errors: [{ messageId: 'missingClaimCheck', data: { api: v8, option: 'issuer', claim: 'issuer' }, line: 3, column: 9, endLine: 3, endColumn: 19 }],
    },
    {
      name: 'v6 default import without issuer',
      code: `
import jwt from 'express-jwt'
app.use(jwt({ secret, algorithms: ['RS256'] }).unless({ path: ['/login'] }))
`,
      errors: [{ messageId: 'missingClaimCheck', data: { api: v6, option: 'issuer', claim: 'issuer' }, line: 3, column: 9, endLine: 3, endColumn: 12 }],
    },
    {
      name: 'issuer set to an empty string',
      code: `
import { expressjwt } from 'express-jwt'
app.use(expressjwt({ secret, algorithms: ['RS256'], issuer: '' }))
`,
      errors: [
        { messageId: 'emptyClaimCheck', data: { api: v8, option: 'issuer', claim: 'issuer', value: `''` }, line: 3, column: 61, endLine: 3, endColumn: 63 },
      ],
    },
    {
      name: 'issuer set to null in an options constant',
      code: `
import * as ej from 'express-jwt'
const options = { secret, algorithms: ['RS256'], issuer: null }
app.use(ej.expressjwt(options))
`,
      errors: [
        {
          messageId: 'emptyClaimCheck',
          data: { api: v8, option: 'issuer', claim: 'issuer', value: 'null' },
          line: 3, column: 58, endLine: 3, endColumn: 62,
        },
      ],
    },
    {
      name: 'dynamic import',
      code: `
const { expressjwt } = await import('express-jwt')
export const requireAuth = expressjwt({ secret, algorithms: ['HS256'] })
`,
      errors: [{ messageId: 'missingClaimCheck', data: { api: v8, option: 'issuer', claim: 'issuer' }, line: 3, column: 28, endLine: 3, endColumn: 38 }],
    },
  ],
})

cjsRuleTester.run(`express-jwt (CommonJS): ${requireIssuer.name}`, requireIssuer, {
  assertionOptions,
  valid: [
    {
      name: 'the README require form with issuer',
      code: `
var { expressjwt: jwt } = require('express-jwt')
app.use(jwt({ secret, algorithms: ['HS256'], issuer: 'https://auth.example.com/' }))
`,
    },
  ],
  invalid: [
    {
      name: 'the README require form without issuer',
      code: `
var { expressjwt: jwt } = require('express-jwt')
app.use(jwt({ secret, algorithms: ['HS256'] }))
`,
      errors: [{ messageId: 'missingClaimCheck', data: { api: v8, option: 'issuer', claim: 'issuer' }, line: 3, column: 9, endLine: 3, endColumn: 12 }],
    },
    {
      name: 'v6 require without issuer',
      code: `
const jwt = require('express-jwt')
app.use(jwt({ secret, algorithms: ['HS256'] }))
`,
      errors: [{ messageId: 'missingClaimCheck', data: { api: v6, option: 'issuer', claim: 'issuer' }, line: 3, column: 9, endLine: 3, endColumn: 12 }],
    },
  ],
})

ruleTester.run(`express-jwt: ${requireIssuer.name} (value types)`, requireIssuer, {
  assertionOptions,
  valid: [
    {
      name: 'an array of issuers',
      code: `
import { expressjwt } from 'express-jwt'
app.use(expressjwt({ secret, algorithms: ['RS256'], issuer: ['https://a.example.com/', 'https://b.example.com/'] }))
`,
    },
  ],
  invalid: [
    {
      name: 'a RegExp issuer, which jsonwebtoken skips',
      code: `
import { expressjwt } from 'express-jwt'
app.use(expressjwt({ secret, algorithms: ['RS256'], issuer: /^https:\\/\\/auth\\.example\\.com/ }))
`,
      errors: [
        {
          messageId: 'ignoredClaimCheck',
          data: {
            api: v8,
            option: 'issuer',
            claim: 'issuer',
            value: '/^https:\\/\\/auth\\.example\\.com/',
            accepted: 'a string or an array',
          },
          line: 3, column: 61, endLine: 3, endColumn: 92,
        },
      ],
    },
  ],
})

ruleTester.run(`express-jwt: ${noDisabledExpiry.name}`, noDisabledExpiry, {
  assertionOptions,
  valid: [
    {
      name: 'expiry checks left on',
      code: `
import { expressjwt } from 'express-jwt'
app.use(expressjwt({ secret, algorithms: ['RS256'], ignoreExpiration: false, ignoreNotBefore: false }))
`,
    },
    {
      name: 'a small clock tolerance and a maximum token age',
      code: `
import { expressjwt } from 'express-jwt'
app.use(expressjwt({ secret, algorithms: ['RS256'], clockTolerance: 30, maxAge: '1h' }))
`,
    },
    {
      name: 'a flag computed at run time',
      code: `
import { expressjwt } from 'express-jwt'
app.use(expressjwt({ secret, algorithms: ['RS256'], ignoreExpiration: process.env.JWT_IGNORE_EXP === 'yes' }))
`,
    },
    {
      name: 'options spread in from another module',
      code: `
import { expressjwt } from 'express-jwt'
import { timing } from './jwt-config'
app.use(expressjwt({ secret, algorithms: ['RS256'], ...timing }))
`,
    },
    {
      name: 'the same option names on an unrelated object',
      code: `
import { expressjwt } from 'express-jwt'
const cacheOptions = { ignoreExpiration: true, clockTolerance: 86400 }
app.use(cache(cacheOptions))
app.use(expressjwt({ secret, algorithms: ['RS256'] }))
`,
    },
    {
      name: 'a local function with the same name',
      code: `
const expressjwt = (options: Record<string, unknown>) => options
expressjwt({ ignoreExpiration: true })
`,
    },
  ],
  invalid: [
    {
      name: 'v8: ignoreExpiration',
      code: `
import { expressjwt } from 'express-jwt'
app.use(expressjwt({ secret, algorithms: ['RS256'], ignoreExpiration: true }))
`,
      errors: [
        {
          messageId: 'expiryIgnored',
          data: { api: v8, option: 'ignoreExpiration' },
          line: 3, column: 53, endLine: 3, endColumn: 75,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'ignoreExpiration' },
              output: `
import { expressjwt } from 'express-jwt'
app.use(expressjwt({ secret, algorithms: ['RS256'] }))
`,
            },
          ],
        },
      ],
    },
    {
      name: 'v6 default import: ignoreNotBefore',
      code: `
import jwt from 'express-jwt'
app.use(jwt({ ignoreNotBefore: true, secret, algorithms: ['RS256'] }))
`,
      errors: [
        {
          messageId: 'notBeforeIgnored',
          data: { api: v6, option: 'ignoreNotBefore' },
          line: 3, column: 15, endLine: 3, endColumn: 36,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'ignoreNotBefore' },
              output: `
import jwt from 'express-jwt'
app.use(jwt({ secret, algorithms: ['RS256'] }))
`,
            },
          ],
        },
      ],
    },
    {
      name: 'an hour of clock tolerance',
      code: `
import { expressjwt } from 'express-jwt'
app.use(expressjwt({ secret, algorithms: ['RS256'], clockTolerance: 3600 }))
`,
      errors: [
        {
          messageId: 'clockToleranceTooLarge',
          data: { api: v8, option: 'clockTolerance', seconds: '3600', limit: '300' },
          line: 3, column: 53, endLine: 3, endColumn: 73,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'clockTolerance' },
              output: `
import { expressjwt } from 'express-jwt'
app.use(expressjwt({ secret, algorithms: ['RS256'] }))
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a clock tolerance string, which jsonwebtoken concatenates',
      code: `
import { expressjwt } from 'express-jwt'
const CLOCK_TOLERANCE = '60'
const options = { secret, algorithms: ['RS256'], clockTolerance: CLOCK_TOLERANCE }
app.use(expressjwt(options))
`,
      errors: [
        {
          messageId: 'clockToleranceUnbounded',
          data: { api: v8, option: 'clockTolerance', value: 'CLOCK_TOLERANCE' },
          line: 4, column: 50, endLine: 4, endColumn: 81,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'clockTolerance' },
              output: `
import { expressjwt } from 'express-jwt'
const CLOCK_TOLERANCE = '60'
const options = { secret, algorithms: ['RS256'] }
app.use(expressjwt(options))
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a pinned clock',
      code: `
import * as ej from 'express-jwt'
router.use(ej.expressjwt({ secret, algorithms: ['HS256'], clockTimestamp: 1700000000 }))
`,
      errors: [
        {
          messageId: 'clockPinned',
          data: { api: v8, option: 'clockTimestamp' },
          line: 3, column: 59, endLine: 3, endColumn: 85,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'clockTimestamp' },
              output: `
import * as ej from 'express-jwt'
router.use(ej.expressjwt({ secret, algorithms: ['HS256'] }))
`,
            },
          ],
        },
      ],
    },
    {
      name: 'an options constant shared by two middlewares is reported once',
      code: `
import { expressjwt } from 'express-jwt'
const AUTH = { secret, algorithms: ['RS256'], ignoreExpiration: true }
app.use('/a', expressjwt(AUTH))
app.use('/b', expressjwt(AUTH))
`,
      errors: [
        {
          messageId: 'expiryIgnored',
          data: { api: v8, option: 'ignoreExpiration' },
          line: 3, column: 47, endLine: 3, endColumn: 69,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'ignoreExpiration' },
              output: `
import { expressjwt } from 'express-jwt'
const AUTH = { secret, algorithms: ['RS256'] }
app.use('/a', expressjwt(AUTH))
app.use('/b', expressjwt(AUTH))
`,
            },
          ],
        },
      ],
    },
  ],
})

cjsRuleTester.run(`express-jwt (CommonJS): ${noDisabledExpiry.name}`, noDisabledExpiry, {
  assertionOptions,
  valid: [
    {
      name: 'v6 require with the expiry check on',
      code: `
const jwt = require('express-jwt')
app.use(jwt({ secret, algorithms: ['RS256'], clockTolerance: 5 }))
`,
    },
  ],
  invalid: [
    {
      name: "v6 require: the string 'false' is truthy",
      code: `
const jwt = require('express-jwt')
app.use(jwt({ secret, algorithms: ['RS256'], ignoreExpiration: 'false' }))
`,
      errors: [
        {
          messageId: 'expiryIgnored',
          data: { api: v6, option: 'ignoreExpiration' },
          line: 3, column: 46, endLine: 3, endColumn: 71,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'ignoreExpiration' },
              output: `
const jwt = require('express-jwt')
app.use(jwt({ secret, algorithms: ['RS256'] }))
`,
            },
          ],
        },
      ],
    },
    {
      name: 'the README require form: a clock tolerance string',
      code: `
var { expressjwt: jwt } = require('express-jwt')
app.use(jwt({ secret, algorithms: ['HS256'], clockTolerance: '30s' }))
`,
      errors: [
        {
          messageId: 'clockToleranceUnbounded',
          data: { api: v8, option: 'clockTolerance', value: `'30s'` },
          line: 3, column: 46, endLine: 3, endColumn: 67,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'clockTolerance' },
              output: `
var { expressjwt: jwt } = require('express-jwt')
app.use(jwt({ secret, algorithms: ['HS256'] }))
`,
            },
          ],
        },
      ],
    },
  ],
})

ruleTester.run(`express-jwt: ${noIgnoredVerifyError.name}`, noIgnoredVerifyError, {
  assertionOptions,
  valid: [
    {
      name: 'optional authentication, and the handler checks req.auth first',
      code: `
import { expressjwt, type Request as JWTRequest } from 'express-jwt'
app.get('/feed', expressjwt({ secret, algorithms: ['HS256'], credentialsRequired: false }), (req: JWTRequest, res) => {
  if (!req.auth) return res.json(publicFeed)
  res.json(feedFor(req.auth.sub))
})
`,
    },
    {
      name: 'optional authentication read through optional chaining',
      code: `
import { expressjwt } from 'express-jwt'
app.use(expressjwt({ secret, algorithms: ['HS256'], credentialsRequired: false }))
app.get('/greeting', (req, res) => res.send(\`Hello \${req.auth?.name ?? 'guest'}\`))
`,
    },
    {
      name: 'optional authentication guarded by a middleware of the same file',
      code: `
import { expressjwt } from 'express-jwt'
const signedIn = (req, res, next) => (req.auth ? next() : res.sendStatus(401))
app.use(expressjwt({ secret, algorithms: ['HS256'], credentialsRequired: false }))
app.get('/me', signedIn, (req, res) => res.json({ id: req.auth.sub }))
`,
    },
    {
      name: 'v8 puts the claims on req.auth: req.user is something else',
      code: `
import { expressjwt } from 'express-jwt'
app.use(expressjwt({ secret, algorithms: ['HS256'], credentialsRequired: false }))
app.get('/session', (req, res) => res.json({ id: req.user.id }))
`,
    },
    {
      name: 'an auth member of an unrelated object',
      code: `
import { expressjwt } from 'express-jwt'
import config from './config'
app.use(expressjwt({ secret: config.auth.secret, algorithms: ['HS256'], credentialsRequired: false }))
`,
    },
    {
      name: 'a request property that cannot be told statically',
      code: `
import { expressjwt } from 'express-jwt'
app.use(expressjwt({ secret, algorithms: ['HS256'], credentialsRequired: false, requestProperty: settings.claimsKey }))
app.get('/me', (req, res) => res.json(req.auth.sub))
`,
    },
    {
      name: 'onExpired that throws',
      code: `
import { expressjwt } from 'express-jwt'
app.use(expressjwt({
  secret,
  algorithms: ['HS256'],
  onExpired: async (req, err) => {
    if (new Date().getTime() - err.inner.expiredAt.getTime() < 5000) return
    throw err
  },
}))
`,
    },
    {
      name: 'onExpired that returns a rejected Promise',
      code: `
import { expressjwt } from 'express-jwt'
app.use(expressjwt({ secret, algorithms: ['HS256'], onExpired: (req, err) => Promise.reject(err) }))
`,
    },
    {
      name: 'onExpired imported from another module',
      code: `
import { expressjwt } from 'express-jwt'
import { onExpired } from './token-refresh'
app.use(expressjwt({ secret, algorithms: ['HS256'], onExpired }))
`,
    },
    {
      name: 'v6 has no onExpired: it still rejects expired tokens',
      code: `
import jwt from 'express-jwt'
app.use(jwt({ secret, algorithms: ['HS256'], onExpired: () => {} }))
`,
    },
    {
      name: 'credentials required explicitly',
      code: `
import { expressjwt } from 'express-jwt'
app.use(expressjwt({ secret, algorithms: ['HS256'], credentialsRequired: true }))
app.get('/me', (req, res) => res.json(req.auth.sub))
`,
    },
  ],
  invalid: [
    {
      name: 'v8: optional credentials, and a handler that trusts req.auth',
      code: `
import { expressjwt } from 'express-jwt'
app.use(expressjwt({ secret, algorithms: ['HS256'], credentialsRequired: false }))
app.get('/admin', (req, res) => {
  if (req.auth.role !== 'admin') return res.sendStatus(403)
  res.json(adminData)
})
`,
      errors: [
        {
          messageId: 'failOpenOption',
          data: { api: v8, option: 'credentialsRequired', value: 'false', consequence: credentialsOptional, trusted: 'req.auth' },
          line: 3, column: 53, endLine: 3, endColumn: 79,
        },
      ],
    },
    {
      name: 'v8 with a renamed request property',
      code: `
import { expressjwt } from 'express-jwt'
router.get('/orders', expressjwt({ secret, algorithms: ['HS256'], credentialsRequired: false, requestProperty: 'token' }), (req, res) =>
  res.json(ordersOf(req.token.sub)),
)
`,
      errors: [
        {
          messageId: 'failOpenOption',
          data: { api: v8, option: 'credentialsRequired', value: 'false', consequence: credentialsOptional, trusted: 'req.token' },
          line: 3, column: 67, endLine: 3, endColumn: 93,
        },
      ],
    },
    {
      name: 'v6 default import: the claims are on req.user',
      code: `
import jwt from 'express-jwt'
app.use(jwt({ secret, algorithms: ['HS256'], credentialsRequired: false }))
app.get('/me', (request, response) => response.json({ id: request.user.id }))
`,
      errors: [
        {
          messageId: 'failOpenOption',
          data: { api: v6, option: 'credentialsRequired', value: 'false', consequence: credentialsOptional, trusted: 'request.user' },
          line: 3, column: 46, endLine: 3, endColumn: 72,
        },
      ],
    },
    {
      name: 'v6 resultProperty: the claims are on res.locals.user',
      code: `
import jwt from 'express-jwt'
app.use(jwt({ secret, algorithms: ['HS256'], credentialsRequired: false, resultProperty: 'locals.user' }))
app.get('/me', (req, res) => res.json({ id: res.locals.user.id }))
`,
      errors: [
        {
          messageId: 'failOpenOption',
          data: { api: v6, option: 'credentialsRequired', value: 'false', consequence: credentialsOptional, trusted: 'res.locals.user' },
          line: 3, column: 46, endLine: 3, endColumn: 72,
        },
      ],
    },
    {
      name: 'onExpired that only logs',
      code: `
import { expressjwt } from 'express-jwt'
app.use(expressjwt({
  secret,
  algorithms: ['HS256'],
  onExpired: async (req, err) => {
    console.warn('expired token', err.message)
  },
}))
`,
      errors: [{ messageId: 'expiredTokenAccepted', data: { api: v8, option: 'onExpired' }, line: 6, column: 3, endLine: 6, endColumn: 12 }],
    },
    {
      name: 'onExpired as a method that marks the request',
      code: `
import { expressjwt as auth } from 'express-jwt'
app.use(auth({
  secret,
  algorithms: ['RS256'],
  onExpired(req) {
    req.tokenExpired = true
  },
}))
`,
      errors: [{ messageId: 'expiredTokenAccepted', data: { api: v8, option: 'onExpired' }, line: 6, column: 3, endLine: 6, endColumn: 12 }],
    },
    {
      name: 'onExpired bound to a local function',
      code: `
import * as ej from 'express-jwt'
function allowExpired(req: unknown, err: Error) {
  logger.info({ err }, 'accepting an expired token')
}
app.use(ej.expressjwt({ secret, algorithms: ['RS256'], onExpired: allowExpired }))
`,
      errors: [{ messageId: 'expiredTokenAccepted', data: { api: v8, option: 'onExpired' }, line: 6, column: 56, endLine: 6, endColumn: 65 }],
    },
  ],
})

cjsRuleTester.run(`express-jwt (CommonJS): ${noIgnoredVerifyError.name}`, noIgnoredVerifyError, {
  assertionOptions,
  valid: [
    {
      name: 'the README require form with optional credentials and a guard',
      code: `
var { expressjwt: jwt } = require('express-jwt')
app.get('/protected', jwt({ secret, algorithms: ['HS256'], credentialsRequired: false }), function (req, res) {
  if (!req.auth) return res.sendStatus(401)
  res.sendStatus(req.auth.admin ? 200 : 403)
})
`,
    },
  ],
  invalid: [
    {
      name: 'the README require form with a constant flag',
      code: `
var { expressjwt: jwt } = require('express-jwt')
const REQUIRE_TOKEN = false
app.get('/protected', jwt({ secret, algorithms: ['HS256'], credentialsRequired: REQUIRE_TOKEN }), function (req, res) {
  if (!req.auth.admin) return res.sendStatus(401)
  res.sendStatus(200)
})
`,
      errors: [
        {
          messageId: 'failOpenOption',
          data: { api: v8, option: 'credentialsRequired', value: 'false', consequence: credentialsOptional, trusted: 'req.auth' },
          line: 4, column: 60, endLine: 4, endColumn: 94,
        },
      ],
    },
    {
      name: 'v6 require with userProperty',
      code: `
const jwt = require('express-jwt')
app.use(jwt({ secret, algorithms: ['HS256'], credentialsRequired: false, userProperty: 'claims' }))
app.get('/me', (req, res) => res.json(req.claims.sub))
`,
      errors: [
        {
          messageId: 'failOpenOption',
          data: { api: v6, option: 'credentialsRequired', value: 'false', consequence: credentialsOptional, trusted: 'req.claims' },
          line: 3, column: 46, endLine: 3, endColumn: 72,
        },
      ],
    },
  ],
})

