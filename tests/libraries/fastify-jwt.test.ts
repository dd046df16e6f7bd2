/**
 * @fastify/jwt 5 to 10 (and the unscoped `fastify-jwt` it replaced): the plugin registration
 * `fastify.register(fastifyJwt, { secret, verify: { allowedAud, allowedIss, algorithms, ... } })`,
 * whose `verify` options go to fast-jwt, and the APIs it decorates: `request.jwtVerify()`,
 * `request.jwtDecode()`, `fastify.jwt.verify()` and `fastify.jwt.decode()`. Per-call options are
 * merged over the registration's, so an option missing there is not reported.
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

const plugin = '@fastify/jwt'
const namedPlugin = '@fastify/jwt.fastifyJwt'
const legacyPlugin = 'fastify-jwt'
const requestVerify = 'request.jwtVerify'
const instanceVerify = 'fastify.jwt.verify'
const requestDecode = 'request.jwtDecode'
const instanceDecode = 'fastify.jwt.decode'
const verifyHint = '`request.jwtVerify()`'
const inTry = ', and the surrounding try catches nothing'

ruleTester.run(requireAudience.name, requireAudience, {
  assertionOptions,
  valid: [
    {
      name: 'allowedAud in the registration',
      code: `import Fastify from 'fastify'
import fastifyJwt from '@fastify/jwt'
const app = Fastify()
app.register(fastifyJwt, { secret: process.env.JWT_SECRET!, verify: { allowedAud: 'api', allowedIss: 'https://issuer.example' } })`,
    },
    {
      name: 'registration options from another module',
      code: `import fastifyJwt from '@fastify/jwt'
import { jwtOptions } from './config'
app.register(fastifyJwt, jwtOptions)`,
    },
    {
      name: 'verify options from another module',
      code: `import fastifyJwt from '@fastify/jwt'
import { verifyOptions } from './config'
app.register(fastifyJwt, { secret: process.env.JWT_SECRET!, verify: verifyOptions })`,
    },
    {
      name: 'request.jwtVerify() takes the registration options',
      code: `import type { FastifyRequest } from 'fastify'
export async function authenticate(request: FastifyRequest) {
  await request.jwtVerify()
}`,
    },
    {
      name: 'fastify.jwt.verify with per-call options merged over the registration',
      code: `import type { FastifyInstance } from 'fastify'
export const check = (fastify: FastifyInstance, token: string) => fastify.jwt.verify(token, { allowedIss: 'https://issuer.example' })`,
    },
    {
      name: 'another plugin registered with the same options shape',
      code: `import Fastify from 'fastify'
import cors from '@fastify/cors'
const app = Fastify()
app.register(cors, { origin: true })`,
    },
    {
      name: 'a local plugin called fastifyJwt',
      code: `import Fastify from 'fastify'
const fastifyJwt = async (instance: unknown, options: { secret: string }) => {}
Fastify().register(fastifyJwt, { secret: 'local' })`,
    },
    {
      name: 'the unscoped fastify-jwt, whose version decides the option names',
      code: `const fastify = require('fastify')()
fastify.register(require('fastify-jwt'), { secret: process.env.JWT_SECRET, verify: { audience: 'api' } })`,
    },
  ],
  invalid: [
    {
      name: 'the README registration through require',
      code: `const fastify = require('fastify')()
fastify.register(require('@fastify/jwt'), { secret: 'supersecret' })`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: plugin, option: 'allowedAud', claim: 'audience' },
          line: 2, column: 1, endLine: 2, endColumn: 17,
        },
      ],
    },
    {
      name: 'default import with verify options that lack allowedAud',
      code: `import Fastify from 'fastify'
import fastifyJwt from '@fastify/jwt'
const app = Fastify()
app.register(fastifyJwt, { secret: process.env.JWT_SECRET!, verify: { allowedIss: 'https://issuer.example' } })`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: plugin, option: 'allowedAud', claim: 'audience' },
          line: 4, column: 1, endLine: 4, endColumn: 13,
        },
      ],
    },
    {
      name: 'named import with an empty allowedAud',
      code: `import { fastifyJwt } from '@fastify/jwt'
export default async function auth(fastify) {
  fastify.register(fastifyJwt, { secret: publicKey, verify: { allowedAud: '' } })
}`,
      errors: [
        {
          messageId: 'emptyClaimCheck',
          data: { api: namedPlugin, option: 'allowedAud', claim: 'audience', value: "''" },
          line: 3, column: 75, endLine: 3, endColumn: 77,
        },
      ],
    },
    {
      name: 'registration options in a constant',
      code: `import jwt from '@fastify/jwt'
const jwtOptions = { secret: { private: privateKey, public: publicKey }, sign: { algorithm: 'RS256' } }
await app.register(jwt, jwtOptions)`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: plugin, option: 'allowedAud', claim: 'audience' },
          line: 3, column: 7, endLine: 3, endColumn: 19,
        },
      ],
    },
    {
      name: 'a dynamic import passed to register',
      code: `import Fastify from 'fastify'
const app = Fastify()
await app.register(import('@fastify/jwt'), { secret: process.env.JWT_SECRET!, verify: { allowedIss: 'https://issuer.example' } })`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: plugin, option: 'allowedAud', claim: 'audience' },
          line: 3, column: 7, endLine: 3, endColumn: 19,
        },
      ],
    },
    {
      name: 'inside a fastify-plugin wrapper',
      code: `import fp from 'fastify-plugin'
import fastifyJwt from '@fastify/jwt'
export default fp(async (fastify) => {
  fastify.register(fastifyJwt, { secret: process.env.JWT_SECRET! })
})`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: plugin, option: 'allowedAud', claim: 'audience' },
          line: 4, column: 3, endLine: 4, endColumn: 19,
        },
      ],
    },
    {
      name: 'TypeScript import = require',
      code: `import fastifyJwt = require('@fastify/jwt')
server.register(fastifyJwt, { secret: publicKey, verify: { algorithms: ['RS256'] } })`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: plugin, option: 'allowedAud', claim: 'audience' },
          line: 2, column: 1, endLine: 2, endColumn: 16,
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
      name: 'CommonJS require of the default property',
      code: `const fastify = require('fastify')()
fastify.register(require('@fastify/jwt').default, { secret: process.env.JWT_SECRET })`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: plugin, option: 'allowedAud', claim: 'audience' },
          line: 2, column: 1, endLine: 2, endColumn: 17,
        },
      ],
    },
    {
      name: 'CommonJS require bound to a name',
      code: `const jwt = require('@fastify/jwt')
module.exports = async function (fastify) {
  fastify.register(jwt, { secret: process.env.JWT_SECRET, verify: { allowedIss: 'https://issuer.example' } })
}`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: plugin, option: 'allowedAud', claim: 'audience' },
          line: 3, column: 3, endLine: 3, endColumn: 19,
        },
      ],
    },
  ],
})

ruleTester.run(requireIssuer.name, requireIssuer, {
  assertionOptions,
  valid: [
    {
      name: 'allowedIss in the registration',
      code: `import fastifyJwt from '@fastify/jwt'
app.register(fastifyJwt, { secret: publicKey, verify: { allowedIss: ['https://a.example', 'https://b.example'], allowedAud: 'api' } })`,
    },
    {
      name: 'allowedIss from the environment',
      code: `import fastifyJwt from '@fastify/jwt'
app.register(fastifyJwt, { secret: publicKey, verify: { allowedIss: process.env.ISSUER, allowedAud: 'api' } })`,
    },
    {
      name: 'verify options spread from configuration',
      code: `import fastifyJwt from '@fastify/jwt'
import { claims } from './config'
app.register(fastifyJwt, { secret: publicKey, verify: { ...claims, algorithms: ['RS256'] } })`,
    },
    {
      name: 'request.jwtVerify with nested per-call options',
      code: `import type { FastifyRequest } from 'fastify'
export const auth = (request: FastifyRequest) => request.jwtVerify({ verify: { allowedAud: 'admin' }, decode: {} })`,
    },
    {
      name: 'registration options built by a function',
      code: `import fastifyJwt from '@fastify/jwt'
app.register(fastifyJwt, buildJwtOptions())`,
    },
    {
      name: 'a plugin imported from a project module',
      code: `import fastifyJwt from './plugins/jwt'
app.register(fastifyJwt, { secret: 'x' })`,
    },
  ],
  invalid: [
    {
      name: 'registration without verify options',
      code: `import fastifyJwt from '@fastify/jwt'
app.register(fastifyJwt, { secret: process.env.JWT_SECRET! })`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: plugin, option: 'allowedIss', claim: 'issuer' },
          line: 2, column: 1, endLine: 2, endColumn: 13,
        },
      ],
    },
    {
      name: 'the jsonwebtoken name issuer, which fast-jwt ignores',
      code: `import fastifyJwt from '@fastify/jwt'
app.register(fastifyJwt, { secret: publicKey, verify: { issuer: 'https://issuer.example', allowedAud: 'api' } })`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: plugin, option: 'allowedIss', claim: 'issuer' },
          line: 2, column: 1, endLine: 2, endColumn: 13,
        },
      ],
    },
    {
      name: 'allowedIss set to undefined',
      code: `import { fastifyJwt } from '@fastify/jwt'
app.register(fastifyJwt, { secret: publicKey, verify: { allowedIss: undefined } })`,
      errors: [
        {
          messageId: 'emptyClaimCheck',
          data: { api: namedPlugin, option: 'allowedIss', claim: 'issuer', value: 'undefined' },
          line: 2, column: 69, endLine: 2, endColumn: 78,
        },
      ],
    },
    {
      name: 'verify options in a nested constant',
      code: `import fastifyJwt from '@fastify/jwt'
const verify = { allowedAud: 'api', algorithms: ['RS256'] }
app.register(fastifyJwt, { secret: publicKey, verify })`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: plugin, option: 'allowedIss', claim: 'issuer' },
          line: 3, column: 1, endLine: 3, endColumn: 13,
        },
      ],
    },
    {
      name: 'an awaited dynamic import',
      code: `import Fastify from 'fastify'
const server = Fastify()
server.register(await import('@fastify/jwt'), { secret: process.env.JWT_SECRET! })`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: plugin, option: 'allowedIss', claim: 'issuer' },
          line: 3, column: 1, endLine: 3, endColumn: 16,
        },
      ],
    },
    {
      name: 'registered in a route-scoped plugin',
      code: `import fastifyJwt from '@fastify/jwt'
app.register(async (scope) => {
  scope.register(fastifyJwt, { secret: publicKey, namespace: 'admin' })
})`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: plugin, option: 'allowedIss', claim: 'issuer' },
          line: 3, column: 3, endLine: 3, endColumn: 17,
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
      name: 'CommonJS destructured fastifyJwt',
      code: `const { fastifyJwt } = require('@fastify/jwt')
module.exports = (fastify) => fastify.register(fastifyJwt, { secret: process.env.JWT_SECRET })`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: namedPlugin, option: 'allowedIss', claim: 'issuer' },
          line: 2, column: 31, endLine: 2, endColumn: 47,
        },
      ],
    },
  ],
})

ruleTester.run(requireAlgorithms.name, requireAlgorithms, {
  assertionOptions,
  valid: [
    {
      name: 'without the strict option the key decides (recommended)',
      code: `import fastifyJwt from '@fastify/jwt'
app.register(fastifyJwt, { secret: publicKey, verify: { allowedAud: 'api', allowedIss: 'https://issuer.example' } })`,
    },
    {
      name: 'an allow-list under the strict option',
      options: [{ checkKeyInferredAlgorithms: true }],
      code: `import fastifyJwt from '@fastify/jwt'
app.register(fastifyJwt, { secret: publicKey, verify: { algorithms: ['RS256'] } })`,
    },
    {
      name: 'request.jwtVerify inherits the allow-list under the strict option',
      options: [{ checkKeyInferredAlgorithms: true }],
      code: `import type { FastifyRequest } from 'fastify'
export const authenticate = (request: FastifyRequest) => request.jwtVerify({ allowedAud: 'admin' })`,
    },
    {
      name: 'fastify.jwt.verify inherits the allow-list under the strict option',
      options: [{ checkKeyInferredAlgorithms: true }],
      code: `import type { FastifyInstance } from 'fastify'
export const check = (app: FastifyInstance, token: string) => app.jwt.verify(token)`,
    },
    {
      name: 'verify options from configuration under the strict option',
      options: [{ checkKeyInferredAlgorithms: true }],
      code: `import fastifyJwt from '@fastify/jwt'
import { verify } from './config'
app.register(fastifyJwt, { secret: publicKey, verify })`,
    },
    {
      name: 'per-call algorithms: undefined keeps the registration list under the strict option',
      options: [{ checkKeyInferredAlgorithms: true }],
      code: `import type { FastifyRequest } from 'fastify'
export const authenticate = (request: FastifyRequest) => request.jwtVerify({ algorithms: undefined })`,
    },
    {
      name: 'a local jwtVerify method under the strict option',
      options: [{ checkKeyInferredAlgorithms: true }],
      code: `import Fastify from 'fastify'
const auth = { jwtVerify: async (options?: object) => options }
await auth.jwtVerify({})`,
    },
  ],
  invalid: [
    {
      name: 'verify options without algorithms under the strict option',
      options: [{ checkKeyInferredAlgorithms: true }],
      code: `import fastifyJwt from '@fastify/jwt'
app.register(fastifyJwt, { secret: publicKey, verify: { allowedAud: 'api' } })`,
      errors: [
        {
          messageId: 'missingAlgorithmsKeyInferred',
          data: { api: plugin, option: 'algorithms' },
          line: 2, column: 1, endLine: 2, endColumn: 13,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `import fastifyJwt from '@fastify/jwt'
app.register(fastifyJwt, { secret: publicKey, verify: { allowedAud: 'api', algorithms: ['HS256'] } })`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `import fastifyJwt from '@fastify/jwt'
app.register(fastifyJwt, { secret: publicKey, verify: { allowedAud: 'api', algorithms: ['RS256'] } })`,
            },
          ],
        },
      ],
    },
    {
      name: 'no verify options under the strict option (no suggestion)',
      options: [{ checkKeyInferredAlgorithms: true }],
      code: `import fastifyJwt from '@fastify/jwt'
app.register(fastifyJwt, { secret: process.env.JWT_SECRET! })`,
      errors: [
        {
          messageId: 'missingAlgorithmsKeyInferred',
          data: { api: plugin, option: 'algorithms' },
          line: 2, column: 1, endLine: 2, endColumn: 13,
        },
      ],
    },
    {
      name: 'algorithms set to undefined under the strict option',
      options: [{ checkKeyInferredAlgorithms: true }],
      code: `import { fastifyJwt } from '@fastify/jwt'
app.register(fastifyJwt, { secret: publicKey, verify: { algorithms: undefined, allowedIss: 'https://issuer.example' } })`,
      errors: [
        {
          messageId: 'missingAlgorithmsKeyInferred',
          data: { api: namedPlugin, option: 'algorithms' },
          line: 2, column: 1, endLine: 2, endColumn: 13,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `import { fastifyJwt } from '@fastify/jwt'
app.register(fastifyJwt, { secret: publicKey, verify: { algorithms: ['HS256'], allowedIss: 'https://issuer.example' } })`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `import { fastifyJwt } from '@fastify/jwt'
app.register(fastifyJwt, { secret: publicKey, verify: { algorithms: ['RS256'], allowedIss: 'https://issuer.example' } })`,
            },
          ],
        },
      ],
    },
    {
      name: 'require in an ES module under the strict option',
      options: [{ checkKeyInferredAlgorithms: true }],
      code: `const fastify = require('fastify')()
fastify.register(require('@fastify/jwt'), { secret: publicKey, verify: { allowedIss: 'https://issuer.example' } })`,
      errors: [
        {
          messageId: 'missingAlgorithmsKeyInferred',
          data: { api: plugin, option: 'algorithms' },
          line: 2, column: 1, endLine: 2, endColumn: 17,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `const fastify = require('fastify')()
fastify.register(require('@fastify/jwt'), { secret: publicKey, verify: { allowedIss: 'https://issuer.example', algorithms: ['HS256'] } })`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `const fastify = require('fastify')()
fastify.register(require('@fastify/jwt'), { secret: publicKey, verify: { allowedIss: 'https://issuer.example', algorithms: ['RS256'] } })`,
            },
          ],
        },
      ],
    },
    {
      name: 'a dynamic import under the strict option',
      options: [{ checkKeyInferredAlgorithms: true }],
      code: `import Fastify from 'fastify'
await Fastify().register(import('@fastify/jwt'), { secret: publicKey, verify: { cache: true } })`,
      errors: [
        {
          messageId: 'missingAlgorithmsKeyInferred',
          data: { api: plugin, option: 'algorithms' },
          line: 2, column: 7, endLine: 2, endColumn: 25,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `import Fastify from 'fastify'
await Fastify().register(import('@fastify/jwt'), { secret: publicKey, verify: { cache: true, algorithms: ['HS256'] } })`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `import Fastify from 'fastify'
await Fastify().register(import('@fastify/jwt'), { secret: publicKey, verify: { cache: true, algorithms: ['RS256'] } })`,
            },
          ],
        },
      ],
    },
    {
      name: 'verify options in a constant under the strict option',
      options: [{ checkKeyInferredAlgorithms: true }],
      code: `import fastifyJwt from '@fastify/jwt'
const verify = { allowedAud: 'api' }
app.register(fastifyJwt, { secret: publicKey, verify })`,
      errors: [
        {
          messageId: 'missingAlgorithmsKeyInferred',
          data: { api: plugin, option: 'algorithms' },
          line: 3, column: 1, endLine: 3, endColumn: 13,
        },
      ],
    },
  ],
})

ruleTester.run(noNoneAlgorithm.name, noNoneAlgorithm, {
  assertionOptions,
  valid: [
    {
      name: 'none listed next to a secret: given a key, fast-jwt refuses unsigned tokens',
      code: `import fastifyJwt from '@fastify/jwt'
app.register(fastifyJwt, { secret: process.env.JWT_SECRET!, verify: { algorithms: ['HS256', 'none'] } })`,
    },
    {
      name: 'none per call, with the registration key',
      code: `import type { FastifyRequest } from 'fastify'
export const authenticate = (request: FastifyRequest) => request.jwtVerify({ algorithms: ['none'] })`,
    },
    {
      name: 'none for fastify.jwt.verify, with the registration key',
      code: `import type { FastifyInstance } from 'fastify'
export const check = (fastify: FastifyInstance, token: string) => fastify.jwt.verify(token, { algorithms: ['none'] })`,
    },
    {
      name: 'sign options with algorithm none, which fast-jwt refuses with the plugin key',
      code: `import fastifyJwt from '@fastify/jwt'
app.register(fastifyJwt, { secret: process.env.JWT_SECRET!, sign: { algorithm: 'none' } })`,
    },
    {
      name: 'reply.jwtSign with algorithm none',
      code: `import type { FastifyReply } from 'fastify'
export const issue = (reply: FastifyReply) => reply.jwtSign({ sub: '1' }, { algorithm: 'none' })`,
    },
    {
      name: 'a real allow-list',
      code: `import fastifyJwt from '@fastify/jwt'
app.register(fastifyJwt, { secret: publicKey, verify: { algorithms: ['RS256'] } })`,
    },
  ],
  invalid: [

  ],
})

ruleTester.run(noMixedAlgorithmFamilies.name, noMixedAlgorithmFamilies, {
  assertionOptions,
  valid: [
    {
      name: 'asymmetric algorithms in the registration',
      code: `import fastifyJwt from '@fastify/jwt'
app.register(fastifyJwt, { secret: { private: privateKey, public: publicKey }, verify: { algorithms: ['RS256', 'ES256'] } })`,
    },
    {
      name: 'HMAC algorithms per call',
      code: `import type { FastifyRequest } from 'fastify'
export const authenticate = (request: FastifyRequest) => request.jwtVerify({ algorithms: ['HS256', 'HS384'] })`,
    },
    {
      name: 'one family per namespace',
      code: `import fastifyJwt from '@fastify/jwt'
app.register(fastifyJwt, { secret: sharedSecret, namespace: 'service', verify: { algorithms: ['HS256'] } })
app.register(fastifyJwt, { secret: publicKey, namespace: 'user', verify: { algorithms: ['RS256'] } })`,
    },
    {
      name: 'a list from configuration',
      code: `import fastifyJwt from '@fastify/jwt'
import { algorithms } from './config'
app.register(fastifyJwt, { secret: publicKey, verify: { algorithms } })`,
    },
    {
      name: 'mixed algorithms on an object that is not a Fastify request',
      code: `import Fastify from 'fastify'
const tokens = { jwtVerify: (options: { algorithms: string[] }) => options }
tokens.jwtVerify({ algorithms: ['HS256', 'RS256'] })`,
    },
    {
      name: 'a sign algorithm is not an allow-list',
      code: `import fastifyJwt from '@fastify/jwt'
app.register(fastifyJwt, { secret: { private: privateKey, public: publicKey }, sign: { algorithm: 'RS256' }, verify: { algorithms: ['RS256'] } })`,
    },
  ],
  invalid: [
    {
      name: 'a mixed list in the registration',
      code: `import fastifyJwt from '@fastify/jwt'
app.register(fastifyJwt, { secret: publicKey, verify: { algorithms: ['RS256', 'HS256'] } })`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: plugin, hmac: '`HS256`', asymmetric: '`RS256`', option: 'algorithms' },
          line: 2, column: 69, endLine: 2, endColumn: 87,
        },
      ],
    },
    {
      name: 'a mixed list per call, flat',
      code: `import type { FastifyRequest } from 'fastify'
export const authenticate = (request: FastifyRequest) => request.jwtVerify({ algorithms: ['HS512', 'ES512'] })`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: requestVerify, hmac: '`HS512`', asymmetric: '`ES512`', option: 'algorithms' },
          line: 2, column: 90, endLine: 2, endColumn: 108,
        },
      ],
    },
    {
      name: 'a mixed list per call, nested under verify',
      code: `import type { FastifyRequest } from 'fastify'
export async function authenticate(request: FastifyRequest) {
  await request.jwtVerify({ verify: { algorithms: ['HS256', 'PS256'] }, decode: { complete: false } })
}`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: requestVerify, hmac: '`HS256`', asymmetric: '`PS256`', option: 'algorithms' },
          line: 3, column: 51, endLine: 3, endColumn: 69,
        },
      ],
    },
    {
      name: 'fastify.jwt.verify with a mixed list',
      code: `import type { FastifyInstance } from 'fastify'
export const check = (fastify: FastifyInstance, token: string) => fastify.jwt.verify(token, { algorithms: ['HS256', 'RS256'] })`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: instanceVerify, hmac: '`HS256`', asymmetric: '`RS256`', option: 'algorithms' },
          line: 2, column: 107, endLine: 2, endColumn: 125,
        },
      ],
    },
    {
      name: 'a mixed list in a constant',
      code: `import fastifyJwt from '@fastify/jwt'
const ALGORITHMS = ['HS256', 'RS256', 'ES256']
app.register(fastifyJwt, { secret: publicKey, verify: { algorithms: ALGORITHMS } })`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: plugin, hmac: '`HS256`', asymmetric: '`RS256`, `ES256`', option: 'algorithms' },
          line: 3, column: 69, endLine: 3, endColumn: 79,
        },
      ],
    },
    {
      name: 'the unscoped fastify-jwt',
      code: `import fastifyJwt from 'fastify-jwt'
app.register(fastifyJwt, { secret: publicKey, verify: { algorithms: ['HS256', 'RS256'] } })`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: legacyPlugin, hmac: '`HS256`', asymmetric: '`RS256`', option: 'algorithms' },
          line: 2, column: 69, endLine: 2, endColumn: 87,
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
      name: 'CommonJS require inside a handler using this.jwt',
      code: `const fastify = require('fastify')()
fastify.get('/check', function (request) {
  return this.jwt.verify(request.query.token, { algorithms: ['HS256', 'EdDSA'] })
})`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: 'this.jwt.verify', hmac: '`HS256`', asymmetric: '`EdDSA`', option: 'algorithms' },
          line: 3, column: 61, endLine: 3, endColumn: 79,
        },
      ],
    },
  ],
})

ruleTester.run(noAlgorithmFromHeader.name, noAlgorithmFromHeader, {
  assertionOptions,
  valid: [
    {
      name: 'the header picks the key, the allow-list is fixed',
      code: `import type { FastifyRequest } from 'fastify'
export async function authenticate(request: FastifyRequest) {
  const { header } = await request.jwtDecode({ decode: { complete: true } })
  await request.jwtVerify({ key: keys[header.kid], algorithms: ['RS256'] })
}`,
    },
    {
      name: 'an allow-list from configuration',
      code: `import type { FastifyRequest } from 'fastify'
export const authenticate = (request: FastifyRequest) => request.jwtVerify({ algorithms: config.algorithms })`,
    },
    {
      name: 'the algorithm of a verified token',
      code: `import type { FastifyInstance } from 'fastify'
export function second(fastify: FastifyInstance, token: string, next: string) {
  const { header } = fastify.jwt.verify(token, { complete: true })
  return fastify.jwt.verify(next, { algorithms: [header.alg] })
}`,
    },
    {
      name: 'a jwtDecode method on an object that is not a Fastify request',
      code: `import Fastify from 'fastify'
const parser = { jwtDecode: async () => ({ header: { alg: 'RS256' } }) }
export async function check(request) {
  const { header } = await parser.jwtDecode()
  await request.jwtVerify({ algorithms: [header.alg] })
}`,
    },
    {
      name: 'the header alg compared, not passed',
      code: `import type { FastifyInstance } from 'fastify'
export function check(fastify: FastifyInstance, token: string) {
  if (fastify.jwt.decode(token, { complete: true }).header.alg !== 'RS256') throw new Error('bad alg')
  return fastify.jwt.verify(token, { algorithms: ['RS256'] })
}`,
    },
    {
      name: 'a fixed list chosen by the issuer claim',
      code: `import type { FastifyInstance } from 'fastify'
export function check(fastify: FastifyInstance, token: string) {
  const { iss } = fastify.jwt.decode(token)
  return fastify.jwt.verify(token, { algorithms: iss === 'internal' ? ['HS256'] : ['RS256'] })
}`,
    },
  ],
  invalid: [
    {
      name: 'request.jwtDecode complete header into request.jwtVerify',
      code: `import type { FastifyRequest } from 'fastify'
export async function authenticate(request: FastifyRequest) {
  const { header } = await request.jwtDecode({ decode: { complete: true } })
  await request.jwtVerify({ algorithms: [header.alg] })
}`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: requestVerify, option: 'algorithms', part: 'header', source: 'request.jwtDecode({ decode: { complete: true } })' },
          line: 4, column: 42, endLine: 4, endColumn: 52,
        },
      ],
    },
    {
      name: 'fastify.jwt.decode complete header into fastify.jwt.verify',
      code: `import type { FastifyInstance } from 'fastify'
export function check(fastify: FastifyInstance, token: string) {
  const decoded = fastify.jwt.decode(token, { complete: true })
  return fastify.jwt.verify(token, { algorithms: [decoded.header.alg] })
}`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: instanceVerify, option: 'algorithms', part: 'header', source: 'fastify.jwt.decode(token, { complete: true })' },
          line: 4, column: 51, endLine: 4, endColumn: 69,
        },
      ],
    },
    {
      name: 'a header read where the registration may make decodes complete',
      code: `import type { FastifyInstance } from 'fastify'
export function check(fastify: FastifyInstance, token: string) {
  const { header } = fastify.jwt.decode(token)
  return fastify.jwt.verify(token, { algorithms: [header.alg] })
}`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: instanceVerify, option: 'algorithms', part: 'header', source: 'fastify.jwt.decode(token)' },
          line: 4, column: 51, endLine: 4, endColumn: 61,
        },
      ],
    },
    {
      name: 'jose decodeProtectedHeader into request.jwtVerify, nested options',
      code: `import { decodeProtectedHeader } from 'jose'
import type { FastifyRequest } from 'fastify'
export async function authenticate(request: FastifyRequest) {
  const token = request.headers.authorization!.slice(7)
  const { alg } = decodeProtectedHeader(token)
  await request.jwtVerify({ verify: { algorithms: [alg] } })
}`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: requestVerify, option: 'algorithms', part: 'header', source: 'decodeProtectedHeader(token)' },
          line: 6, column: 52, endLine: 6, endColumn: 55,
        },
      ],
    },
    {
      name: 'a hand-rolled header decode with a fallback',
      code: `import type { FastifyRequest } from 'fastify'
export async function authenticate(request: FastifyRequest) {
  const token = request.headers.authorization!.slice(7)
  const header = JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString())
  await request.jwtVerify({ algorithms: [header.alg || 'HS256'] })
}`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: requestVerify, option: 'algorithms', part: 'header', source: "JSON.parse(Buffer.from(token.split('.')[0], 'base64url').to…" },
          line: 5, column: 42, endLine: 5, endColumn: 52,
        },
      ],
    },
    {
      name: 'through this.jwt in a route handler',
      code: `import Fastify from 'fastify'
const app = Fastify()
app.get('/me', async function (request) {
  const token = request.headers.authorization!.slice(7)
  const { header } = this.jwt.decode(token, { complete: true })
  return this.jwt.verify(token, { algorithms: [header.alg] })
})`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: 'this.jwt.verify', option: 'algorithms', part: 'header', source: 'this.jwt.decode(token, { complete: true })' },
          line: 6, column: 48, endLine: 6, endColumn: 58,
        },
      ],
    },
  ],
})

ruleTester.run(noDisabledExpiry.name, noDisabledExpiry, {
  assertionOptions,
  valid: [
    {
      name: 'a thirty-second clock tolerance in milliseconds',
      code: `import fastifyJwt from '@fastify/jwt'
app.register(fastifyJwt, { secret: publicKey, verify: { clockTolerance: 30_000 } })`,
    },
    {
      name: 'maxAge in seconds is not a tolerance',
      code: `import fastifyJwt from '@fastify/jwt'
app.register(fastifyJwt, { secret: publicKey, verify: { maxAge: 3600 } })`,
    },
    {
      name: 'ignoreExpiration: false per call',
      code: `import type { FastifyRequest } from 'fastify'
export const authenticate = (request: FastifyRequest) => request.jwtVerify({ ignoreExpiration: false })`,
    },
    {
      name: 'sign options do not switch verification off',
      code: `import fastifyJwt from '@fastify/jwt'
app.register(fastifyJwt, { secret: publicKey, sign: { expiresIn: '15m', notBefore: 0 } })`,
    },
    {
      name: 'decode options are not verify options',
      code: `import type { FastifyRequest } from 'fastify'
export const peek = (request: FastifyRequest) => request.jwtDecode({ decode: { complete: true }, verify: { onlyCookie: true } })`,
    },
    {
      name: 'ignoreExpiration on an object that is not a Fastify request',
      code: `import Fastify from 'fastify'
class Tokens {
  jwtVerify(options: { ignoreExpiration: boolean }) { return options }
  refresh() { return this.jwtVerify({ ignoreExpiration: true }) }
}`,
    },
    {
      name: 'a file that does not use Fastify',
      code: `export const check = (req) => req.jwtVerify({ ignoreExpiration: true })`,
    },
  ],
  invalid: [
    {
      name: 'ignoreExpiration in the registration',
      code: `import fastifyJwt from '@fastify/jwt'
app.register(fastifyJwt, { secret: publicKey, verify: { ignoreExpiration: true } })`,
      errors: [
        {
          messageId: 'expiryIgnored',
          data: { api: plugin, option: 'ignoreExpiration' },
          line: 2, column: 57, endLine: 2, endColumn: 79,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'ignoreExpiration' },
              output: `import fastifyJwt from '@fastify/jwt'
app.register(fastifyJwt, { secret: publicKey, verify: {  } })`,
            },
          ],
        },
      ],
    },
    {
      name: 'ignoreNotBefore per call, flat',
      code: `import type { FastifyRequest } from 'fastify'
export const authenticate = (request: FastifyRequest) => request.jwtVerify({ ignoreNotBefore: true })`,
      errors: [
        {
          messageId: 'notBeforeIgnored',
          data: { api: requestVerify, option: 'ignoreNotBefore' },
          line: 2, column: 78, endLine: 2, endColumn: 99,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'ignoreNotBefore' },
              output: `import type { FastifyRequest } from 'fastify'
export const authenticate = (request: FastifyRequest) => request.jwtVerify({  })`,
            },
          ],
        },
      ],
    },
    {
      name: 'ignoreExpiration per call, nested under verify',
      code: `import type { FastifyRequest } from 'fastify'
export async function refresh(request: FastifyRequest) {
  return request.jwtVerify({ verify: { ignoreExpiration: true } })
}`,
      errors: [
        {
          messageId: 'expiryIgnored',
          data: { api: requestVerify, option: 'ignoreExpiration' },
          line: 3, column: 40, endLine: 3, endColumn: 62,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'ignoreExpiration' },
              output: `import type { FastifyRequest } from 'fastify'
export async function refresh(request: FastifyRequest) {
  return request.jwtVerify({ verify: {  } })
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'a ten-minute clock tolerance in milliseconds',
      code: `import { fastifyJwt } from '@fastify/jwt'
app.register(fastifyJwt, { secret: publicKey, verify: { clockTolerance: 600_000 } })`,
      errors: [
        {
          messageId: 'clockToleranceTooLarge',
          data: { api: namedPlugin, option: 'clockTolerance', seconds: '600', limit: '300' },
          line: 2, column: 57, endLine: 2, endColumn: 80,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'clockTolerance' },
              output: `import { fastifyJwt } from '@fastify/jwt'
app.register(fastifyJwt, { secret: publicKey, verify: {  } })`,
            },
          ],
        },
      ],
    },
    {
      name: 'fastify.jwt.verify with a pinned clock',
      code: `import type { FastifyInstance } from 'fastify'
export const check = (fastify: FastifyInstance, token: string) => fastify.jwt.verify(token, { clockTimestamp: 1_700_000_000_000 })`,
      errors: [
        {
          messageId: 'clockPinned',
          data: { api: instanceVerify, option: 'clockTimestamp' },
          line: 2, column: 95, endLine: 2, endColumn: 128,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'clockTimestamp' },
              output: `import type { FastifyInstance } from 'fastify'
export const check = (fastify: FastifyInstance, token: string) => fastify.jwt.verify(token, {  })`,
            },
          ],
        },
      ],
    },
    {
      name: 'the unscoped fastify-jwt',
      code: `import fastifyJwt from 'fastify-jwt'
app.register(fastifyJwt, { secret: publicKey, verify: { ignoreExpiration: true } })`,
      errors: [
        {
          messageId: 'expiryIgnored',
          data: { api: legacyPlugin, option: 'ignoreExpiration' },
          line: 2, column: 57, endLine: 2, endColumn: 79,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'ignoreExpiration' },
              output: `import fastifyJwt from 'fastify-jwt'
app.register(fastifyJwt, { secret: publicKey, verify: {  } })`,
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
      name: 'CommonJS registration with verify options in a constant',
      code: `const verify = { ignoreExpiration: true }
require('fastify')().register(require('@fastify/jwt'), { secret: process.env.JWT_SECRET, verify })`,
      errors: [
        {
          messageId: 'expiryIgnored',
          data: { api: plugin, option: 'ignoreExpiration' },
          line: 1, column: 18, endLine: 1, endColumn: 40,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'ignoreExpiration' },
              output: `const verify = {  }
require('fastify')().register(require('@fastify/jwt'), { secret: process.env.JWT_SECRET, verify })`,
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
      name: 'the README hook: awaited, errors sent',
      code: `import Fastify from 'fastify'
const fastify = Fastify()
fastify.decorate('authenticate', async function (request, reply) {
  try {
    await request.jwtVerify()
  } catch (err) {
    reply.send(err)
  }
})`,
    },
    {
      name: 'the Promise returned from the hook',
      code: `import Fastify from 'fastify'
const fastify = Fastify()
fastify.addHook('onRequest', (request) => request.jwtVerify())`,
    },
    {
      name: 'the README callback: the error is sent',
      code: `import Fastify from 'fastify'
const fastify = Fastify()
fastify.get('/verify', function (request, reply) {
  request.jwtVerify(function (err, decoded) {
    return reply.send(err || decoded)
  })
})`,
    },
    {
      name: 'a sync fastify.jwt.verify whose catch answers 401',
      code: `import type { FastifyInstance } from 'fastify'
export function user(fastify: FastifyInstance, request, reply) {
  try {
    return fastify.jwt.verify(request.headers.authorization.slice(7))
  } catch {
    return reply.code(401).send()
  }
}`,
    },
    {
      name: 'fastify.jwt.verify with a callback, which only ever gets the result',
      code: `import type { FastifyInstance } from 'fastify'
export function log(fastify: FastifyInstance, token: string) {
  fastify.jwt.verify(token, (err, decoded) => {
    fastify.log.info(decoded)
  })
}`,
    },
    {
      name: 'a jwtVerify method on an object that is not a Fastify request',
      code: `import Fastify from 'fastify'
const session = { jwtVerify: async () => true }
export function check() {
  session.jwtVerify()
}`,
    },
    {
      name: 'a callback hook that stops on the error',
      code: `import Fastify from 'fastify'
const fastify = Fastify()
fastify.addHook('onRequest', (request, reply, done) => {
  request.jwtVerify((err) => {
    if (err) return reply.code(401).send(err)
    done()
  })
})`,
    },
  ],
  invalid: [
    {
      name: 'a floating request.jwtVerify() in an async hook',
      code: `import Fastify from 'fastify'
const fastify = Fastify()
fastify.addHook('onRequest', async (request) => {
  request.jwtVerify()
})`,
      errors: [
        {
          messageId: 'floatingVerify',
          data: { api: requestVerify, inTry: '' },
          line: 4, column: 3, endLine: 4, endColumn: 22,
          suggestions: [
            {
              messageId: 'addAwait',
              data: {},
              output: `import Fastify from 'fastify'
const fastify = Fastify()
fastify.addHook('onRequest', async (request) => {
  await request.jwtVerify()
})`,
            },
          ],
        },
      ],
    },
    {
      name: 'the Promise used as a condition',
      code: `import type { FastifyRequest, FastifyReply } from 'fastify'
export async function guard(request: FastifyRequest, reply: FastifyReply) {
  if (!request.jwtVerify({ allowedAud: 'admin' })) return reply.code(401).send()
}`,
      errors: [
        {
          messageId: 'unawaitedVerify',
          data: { api: requestVerify },
          line: 3, column: 8, endLine: 3, endColumn: 50,
          suggestions: [
            {
              messageId: 'addAwait',
              data: {},
              output: `import type { FastifyRequest, FastifyReply } from 'fastify'
export async function guard(request: FastifyRequest, reply: FastifyReply) {
  if (!await request.jwtVerify({ allowedAud: 'admin' })) return reply.code(401).send()
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'a floating verify inside try',
      code: `import type { FastifyRequest, FastifyReply } from 'fastify'
export async function guard(request: FastifyRequest, reply: FastifyReply) {
  try {
    request.jwtVerify()
  } catch (err) {
    return reply.send(err)
  }
}`,
      errors: [
        {
          messageId: 'floatingVerify',
          data: { api: requestVerify, inTry: inTry },
          line: 4, column: 5, endLine: 4, endColumn: 24,
          suggestions: [
            {
              messageId: 'addAwait',
              data: {},
              output: `import type { FastifyRequest, FastifyReply } from 'fastify'
export async function guard(request: FastifyRequest, reply: FastifyReply) {
  try {
    await request.jwtVerify()
  } catch (err) {
    return reply.send(err)
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'a callback that ignores the error',
      code: `import Fastify from 'fastify'
const fastify = Fastify()
fastify.addHook('preHandler', (request, reply, done) => {
  request.jwtVerify((err, decoded) => {
    request.log.info(decoded)
    done()
  })
})`,
      errors: [
        {
          messageId: 'callbackErrorUnused',
          data: { api: requestVerify, name: 'err' },
          line: 4, column: 22, endLine: 4, endColumn: 25,
        },
      ],
    },
    {
      name: 'a callback that logs the error and carries on',
      code: `import Fastify from 'fastify'
const fastify = Fastify()
fastify.addHook('onRequest', (request, reply, done) => {
  request.jwtVerify((err) => {
    if (err) request.log.warn(err)
    done()
  })
})`,
      errors: [
        {
          messageId: 'callbackErrorNotStopped',
          data: { api: requestVerify, name: 'err' },
          line: 5, column: 9, endLine: 5, endColumn: 12,
        },
      ],
    },
    {
      name: 'a rejection handler that swallows and a finally that continues',
      code: `import Fastify from 'fastify'
const fastify = Fastify()
fastify.addHook('onRequest', (request, reply, done) => {
  request.jwtVerify().catch(() => {}).finally(() => done())
})`,
      errors: [
        {
          messageId: 'swallowedVerifyError',
          data: { api: requestVerify },
          line: 4, column: 29, endLine: 4, endColumn: 37,
        },
      ],
    },
    {
      name: 'an empty catch around fastify.jwt.verify before next()',
      code: `import type { FastifyInstance } from 'fastify'
export function attach(app: FastifyInstance, request, next) {
  try {
    request.user = app.jwt.verify(request.headers.authorization.slice(7))
  } catch {}
  next()
}`,
      errors: [
        {
          messageId: 'swallowedVerifyError',
          data: { api: 'app.jwt.verify' },
          line: 5, column: 5, endLine: 5, endColumn: 13,
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
      name: 'CommonJS route with a floating verify',
      code: `const fastify = require('fastify')()
fastify.register(require('@fastify/jwt'), { secret: process.env.JWT_SECRET, verify: { allowedAud: 'api', allowedIss: 'me' } })
fastify.get('/me', async (req, reply) => {
  req.jwtVerify()
  return req.user
})`,
      errors: [
        {
          messageId: 'floatingVerify',
          data: { api: 'req.jwtVerify', inTry: '' },
          line: 4, column: 3, endLine: 4, endColumn: 18,
          suggestions: [
            {
              messageId: 'addAwait',
              data: {},
              output: `const fastify = require('fastify')()
fastify.register(require('@fastify/jwt'), { secret: process.env.JWT_SECRET, verify: { allowedAud: 'api', allowedIss: 'me' } })
fastify.get('/me', async (req, reply) => {
  await req.jwtVerify()
  return req.user
})`,
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
      name: 'only the expiry read',
      filename: 'server/session.ts',
      code: `import type { FastifyInstance } from 'fastify'
export const expiresAt = (fastify: FastifyInstance, token: string) => fastify.jwt.decode(token).exp * 1000`,
    },
    {
      name: 'the header read from a decode that may be complete',
      filename: 'server/keys.ts',
      code: `import type { FastifyInstance } from 'fastify'
export const kid = (fastify: FastifyInstance, token: string) => fastify.jwt.decode(token).header.kid`,
    },
    {
      name: 'decoded to pick the key, verified, and the verified payload returned',
      filename: 'server/auth.ts',
      code: `import type { FastifyInstance } from 'fastify'
export function user(fastify: FastifyInstance, token: string) {
  const { iss } = fastify.jwt.decode(token)
  return fastify.jwt.verify(token, { key: keys[iss], allowedIss: Object.keys(keys) })
}`,
    },
    {
      name: 'a jwtDecode method on an object that is not a Fastify request',
      filename: 'server/auth.ts',
      code: `import Fastify from 'fastify'
const codec = { jwtDecode: async () => ({ role: 'admin' }) }
export async function role() {
  return (await codec.jwtDecode()).role
}`,
    },
    {
      name: 'a file that does not use Fastify',
      filename: 'server/other.ts',
      code: `export async function role(req) {
  return (await req.jwtDecode()).role
}`,
    },
    {
      name: 'the verified user read after request.jwtVerify',
      filename: 'server/routes.ts',
      code: `import type { FastifyRequest } from 'fastify'
export async function me(request: FastifyRequest) {
  const user = await request.jwtVerify<{ sub: string }>()
  return user.sub
}`,
    },
  ],
  invalid: [
    {
      name: 'a claim read from request.jwtDecode()',
      filename: 'server/routes.ts',
      code: `import type { FastifyRequest } from 'fastify'
export async function isAdmin(request: FastifyRequest) {
  const claims = await request.jwtDecode<{ role: string }>()
  return claims.role === 'admin'
}`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: requestDecode, claim: '`role`', verify: verifyHint },
          line: 3, column: 24, endLine: 3, endColumn: 61,
        },
      ],
    },
    {
      name: 'a claim read from fastify.jwt.decode',
      filename: 'server/auth.ts',
      code: `import type { FastifyInstance } from 'fastify'
export const userId = (fastify: FastifyInstance, token: string) => fastify.jwt.decode(token).sub`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: instanceDecode, claim: '`sub`', verify: verifyHint },
          line: 2, column: 68, endLine: 2, endColumn: 93,
        },
      ],
    },
    {
      name: 'the payload of a complete decode',
      filename: 'server/auth.ts',
      code: `import type { FastifyInstance } from 'fastify'
export const tenant = (app: FastifyInstance, token: string) => app.jwt.decode(token, { complete: true }).payload.tenant`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: 'app.jwt.decode', claim: '`tenant`', verify: verifyHint },
          line: 2, column: 64, endLine: 2, endColumn: 105,
        },
      ],
    },
    {
      name: 'the payload of request.jwtDecode with nested complete',
      filename: 'server/auth.ts',
      code: `import type { FastifyRequest } from 'fastify'
export async function scopes(request: FastifyRequest) {
  const { payload } = await request.jwtDecode({ decode: { complete: true } })
  return payload.scope
}`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: requestDecode, claim: '`scope`', verify: verifyHint },
          line: 3, column: 29, endLine: 3, endColumn: 78,
        },
      ],
    },
    {
      name: 'the whole payload stored on the request',
      filename: 'server/hooks.ts',
      code: `import Fastify from 'fastify'
const fastify = Fastify()
fastify.addHook('preHandler', async (request) => {
  request.user = await request.jwtDecode()
})`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: requestDecode, claim: 'the whole payload', verify: verifyHint },
          line: 4, column: 24, endLine: 4, endColumn: 43,
        },
      ],
    },
    {
      name: 'through request.server.jwt in a handler',
      filename: 'server/routes.ts',
      code: `import Fastify from 'fastify'
Fastify().get('/orders', async (request) => {
  const { customerId } = request.server.jwt.decode(request.query.token)
  return orders.find(customerId)
})`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: 'server.jwt.decode', claim: '`customerId`', verify: verifyHint },
          line: 3, column: 26, endLine: 3, endColumn: 72,
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
      name: 'CommonJS handler using this.jwt.decode',
      filename: 'server/routes.js',
      code: `const fastify = require('fastify')()
fastify.get('/me', function (request) {
  return { id: this.jwt.decode(request.headers.authorization.slice(7)).id }
})`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: 'this.jwt.decode', claim: '`id`', verify: verifyHint },
          line: 3, column: 16, endLine: 3, endColumn: 71,
        },
      ],
    },
  ],
})
