/**
 * fast-jwt 1 to 6: `createVerifier(options)`, `createDecoder(options)` and `createSigner(options)`
 * return the functions that verify, decode and sign. Verifier options are `algorithms`,
 * `allowedAud`, `allowedIss`, `ignoreExpiration`, `ignoreNotBefore`, `clockTolerance` and
 * `clockTimestamp`, times in milliseconds. Without `algorithms` the key's type decides.
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

const verifier = 'fast-jwt.createVerifier'
const verifierCall = 'fast-jwt.createVerifier()'
const decoder = 'fast-jwt.createDecoder()'
const signer = 'fast-jwt.createSigner'
const verifyHint = '`fast-jwt.createVerifier`'

ruleTester.run(requireAudience.name, requireAudience, {
  assertionOptions,
  valid: [
    {
      name: 'allowedAud as a string',
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key: publicKey, algorithms: ['RS256'], allowedAud: 'https://api.example.com' })`,
    },
    {
      name: 'allowedAud as an array of strings and RegExps',
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key: secret, allowedAud: ['api', /^urn:example:/] })`,
    },
    {
      name: 'options spread from another module may set allowedAud',
      code: `import { createVerifier } from 'fast-jwt'
import { verifierOptions } from './config'
const verify = createVerifier({ ...verifierOptions, key: publicKey })`,
    },
    {
      name: 'options built by a function',
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier(buildVerifierOptions(process.env))`,
    },
    {
      name: 'allowedAud added after the options are declared',
      code: `import { createVerifier } from 'fast-jwt'
const options: Record<string, unknown> = { key: publicKey }
options.allowedAud = process.env.AUDIENCE
const verify = createVerifier(options)`,
    },
    {
      name: 'a local function called createVerifier',
      code: `function createVerifier(options: { key: string }) {
  return (token: string) => token.length > 0 && options.key.length > 0
}
const verify = createVerifier({ key: 'not fast-jwt' })`,
    },
    {
      name: 'createVerifier of another module',
      code: `import { createVerifier } from './fast-jwt'
const verify = createVerifier({ key: publicKey })`,
    },
    {
      name: 'the verifier function and the decoder carry no options of their own',
      code: `import { createDecoder } from 'fast-jwt'
const decode = createDecoder({ complete: true })
export const header = (token: string) => decode(token).header`,
    },
  ],
  invalid: [
    {
      name: 'named import without allowedAud',
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key: publicKey, algorithms: ['RS256'], allowedIss: 'https://issuer.example' })`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: verifier, option: 'allowedAud', claim: 'audience' },
          line: 2, column: 16, endLine: 2, endColumn: 30,
        },
      ],
    },
    {
      name: 'renamed import with options from a constant',
      code: `import { createVerifier as makeVerifier } from 'fast-jwt'
const options = { key: publicKey, algorithms: ['RS256'] }
export const verify = makeVerifier(options)`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: verifier, option: 'allowedAud', claim: 'audience' },
          line: 3, column: 23, endLine: 3, endColumn: 35,
        },
      ],
    },
    {
      name: 'namespace import with an empty allowedAud',
      code: `import * as fastJwt from 'fast-jwt'
const verify = fastJwt.createVerifier({ key: publicKey, allowedAud: '' })`,
      errors: [
        {
          messageId: 'emptyClaimCheck',
          data: { api: verifier, option: 'allowedAud', claim: 'audience', value: "''" },
          line: 2, column: 69, endLine: 2, endColumn: 71,
        },
      ],
    },
    {
      name: 'default import with allowedAud set to undefined',
      code: `import fastJwt from 'fast-jwt'
const verify = fastJwt.createVerifier({ key: secret, allowedAud: undefined })`,
      errors: [
        {
          messageId: 'emptyClaimCheck',
          data: { api: verifier, option: 'allowedAud', claim: 'audience', value: 'undefined' },
          line: 2, column: 66, endLine: 2, endColumn: 75,
        },
      ],
    },
    {
      name: 'await import, with a spread of a known constant',
      code: `const { createVerifier } = await import('fast-jwt')
const base = { key: publicKey, algorithms: ['ES256'] }
const verify = createVerifier({ ...base, cache: true })`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: verifier, option: 'allowedAud', claim: 'audience' },
          line: 3, column: 16, endLine: 3, endColumn: 30,
        },
      ],
    },
    {
      name: 'TypeScript import = require',
      code: `import fastJwt = require('fast-jwt')
const verify = fastJwt.createVerifier({ key: publicKey, allowedIss: 'https://issuer.example' })`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: verifier, option: 'allowedAud', claim: 'audience' },
          line: 2, column: 16, endLine: 2, endColumn: 38,
        },
      ],
    },
  ],
})

cjsRuleTester.run(requireAudience.name, requireAudience, {
  assertionOptions,
  valid: [
    {
      name: 'CommonJS require with allowedAud',
      code: `const { createVerifier } = require('fast-jwt')
const verify = createVerifier({ key: publicKey, allowedAud: 'api' })`,
    },
  ],
  invalid: [
    {
      name: 'CommonJS destructured require without allowedAud',
      code: `const { createVerifier } = require('fast-jwt')
const verify = createVerifier({ key: publicKey, algorithms: ['RS256'] })`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: verifier, option: 'allowedAud', claim: 'audience' },
          line: 2, column: 16, endLine: 2, endColumn: 30,
        },
      ],
    },
    {
      name: 'CommonJS require member',
      code: `const verify = require('fast-jwt').createVerifier({ key: publicKey })
module.exports = verify`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: verifier, option: 'allowedAud', claim: 'audience' },
          line: 1, column: 16, endLine: 1, endColumn: 50,
        },
      ],
    },
  ],
})

ruleTester.run(requireIssuer.name, requireIssuer, {
  assertionOptions,
  valid: [
    {
      name: 'allowedIss as a string',
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key: publicKey, algorithms: ['RS256'], allowedIss: 'https://issuer.example' })`,
    },
    {
      name: 'allowedIss as a RegExp',
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key: publicKey, allowedIss: /^https:[/][/]login[.]example[.]com[/][a-z0-9-]+[/]$/ })`,
    },
    {
      name: 'allowedIss from the environment',
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key: publicKey, allowedIss: process.env.JWT_ISSUER })`,
    },
    {
      name: 'options spread from an import may set allowedIss',
      code: `import { createVerifier } from 'fast-jwt'
import * as config from './config'
const verify = createVerifier({ key: publicKey, ...config.jwt })`,
    },
    {
      name: 'a project wrapper with the same name',
      code: `import { createVerifier } from '../lib/tokens'
const verify = createVerifier({ key: publicKey })`,
    },
    {
      name: 'a method called createVerifier on another object',
      code: `import { createDecoder } from 'fast-jwt'
const factory = { createVerifier: (options: object) => options }
factory.createVerifier({ key: publicKey })
const decode = createDecoder()`,
    },
    {
      name: 'the issuer spelled the jsonwebtoken way is ignored by fast-jwt, but a fast-jwt allowedIss is there too',
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key: publicKey, issuer: 'legacy', allowedIss: 'https://issuer.example' })`,
    },
  ],
  invalid: [
    {
      name: 'named import without allowedIss',
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key: publicKey, algorithms: ['RS256'], allowedAud: 'api' })`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: verifier, option: 'allowedIss', claim: 'issuer' },
          line: 2, column: 16, endLine: 2, endColumn: 30,
        },
      ],
    },
    {
      name: 'the jsonwebtoken option name issuer, which fast-jwt ignores',
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key: publicKey, issuer: 'https://issuer.example' })`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: verifier, option: 'allowedIss', claim: 'issuer' },
          line: 2, column: 16, endLine: 2, endColumn: 30,
        },
      ],
    },
    {
      name: 'namespace import with allowedIss null',
      code: `import * as fastJwt from 'fast-jwt'
const verify = fastJwt.createVerifier({ key: publicKey, allowedIss: null })`,
      errors: [
        {
          messageId: 'emptyClaimCheck',
          data: { api: verifier, option: 'allowedIss', claim: 'issuer', value: 'null' },
          line: 2, column: 69, endLine: 2, endColumn: 73,
        },
      ],
    },
    {
      name: 'default import with options through Object.assign',
      code: `import fastJwt from 'fast-jwt'
const defaults = { algorithms: ['RS256'] }
const verify = fastJwt.createVerifier(Object.assign({}, defaults, { key: publicKey }))`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: verifier, option: 'allowedIss', claim: 'issuer' },
          line: 3, column: 16, endLine: 3, endColumn: 38,
        },
      ],
    },
    {
      name: 'import().then with a destructured parameter',
      code: `import('fast-jwt').then(({ createVerifier }) => {
  verifyToken = createVerifier({ key: publicKey, allowedAud: 'api' })
})`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: verifier, option: 'allowedIss', claim: 'issuer' },
          line: 2, column: 17, endLine: 2, endColumn: 31,
        },
      ],
    },
    {
      name: 'an empty allowedIss spread in from a shared constant',
      code: `import { createVerifier } from 'fast-jwt'
const shared = { allowedAud: 'api', allowedIss: '' }
const verify = createVerifier({ ...shared, key: publicKey })`,
      errors: [
        {
          messageId: 'emptyClaimCheck',
          data: { api: verifier, option: 'allowedIss', claim: 'issuer', value: "''" },
          line: 2, column: 49, endLine: 2, endColumn: 51,
        },
      ],
    },
  ],
})

cjsRuleTester.run(requireIssuer.name, requireIssuer, {
  assertionOptions,
  valid: [
    {
      name: 'CommonJS require with allowedIss',
      code: `const fastJwt = require('fast-jwt')
const verify = fastJwt.createVerifier({ key: publicKey, allowedIss: 'https://issuer.example' })`,
    },
  ],
  invalid: [
    {
      name: 'CommonJS require of the module without allowedIss',
      code: `const fastJwt = require('fast-jwt')
const verify = fastJwt.createVerifier({ key: publicKey })`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: verifier, option: 'allowedIss', claim: 'issuer' },
          line: 2, column: 16, endLine: 2, endColumn: 38,
        },
      ],
    },
  ],
})

ruleTester.run(requireAlgorithms.name, requireAlgorithms, {
  assertionOptions,
  valid: [
    {
      name: 'without the strict option, the key type decides (recommended)',
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key: publicKey, allowedAud: 'api', allowedIss: 'https://issuer.example' })`,
    },
    {
      name: 'an allow-list under the strict option',
      options: [{ checkKeyInferredAlgorithms: true }],
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key: publicKey, algorithms: ['RS256'] })`,
    },
    {
      name: 'an allow-list from a constant under the strict option',
      options: [{ checkKeyInferredAlgorithms: true }],
      code: `import { createVerifier } from 'fast-jwt'
const ALGORITHMS = ['ES256'] as const
const verify = createVerifier({ key: publicKey, algorithms: [...ALGORITHMS] })`,
    },
    {
      name: 'options spread from another module under the strict option',
      options: [{ checkKeyInferredAlgorithms: true }],
      code: `import { createVerifier } from 'fast-jwt'
import { jwtOptions } from './config'
const verify = createVerifier({ key: publicKey, ...jwtOptions })`,
    },
    {
      name: 'the decoder needs no allow-list',
      options: [{ checkKeyInferredAlgorithms: true }],
      code: `import { createDecoder } from 'fast-jwt'
const decode = createDecoder()`,
    },
    {
      name: 'a local createVerifier under the strict option',
      options: [{ checkKeyInferredAlgorithms: true }],
      code: `const createVerifier = (options: { key: string }) => (token: string) => token === options.key
const verify = createVerifier({ key: 'local' })`,
    },
  ],
  invalid: [
    {
      name: 'named import under the strict option',
      options: [{ checkKeyInferredAlgorithms: true }],
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key: publicKey, allowedAud: 'api' })`,
      errors: [
        {
          messageId: 'missingAlgorithmsKeyInferred',
          data: { api: verifier, option: 'algorithms' },
          line: 2, column: 16, endLine: 2, endColumn: 30,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key: publicKey, allowedAud: 'api', algorithms: ['HS256'] })`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key: publicKey, allowedAud: 'api', algorithms: ['RS256'] })`,
            },
          ],
        },
      ],
    },
    {
      name: 'namespace import with a secret key under the strict option',
      options: [{ checkKeyInferredAlgorithms: true }],
      code: `import * as fastJwt from 'fast-jwt'
const verify = fastJwt.createVerifier({ key: process.env.JWT_SECRET })`,
      errors: [
        {
          messageId: 'missingAlgorithmsKeyInferred',
          data: { api: verifier, option: 'algorithms' },
          line: 2, column: 16, endLine: 2, endColumn: 38,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `import * as fastJwt from 'fast-jwt'
const verify = fastJwt.createVerifier({ key: process.env.JWT_SECRET, algorithms: ['HS256'] })`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `import * as fastJwt from 'fast-jwt'
const verify = fastJwt.createVerifier({ key: process.env.JWT_SECRET, algorithms: ['RS256'] })`,
            },
          ],
        },
      ],
    },
    {
      name: 'algorithms set to undefined under the strict option',
      options: [{ checkKeyInferredAlgorithms: true }],
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key: publicKey, algorithms: undefined })`,
      errors: [
        {
          messageId: 'missingAlgorithmsKeyInferred',
          data: { api: verifier, option: 'algorithms' },
          line: 2, column: 16, endLine: 2, endColumn: 30,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key: publicKey, algorithms: ['HS256'] })`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key: publicKey, algorithms: ['RS256'] })`,
            },
          ],
        },
      ],
    },
    {
      name: 'options in a constant under the strict option (no suggestion)',
      options: [{ checkKeyInferredAlgorithms: true }],
      code: `import { createVerifier } from 'fast-jwt'
const options = { key: publicKey }
const verify = createVerifier(options)`,
      errors: [
        {
          messageId: 'missingAlgorithmsKeyInferred',
          data: { api: verifier, option: 'algorithms' },
          line: 3, column: 16, endLine: 3, endColumn: 30,
        },
      ],
    },
    {
      name: 'default import with a key function under the strict option',
      options: [{ checkKeyInferredAlgorithms: true }],
      code: `import fastJwt from 'fast-jwt'
const verify = fastJwt.createVerifier({ key: async ({ header }) => keys[header.kid] })`,
      errors: [
        {
          messageId: 'missingAlgorithmsKeyInferred',
          data: { api: verifier, option: 'algorithms' },
          line: 2, column: 16, endLine: 2, endColumn: 38,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `import fastJwt from 'fast-jwt'
const verify = fastJwt.createVerifier({ key: async ({ header }) => keys[header.kid], algorithms: ['HS256'] })`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `import fastJwt from 'fast-jwt'
const verify = fastJwt.createVerifier({ key: async ({ header }) => keys[header.kid], algorithms: ['RS256'] })`,
            },
          ],
        },
      ],
    },
    {
      name: 'await import under the strict option',
      options: [{ checkKeyInferredAlgorithms: true }],
      code: `const { createVerifier } = await import('fast-jwt')
export const verify = createVerifier({ key: publicKey, cache: true })`,
      errors: [
        {
          messageId: 'missingAlgorithmsKeyInferred',
          data: { api: verifier, option: 'algorithms' },
          line: 2, column: 23, endLine: 2, endColumn: 37,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `const { createVerifier } = await import('fast-jwt')
export const verify = createVerifier({ key: publicKey, cache: true, algorithms: ['HS256'] })`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `const { createVerifier } = await import('fast-jwt')
export const verify = createVerifier({ key: publicKey, cache: true, algorithms: ['RS256'] })`,
            },
          ],
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
      name: 'CommonJS require under the strict option',
      options: [{ checkKeyInferredAlgorithms: true }],
      code: `const { createVerifier } = require('fast-jwt')
const verify = createVerifier({ key: publicKey })`,
      errors: [
        {
          messageId: 'missingAlgorithmsKeyInferred',
          data: { api: verifier, option: 'algorithms' },
          line: 2, column: 16, endLine: 2, endColumn: 30,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `const { createVerifier } = require('fast-jwt')
const verify = createVerifier({ key: publicKey, algorithms: ['HS256'] })`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `const { createVerifier } = require('fast-jwt')
const verify = createVerifier({ key: publicKey, algorithms: ['RS256'] })`,
            },
          ],
        },
      ],
    },
  ],
})

ruleTester.run(noNoneAlgorithm.name, noNoneAlgorithm, {
  assertionOptions,
  valid: [
    {
      name: 'a real allow-list',
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key: publicKey, algorithms: ['RS256', 'PS256'] })`,
    },
    {
      name: 'a signer with a real algorithm',
      code: `import { createSigner } from 'fast-jwt'
const sign = createSigner({ key: privateKey, algorithm: 'RS256', expiresIn: 600_000 })`,
    },
    {
      name: 'a signer with algorithm none and a key, which fast-jwt refuses',
      code: `import { createSigner } from 'fast-jwt'
const sign = createSigner({ key: process.env.JWT_SECRET, algorithm: 'none' })`,
    },
    {
      name: 'a signer whose algorithm comes from the key',
      code: `import { createSigner } from 'fast-jwt'
const sign = createSigner({ key: process.env.JWT_SECRET })`,
    },
    {
      name: 'an allow-list from configuration',
      code: `import { createVerifier } from 'fast-jwt'
import { algorithms } from './config'
const verify = createVerifier({ key: publicKey, algorithms })`,
    },
    {
      name: 'none in an unrelated option',
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key: publicKey, algorithms: ['ES256'], checkTyp: 'none' })`,
    },
    {
      name: 'a local createVerifier given none',
      code: `function createVerifier(options: { algorithms: string[] }) {
  return options.algorithms
}
createVerifier({ algorithms: ['none'] })`,
    },
    {
      name: 'none next to a real algorithm, with a key: fast-jwt then refuses unsigned tokens',
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key: publicKey, algorithms: ['RS256', 'none'] })`,
    },
    {
      name: 'none with a key function',
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key: async ({ header }) => keys[header.kid], algorithms: ['none', 'ES256'] })`,
    },
    {
      name: 'the decoder has no allow-list',
      code: `import { createDecoder } from 'fast-jwt'
const decode = createDecoder({ checkTyp: 'none' })`,
    },
  ],
  invalid: [
    {
      name: 'none allowed with no key',
      code: `import { createVerifier } from 'fast-jwt'
const verifyUnsigned = createVerifier({ key: '', algorithms: ['none'] })`,
      errors: [
        {
          messageId: 'noneAccepted',
          data: { api: verifier, value: 'none', option: 'algorithms' },
          line: 2, column: 63, endLine: 2, endColumn: 69,
          suggestions: [
            {
              messageId: 'removeNone',
              data: { value: 'none' },
              output: `import { createVerifier } from 'fast-jwt'
const verifyUnsigned = createVerifier({ key: '', algorithms: [] })`,
            },
          ],
        },
      ],
    },
    {
      name: 'none with the key left out',
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ algorithms: ['none'], allowedAud: 'api' })`,
      errors: [
        {
          messageId: 'noneAccepted',
          data: { api: verifier, value: 'none', option: 'algorithms' },
          line: 2, column: 46, endLine: 2, endColumn: 52,
          suggestions: [
            {
              messageId: 'removeNone',
              data: { value: 'none' },
              output: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ algorithms: [], allowedAud: 'api' })`,
            },
          ],
        },
      ],
    },
    {
      name: 'none in an allow-list constant',
      code: `import * as fastJwt from 'fast-jwt'
const ALLOWED = ['none']
const verify = fastJwt.createVerifier({ key: null, algorithms: ALLOWED })`,
      errors: [
        {
          messageId: 'noneAccepted',
          data: { api: verifier, value: 'none', option: 'algorithms' },
          line: 2, column: 18, endLine: 2, endColumn: 24,
          suggestions: [
            {
              messageId: 'removeNone',
              data: { value: 'none' },
              output: `import * as fastJwt from 'fast-jwt'
const ALLOWED = []
const verify = fastJwt.createVerifier({ key: null, algorithms: ALLOWED })`,
            },
          ],
        },
      ],
    },
    {
      name: 'a signer with algorithm none',
      code: `import { createSigner } from 'fast-jwt'
const sign = createSigner({ algorithm: 'none' })`,
      errors: [
        {
          messageId: 'noneSigned',
          data: { api: signer, value: 'none', option: 'algorithm' },
          line: 2, column: 40, endLine: 2, endColumn: 46,
        },
      ],
    },
    {
      name: 'a signer with algorithm none from a constant',
      code: `import fastJwt from 'fast-jwt'
const ALG = 'none'
const sign = fastJwt.createSigner({ algorithm: ALG, expiresIn: 60_000 })`,
      errors: [
        {
          messageId: 'noneSigned',
          data: { api: signer, value: 'none', option: 'algorithm' },
          line: 3, column: 48, endLine: 3, endColumn: 51,
        },
      ],
    },
    {
      name: 'uppercase NONE in a renamed import',
      code: `import { createVerifier as verifierFor } from 'fast-jwt'
const verify = verifierFor({ algorithms: ['NONE'] })`,
      errors: [
        {
          messageId: 'noneAccepted',
          data: { api: verifier, value: 'NONE', option: 'algorithms' },
          line: 2, column: 43, endLine: 2, endColumn: 49,
          suggestions: [
            {
              messageId: 'removeNone',
              data: { value: 'NONE' },
              output: `import { createVerifier as verifierFor } from 'fast-jwt'
const verify = verifierFor({ algorithms: [] })`,
            },
          ],
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
      name: 'CommonJS require of the signer with algorithm none',
      code: `const { createSigner } = require('fast-jwt')
const sign = createSigner({ algorithm: 'none' })`,
      errors: [
        {
          messageId: 'noneSigned',
          data: { api: signer, value: 'none', option: 'algorithm' },
          line: 2, column: 40, endLine: 2, endColumn: 46,
        },
      ],
    },
  ],
})

ruleTester.run(noMixedAlgorithmFamilies.name, noMixedAlgorithmFamilies, {
  assertionOptions,
  valid: [
    {
      name: 'asymmetric algorithms only',
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key: publicKey, algorithms: ['RS256', 'PS256', 'ES256'] })`,
    },
    {
      name: 'HMAC algorithms only',
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key: secret, algorithms: ['HS256', 'HS512'] })`,
    },
    {
      name: 'one family on each branch of a conditional',
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key, algorithms: useHmac ? ['HS256'] : ['RS256'] })`,
    },
    {
      name: 'a list from configuration',
      code: `import { createVerifier } from 'fast-jwt'
import { ALGORITHMS } from './config'
const verify = createVerifier({ key, algorithms: ALGORITHMS })`,
    },
    {
      name: 'two verifiers, one per key',
      code: `import { createVerifier } from 'fast-jwt'
const verifyService = createVerifier({ key: secret, algorithms: ['HS256'] })
const verifyUser = createVerifier({ key: publicKey, algorithms: ['RS256'] })`,
    },
    {
      name: 'a local createVerifier with a mixed list',
      code: `const createVerifier = (options: object) => options
createVerifier({ algorithms: ['HS256', 'RS256'] })`,
    },
  ],
  invalid: [
    {
      name: 'HS256 and RS256 together',
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key, algorithms: ['HS256', 'RS256'] })`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: verifier, hmac: '`HS256`', asymmetric: '`RS256`', option: 'algorithms' },
          line: 2, column: 50, endLine: 2, endColumn: 68,
        },
      ],
    },
    {
      name: 'a mixed list in a constant',
      code: `import { createVerifier } from 'fast-jwt'
const ALGORITHMS = ['RS256', 'ES256', 'HS512']
const verify = createVerifier({ key, algorithms: ALGORITHMS })`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: verifier, hmac: '`HS512`', asymmetric: '`RS256`, `ES256`', option: 'algorithms' },
          line: 3, column: 50, endLine: 3, endColumn: 60,
        },
      ],
    },
    {
      name: 'spreads of an HMAC list and an asymmetric list',
      code: `import * as fastJwt from 'fast-jwt'
const HMAC = ['HS256']
const RSA = ['RS256', 'PS256']
const verify = fastJwt.createVerifier({ key, algorithms: [...HMAC, ...RSA] })`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: verifier, hmac: '`HS256`', asymmetric: '`RS256`, `PS256`', option: 'algorithms' },
          line: 4, column: 58, endLine: 4, endColumn: 75,
        },
      ],
    },
    {
      name: 'default import with EdDSA and HS384',
      code: `import fastJwt from 'fast-jwt'
const verify = fastJwt.createVerifier({ key, algorithms: ['EdDSA', 'HS384'] })`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: verifier, hmac: '`HS384`', asymmetric: '`EdDSA`', option: 'algorithms' },
          line: 2, column: 58, endLine: 2, endColumn: 76,
        },
      ],
    },
    {
      name: 'one mixed branch of a conditional',
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key, algorithms: legacy ? ['HS256', 'RS256'] : ['RS256'] })`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: verifier, hmac: '`HS256`', asymmetric: '`RS256`', option: 'algorithms' },
          line: 2, column: 50, endLine: 2, endColumn: 89,
        },
      ],
    },
    {
      name: 'options in a constant, await import',
      code: `const { createVerifier } = await import('fast-jwt')
const options = { key, algorithms: ['HS256', 'ES256'] }
export const verify = createVerifier(options)`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: verifier, hmac: '`HS256`', asymmetric: '`ES256`', option: 'algorithms' },
          line: 2, column: 36, endLine: 2, endColumn: 54,
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
      name: 'CommonJS require with a mixed list',
      code: `const { createVerifier } = require('fast-jwt')
const verify = createVerifier({ key, algorithms: ['RS256', 'HS256'] })`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: verifier, hmac: '`HS256`', asymmetric: '`RS256`', option: 'algorithms' },
          line: 2, column: 50, endLine: 2, endColumn: 68,
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
      code: `import { createDecoder, createVerifier } from 'fast-jwt'
const decodeComplete = createDecoder({ complete: true })
export function verifyToken(token: string) {
  const { header } = decodeComplete(token)
  const verify = createVerifier({ key: keys[header.kid], algorithms: ['RS256'] })
  return verify(token)
}`,
    },
    {
      name: 'an allow-list from configuration',
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key, algorithms: [process.env.JWT_ALG as 'RS256'] })`,
    },
    {
      name: 'the algorithm of a verified token',
      code: `import { createVerifier } from 'fast-jwt'
const verifyComplete = createVerifier({ key, algorithms: ['RS256'], complete: true })
export function second(token: string, next: string) {
  const { header } = verifyComplete(token)
  return createVerifier({ key, algorithms: [header.alg] })(next)
}`,
    },
    {
      name: 'a local decode function',
      code: `import { createVerifier } from 'fast-jwt'
const decode = (token: string) => ({ header: { alg: 'RS256' as const }, token })
export const check = (token: string) => createVerifier({ key, algorithms: [decode(token).header.alg] })(token)`,
    },
    {
      name: 'the header alg compared, not used as the allow-list',
      code: `import { createDecoder, createVerifier } from 'fast-jwt'
const decode = createDecoder({ complete: true })
const verify = createVerifier({ key, algorithms: ['ES256'] })
export function check(token: string) {
  if (decode(token).header.alg !== 'ES256') throw new Error('unexpected algorithm')
  return verify(token)
}`,
    },
    {
      name: 'a fixed list picked by the key type',
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key, algorithms: key.startsWith('-----BEGIN') ? ['RS256'] : ['HS256'] })`,
    },
  ],
  invalid: [
    {
      name: 'header.alg of a complete decoder',
      code: `import { createDecoder, createVerifier } from 'fast-jwt'
const decodeComplete = createDecoder({ complete: true })
export function verifyToken(token: string) {
  const { header } = decodeComplete(token)
  const verify = createVerifier({ key: keys[header.kid], algorithms: [header.alg] })
  return verify(token)
}`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: verifier, option: 'algorithms', part: 'header', source: 'decodeComplete(token)' },
          line: 5, column: 71, endLine: 5, endColumn: 81,
        },
      ],
    },
    {
      name: 'jose decodeProtectedHeader',
      code: `import { decodeProtectedHeader } from 'jose'
import { createVerifier } from 'fast-jwt'
export const verifyToken = (token: string) =>
  createVerifier({ key, algorithms: [decodeProtectedHeader(token).alg] })(token)`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: verifier, option: 'algorithms', part: 'header', source: 'decodeProtectedHeader(token)' },
          line: 4, column: 38, endLine: 4, endColumn: 70,
        },
      ],
    },
    {
      name: 'a hand-rolled header decode',
      code: `import * as fastJwt from 'fast-jwt'
export function verifyToken(token: string) {
  const header = JSON.parse(atob(token.split('.')[0]))
  return fastJwt.createVerifier({ key, algorithms: [header.alg] })(token)
}`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: verifier, option: 'algorithms', part: 'header', source: "JSON.parse(atob(token.split('.')[0]))" },
          line: 4, column: 53, endLine: 4, endColumn: 63,
        },
      ],
    },
    {
      name: 'a header alg with a fallback',
      code: `import { createDecoder, createVerifier } from 'fast-jwt'
const decode = createDecoder({ complete: true })
export function verifyToken(token: string) {
  const alg = decode(token).header.alg
  return createVerifier({ key, algorithms: [alg ?? 'RS256'] })(token)
}`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: verifier, option: 'algorithms', part: 'header', source: 'decode(token)' },
          line: 5, column: 45, endLine: 5, endColumn: 48,
        },
      ],
    },
    {
      name: 'jsonwebtoken decode with complete: true',
      code: `import jwt from 'jsonwebtoken'
import fastJwt from 'fast-jwt'
export function verifyToken(token: string) {
  const decoded = jwt.decode(token, { complete: true })
  const verify = fastJwt.createVerifier({ key, algorithms: [decoded.header.alg] })
  return verify(token)
}`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: verifier, option: 'algorithms', part: 'header', source: 'jwt.decode(token, { complete: true })' },
          line: 5, column: 61, endLine: 5, endColumn: 79,
        },
      ],
    },
    {
      name: 'the whole allow-list built from the header in an options constant',
      code: `import { createDecoder, createVerifier } from 'fast-jwt'
const decodeComplete = createDecoder({ complete: true })
export function verifyToken(token: string) {
  const { header } = decodeComplete(token)
  const options = { key, algorithms: [header.alg], allowedAud: 'api' }
  return createVerifier(options)(token)
}`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: verifier, option: 'algorithms', part: 'header', source: 'decodeComplete(token)' },
          line: 5, column: 39, endLine: 5, endColumn: 49,
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
      name: 'CommonJS, the decoder and verifier from one require',
      code: `const { createDecoder, createVerifier } = require('fast-jwt')
const decode = createDecoder({ complete: true })
module.exports = function verifyToken(token) {
  const { header } = decode(token)
  return createVerifier({ key, algorithms: [header.alg] })(token)
}`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: verifier, option: 'algorithms', part: 'header', source: 'decode(token)' },
          line: 5, column: 45, endLine: 5, endColumn: 55,
        },
      ],
    },
  ],
})

ruleTester.run(noDisabledExpiry.name, noDisabledExpiry, {
  assertionOptions,
  valid: [
    {
      name: 'a one-minute clock tolerance in milliseconds',
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key, algorithms: ['RS256'], clockTolerance: 60_000 })`,
    },
    {
      name: 'exactly five minutes of tolerance',
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key, clockTolerance: 300_000 })`,
    },
    {
      name: 'a duration string, which fast-jwt does not read as a tolerance',
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key, clockTolerance: '10 minutes' as unknown as number })`,
    },
    {
      name: 'ignoreExpiration and ignoreNotBefore set to false',
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key, ignoreExpiration: false, ignoreNotBefore: false })`,
    },
    {
      name: 'the clock read at run time',
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key, clockTimestamp: Date.now() })`,
    },
    {
      name: 'maxAge is not a tolerance',
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key, maxAge: 86_400_000 })`,
    },
    {
      name: 'a local createVerifier with ignoreExpiration',
      code: `const createVerifier = (options: { ignoreExpiration: boolean }) => options
createVerifier({ ignoreExpiration: true })`,
    },
    {
      name: 'the signer has no expiry check',
      code: `import { createSigner } from 'fast-jwt'
const sign = createSigner({ key, clockTimestamp: 1_700_000_000_000 })`,
    },
  ],
  invalid: [
    {
      name: 'ignoreExpiration: true',
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key, algorithms: ['RS256'], ignoreExpiration: true })`,
      errors: [
        {
          messageId: 'expiryIgnored',
          data: { api: verifier, option: 'ignoreExpiration' },
          line: 2, column: 61, endLine: 2, endColumn: 83,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'ignoreExpiration' },
              output: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key, algorithms: ['RS256'] })`,
            },
          ],
        },
      ],
    },
    {
      name: 'ignoreNotBefore: true in a namespace import',
      code: `import * as fastJwt from 'fast-jwt'
const verify = fastJwt.createVerifier({ key, ignoreNotBefore: true })`,
      errors: [
        {
          messageId: 'notBeforeIgnored',
          data: { api: verifier, option: 'ignoreNotBefore' },
          line: 2, column: 46, endLine: 2, endColumn: 67,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'ignoreNotBefore' },
              output: `import * as fastJwt from 'fast-jwt'
const verify = fastJwt.createVerifier({ key })`,
            },
          ],
        },
      ],
    },
    {
      name: 'a ten-minute clock tolerance in milliseconds',
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key, clockTolerance: 600_000 })`,
      errors: [
        {
          messageId: 'clockToleranceTooLarge',
          data: { api: verifier, option: 'clockTolerance', seconds: '600', limit: '300' },
          line: 2, column: 38, endLine: 2, endColumn: 61,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'clockTolerance' },
              output: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key })`,
            },
          ],
        },
      ],
    },
    {
      name: 'a fixed clockTimestamp',
      code: `import fastJwt from 'fast-jwt'
const verify = fastJwt.createVerifier({ key, clockTimestamp: 1_700_000_000_000 })`,
      errors: [
        {
          messageId: 'clockPinned',
          data: { api: verifier, option: 'clockTimestamp' },
          line: 2, column: 46, endLine: 2, endColumn: 79,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'clockTimestamp' },
              output: `import fastJwt from 'fast-jwt'
const verify = fastJwt.createVerifier({ key })`,
            },
          ],
        },
      ],
    },
    {
      name: 'the string false, which is truthy',
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key, ignoreExpiration: 'false' as unknown as boolean })`,
      errors: [
        {
          messageId: 'expiryIgnored',
          data: { api: verifier, option: 'ignoreExpiration' },
          line: 2, column: 38, endLine: 2, endColumn: 85,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'ignoreExpiration' },
              output: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key })`,
            },
          ],
        },
      ],
    },
    {
      name: 'a shared options constant is reported once',
      code: `const { createVerifier } = await import('fast-jwt')
const options = { key, ignoreExpiration: true }
export const verifyA = createVerifier(options)
export const verifyB = createVerifier({ ...options, allowedAud: 'b' })`,
      errors: [
        {
          messageId: 'expiryIgnored',
          data: { api: verifier, option: 'ignoreExpiration' },
          line: 2, column: 24, endLine: 2, endColumn: 46,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'ignoreExpiration' },
              output: `const { createVerifier } = await import('fast-jwt')
const options = { key }
export const verifyA = createVerifier(options)
export const verifyB = createVerifier({ ...options, allowedAud: 'b' })`,
            },
          ],
        },
      ],
    },
    {
      name: 'a tolerance above a configured limit',
      options: [{ maxClockToleranceSeconds: 30 }],
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key, clockTolerance: 60_000 })`,
      errors: [
        {
          messageId: 'clockToleranceTooLarge',
          data: { api: verifier, option: 'clockTolerance', seconds: '60', limit: '30' },
          line: 2, column: 38, endLine: 2, endColumn: 60,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'clockTolerance' },
              output: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key })`,
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
      name: 'CommonJS require with ignoreExpiration',
      code: `const fastJwt = require('fast-jwt')
const verify = fastJwt.createVerifier({ key, ignoreExpiration: true })`,
      errors: [
        {
          messageId: 'expiryIgnored',
          data: { api: verifier, option: 'ignoreExpiration' },
          line: 2, column: 46, endLine: 2, endColumn: 68,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'ignoreExpiration' },
              output: `const fastJwt = require('fast-jwt')
const verify = fastJwt.createVerifier({ key })`,
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
      name: 'a sync verify in a try whose catch answers 401',
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key, algorithms: ['RS256'] })
export function authenticate(req, res, next) {
  try {
    req.user = verify(req.headers.authorization.slice(7))
  } catch {
    return res.status(401).end()
  }
  next()
}`,
    },
    {
      name: 'a callback that stops on the error',
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key: async () => publicKey })
export function authenticate(req, res, next) {
  verify(req.token, (err, payload) => {
    if (err) return next(err)
    req.user = payload
    next()
  })
}`,
    },
    {
      name: 'an awaited verify with a key function',
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key: async () => publicKey })
export async function user(token: string) {
  return await verify(token)
}`,
    },
    {
      name: 'a catch that passes the error on',
      code: `import * as fastJwt from 'fast-jwt'
const verify = fastJwt.createVerifier({ key })
export function authenticate(req, res, next) {
  try {
    req.user = verify(req.token)
    next()
  } catch (error) {
    next(error)
  }
}`,
    },
    {
      name: 'a local verify function',
      code: `function verify(token: string, done: (err: Error | null, payload?: object) => void) {
  done(null, { token })
}
verify('t', () => {})`,
    },
    {
      name: 'the factory itself is not a verification',
      code: `import { createVerifier } from 'fast-jwt'
try {
  createVerifier({ key })
} catch {}
next()`,
    },
  ],
  invalid: [
    {
      name: 'a callback that never reads its error',
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key: async () => publicKey })
export function authenticate(req, res, next) {
  verify(req.token, (err, payload) => {
    req.user = payload
    next()
  })
}`,
      errors: [
        {
          messageId: 'callbackErrorUnused',
          data: { api: verifierCall, name: 'err' },
          line: 4, column: 22, endLine: 4, endColumn: 25,
        },
      ],
    },
    {
      name: 'a callback without an error parameter',
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key: async () => publicKey })
export const check = (token: string, next: () => void) => verify(token, () => next())`,
      errors: [
        {
          messageId: 'callbackErrorMissing',
          data: { api: verifierCall },
          line: 3, column: 73, endLine: 3, endColumn: 85,
        },
      ],
    },
    {
      name: 'a callback that logs the error and carries on',
      code: `import * as fastJwt from 'fast-jwt'
const verify = fastJwt.createVerifier({ key: async () => publicKey })
export function authenticate(req, res, next) {
  verify(req.token, (err, payload) => {
    if (err) console.error(err)
    req.user = payload
    next()
  })
}`,
      errors: [
        {
          messageId: 'callbackErrorNotStopped',
          data: { api: verifierCall, name: 'err' },
          line: 5, column: 9, endLine: 5, endColumn: 12,
        },
      ],
    },
    {
      name: 'the payload used before the error is checked',
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key: async () => publicKey })
export function authenticate(req, res, next) {
  verify(req.token, (err, payload) => {
    audit(payload.sub)
    if (err) return next(err)
    next()
  })
}`,
      errors: [
        {
          messageId: 'decodedBeforeErrorCheck',
          data: { api: verifierCall, name: 'err', decoded: 'payload' },
          line: 5, column: 11, endLine: 5, endColumn: 18,
        },
      ],
    },
    {
      name: 'an empty catch before next()',
      code: `import { createVerifier } from 'fast-jwt'
const verify = createVerifier({ key, algorithms: ['HS256'] })
export function authenticate(req, res, next) {
  try {
    req.user = verify(req.token)
  } catch (error) {}
  next()
}`,
      errors: [
        {
          messageId: 'swallowedVerifyError',
          data: { api: verifierCall },
          line: 6, column: 5, endLine: 6, endColumn: 21,
        },
      ],
    },
    {
      name: 'a catch that logs and calls next() (default import)',
      code: `import fastJwt from 'fast-jwt'
const verify = fastJwt.createVerifier({ key })
export function authenticate(req, res, next) {
  try {
    req.user = verify(req.token)
  } catch (error) {
    logger.warn(error)
    return next()
  }
  next()
}`,
      errors: [
        {
          messageId: 'swallowedVerifyError',
          data: { api: verifierCall },
          line: 6, column: 5, endLine: 9, endColumn: 4,
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
      name: 'CommonJS, a verifier created inline and called with a callback that ignores the error',
      code: `const { createVerifier } = require('fast-jwt')
module.exports = (req, res, next) =>
  createVerifier({ key: getKey })(req.token, (err, payload) => {
    req.user = payload
    next()
  })`,
      errors: [
        {
          messageId: 'callbackErrorUnused',
          data: { api: verifierCall, name: 'err' },
          line: 3, column: 47, endLine: 3, endColumn: 50,
        },
      ],
    },
  ],
})

ruleTester.run(noUnverifiedDecode.name, noUnverifiedDecode, {
  assertionOptions,
  valid: [
    {
      name: 'only the expiry read to schedule a refresh',
      filename: 'server/session.ts',
      code: `import { createDecoder } from 'fast-jwt'
const decode = createDecoder()
export const refreshAt = (token: string) => decode(token).exp * 1000 - 60_000`,
    },
    {
      name: 'the header read from a complete decoder to pick a key',
      filename: 'server/keys.ts',
      code: `import { createDecoder } from 'fast-jwt'
const decodeComplete = createDecoder({ complete: true })
export const keyId = (token: string) => decodeComplete(token).header.kid`,
    },
    {
      name: 'decoded to pick the issuer, then verified and the verified payload returned',
      filename: 'server/auth.ts',
      code: `import { createDecoder, createVerifier } from 'fast-jwt'
const decode = createDecoder()
export function verifyToken(token: string) {
  const { iss } = decode(token)
  const verify = createVerifier({ key: keys[iss], algorithms: ['RS256'], allowedIss: Object.keys(keys) })
  return verify(token)
}`,
    },
    {
      name: 'a browser component that shows the user name',
      filename: 'src/components/Avatar.tsx',
      code: `import { useState } from 'react'
import { createDecoder } from 'fast-jwt'
const decode = createDecoder()
export function Avatar({ token }: { token: string }) {
  const [name] = useState(decode(token).name)
  return name
}`,
    },
    {
      name: 'a local decode function',
      filename: 'server/auth.ts',
      code: `const decode = (token: string) => JSON.parse(token)
export const role = (token: string) => decode(token).role`,
    },
    {
      name: 'the decoded token only logged',
      filename: 'server/debug.ts',
      code: `import { createDecoder } from 'fast-jwt'
const decode = createDecoder()
export function logToken(token: string) {
  console.log(decode(token))
}`,
    },
  ],
  invalid: [
    {
      name: 'a claim read from the decoder',
      filename: 'server/auth.ts',
      code: `import { createDecoder } from 'fast-jwt'
const decode = createDecoder()
export const isAdmin = (token: string) => decode(token).role === 'admin'`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: decoder, claim: '`role`', verify: verifyHint },
          line: 3, column: 43, endLine: 3, endColumn: 56,
        },
      ],
    },
    {
      name: 'a destructured claim',
      filename: 'server/auth.ts',
      code: `import { createDecoder } from 'fast-jwt'
const decode = createDecoder()
export function userId(token: string) {
  const { sub } = decode(token)
  return sub
}`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: decoder, claim: '`sub`', verify: verifyHint },
          line: 4, column: 19, endLine: 4, endColumn: 32,
        },
      ],
    },
    {
      name: 'the payload of a complete decoder',
      filename: 'server/auth.ts',
      code: `import * as fastJwt from 'fast-jwt'
const decodeComplete = fastJwt.createDecoder({ complete: true })
export const tenant = (token: string) => decodeComplete(token).payload.tenant`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: decoder, claim: '`tenant`', verify: verifyHint },
          line: 3, column: 42, endLine: 3, endColumn: 63,
        },
      ],
    },
    {
      name: 'the whole payload stored on the request',
      filename: 'server/middleware.ts',
      code: `import fastJwt from 'fast-jwt'
const decode = fastJwt.createDecoder()
export function attachUser(req, res, next) {
  req.user = decode(req.headers.authorization.slice(7))
  next()
}`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: decoder, claim: 'the whole payload', verify: verifyHint },
          line: 4, column: 14, endLine: 4, endColumn: 56,
        },
      ],
    },
    {
      name: 'a decoder created and called at once',
      filename: 'server/auth.ts',
      code: `import { createDecoder } from 'fast-jwt'
export const scopes = (token: string): string[] => createDecoder()(token).scope.split(' ')`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: decoder, claim: '`scope`', verify: verifyHint },
          line: 2, column: 52, endLine: 2, endColumn: 74,
        },
      ],
    },
    {
      name: 'await import of the decoder',
      filename: 'server/auth.ts',
      code: `const { createDecoder } = await import('fast-jwt')
const decode = createDecoder()
export const email = (token: string) => decode(token).email`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: decoder, claim: '`email`', verify: verifyHint },
          line: 3, column: 41, endLine: 3, endColumn: 54,
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
      name: 'CommonJS require of the decoder',
      filename: 'server/auth.js',
      code: `const { createDecoder } = require('fast-jwt')
const decode = createDecoder()
module.exports = (token) => decode(token).permissions`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: decoder, claim: '`permissions`', verify: verifyHint },
          line: 3, column: 29, endLine: 3, endColumn: 42,
        },
      ],
    },
  ],
})
