/**
 * Project-defined wrappers: `settings['jwt-guard'].functions` declares a project's own
 * verify, decode and sign functions, and the rules check their calls like the
 * library named in `like`.
 */
import tsParser from '@typescript-eslint/parser'
import { RuleTester } from '@typescript-eslint/rule-tester'
import { Linter } from 'eslint'
import { describe, expect, it } from 'vitest'
import plugin from '../../src/index.js'
import noAlgorithmFromHeader from '../../src/rules/no-algorithm-from-header.js'
import noDisabledExpiry from '../../src/rules/no-disabled-expiry.js'
import noIgnoredVerifyError from '../../src/rules/no-ignored-verify-error.js'
import noMixedAlgorithmFamilies from '../../src/rules/no-mixed-algorithm-families.js'
import noNoneAlgorithm from '../../src/rules/no-none-algorithm.js'
import noUnverifiedDecode from '../../src/rules/no-unverified-decode.js'
import requireAlgorithms from '../../src/rules/require-algorithms.js'
import requireAudience from '../../src/rules/require-audience.js'
import requireIssuer from '../../src/rules/require-issuer.js'
import { assertionOptions } from '../rule-tester.js'

/**
 * RuleTester lints with `parserOptions.tsconfigRootDir` as ESLint's working directory,
 * so relative module paths in the settings resolve against `/repo`, and each case's
 * relative `filename` is a file of that project.
 */
const languageOptions = { parser: tsParser, ecmaVersion: 'latest', parserOptions: { tsconfigRootDir: '/repo' } } as const
const projectTester = new RuleTester({ languageOptions: { ...languageOptions, sourceType: 'module' } })
const cjsProjectTester = new RuleTester({ languageOptions: { ...languageOptions, sourceType: 'commonjs' } })

/** `src/lib/auth.ts` wraps jsonwebtoken; `@acme/auth` is a company package. */
const wrappers = {
  'jwt-guard': {
    functions: [
      { module: './src/lib/auth', export: 'verifyToken', kind: 'verify', token: 0, options: 1, like: 'jsonwebtoken' },
      { module: './src/lib/auth', export: 'decodeToken', kind: 'decode', token: 0, options: 1, like: 'jsonwebtoken' },
      { module: './src/lib/auth', export: 'signToken', kind: 'sign', options: 1, like: 'jsonwebtoken' },
      { module: '@acme/auth', export: 'default', kind: 'verify', token: 0, options: 1, like: 'jose' },
      { module: '@acme/auth', export: 'google.verifyIdToken', kind: 'verify', options: 0, like: 'google-auth-library' },
      { module: '@acme/auth', export: 'checkToken', kind: 'verify', token: 0, options: 1, like: 'jsonwebtoken', mergesOptions: true },
      { module: '@acme/auth', export: 'verifyWithCallback', kind: 'verify', token: 0, options: 1, callback: 2, like: 'jsonwebtoken' },
      { module: '@acme/auth', export: 'readHeader', kind: 'decodeHeader', token: 0 },
    ],
  },
}

projectTester.run(requireAlgorithms.name, requireAlgorithms, {
  assertionOptions,
  valid: [
    {
      name: 'the wrapper given an allow-list',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import { verifyToken } from '../lib/auth'

export const user = (token: string) => verifyToken(token, { algorithms: ['RS256'], audience: 'api', issuer: 'https://auth.example.com' })`,
    },
    {
      name: 'a wrapper that merges its own defaults: a missing option may be set there',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import { checkToken } from '@acme/auth'

export const user = (token: string) => checkToken(token, { audience: 'api' })`,
    },
    {
      name: 'a module of the same name elsewhere in the project is another module',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import { verifyToken } from './lib/auth'

export const user = (token: string) => verifyToken(token, {})`,
    },
    {
      name: 'a local function named like the wrapper',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `function verifyToken(token: string, options: object) {
  return { token, options }
}
export const user = (token: string) => verifyToken(token, {})`,
    },
    {
      name: 'without settings, the wrapper is an unknown function',
      filename: 'src/routes/users.ts',
      code: `import { verifyToken } from '../lib/auth'

export const user = (token: string) => verifyToken(token, {})`,
    },
    {
      name: 'a jose-like wrapper infers the algorithm from the key (judged only in strict)',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import verify from '@acme/auth'

export const user = (token: string) => verify(token, { audience: 'api', issuer: 'https://auth.example.com' })`,
    },
    {
      name: 'the wrapper module itself calls jsonwebtoken with an allow-list',
      filename: 'src/lib/auth.ts',
      settings: wrappers,
      code: `import jwt from 'jsonwebtoken'

export function verifyToken(token: string, options: jwt.VerifyOptions) {
  return jwt.verify(token, process.env.JWT_PUBLIC_KEY!, { algorithms: ['RS256'], ...options })
}`,
    },
  ],
  invalid: [
    {
      name: 'no allow-list passed through the wrapper',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import { verifyToken } from '../lib/auth'

export const user = (token: string) => verifyToken(token, { audience: 'api', issuer: 'https://auth.example.com' })`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { api: './src/lib/auth.verifyToken', option: 'algorithms', history: '' },
          line: 3, column: 40, endLine: 3, endColumn: 51,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `import { verifyToken } from '../lib/auth'

export const user = (token: string) => verifyToken(token, { audience: 'api', issuer: 'https://auth.example.com', algorithms: ['HS256'] })`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `import { verifyToken } from '../lib/auth'

export const user = (token: string) => verifyToken(token, { audience: 'api', issuer: 'https://auth.example.com', algorithms: ['RS256'] })`,
            },
          ],
        },
      ],
    },
    {
      name: 'no options at all',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import { verifyToken } from '../lib/auth.js'

export const user = (token: string) => verifyToken(token)`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { api: './src/lib/auth.verifyToken', option: 'algorithms', history: '' },
          line: 3, column: 40, endLine: 3, endColumn: 51,
        },
      ],
    },
    {
      name: 'namespace import of the wrapper module, through its index file',
      filename: 'src/routes/admin/users.ts',
      settings: wrappers,
      code: `import * as auth from '../../lib/auth/index'

export const user = (token: string) => auth.verifyToken(token, { audience: 'api' })`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { api: './src/lib/auth.verifyToken', option: 'algorithms', history: '' },
          line: 3, column: 40, endLine: 3, endColumn: 56,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `import * as auth from '../../lib/auth/index'

export const user = (token: string) => auth.verifyToken(token, { audience: 'api', algorithms: ['HS256'] })`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `import * as auth from '../../lib/auth/index'

export const user = (token: string) => auth.verifyToken(token, { audience: 'api', algorithms: ['RS256'] })`,
            },
          ],
        },
      ],
    },
    {
      name: 'a jose-like wrapper in strict mode',
      filename: 'src/routes/users.ts',
      options: [{ checkKeyInferredAlgorithms: true }],
      settings: wrappers,
      code: `import verify from '@acme/auth'

export const user = (token: string) => verify(token, { audience: 'api', issuer: 'https://auth.example.com' })`,
      errors: [
        {
          messageId: 'missingAlgorithmsKeyInferred',
          data: { api: '@acme/auth', option: 'algorithms' },
          line: 3, column: 40, endLine: 3, endColumn: 46,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `import verify from '@acme/auth'

export const user = (token: string) => verify(token, { audience: 'api', issuer: 'https://auth.example.com', algorithms: ['HS256'] })`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `import verify from '@acme/auth'

export const user = (token: string) => verify(token, { audience: 'api', issuer: 'https://auth.example.com', algorithms: ['RS256'] })`,
            },
          ],
        },
      ],
    },
    {
      name: 'import()',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `export async function user(token: string) {
  const { verifyToken } = await import('../lib/auth')
  return verifyToken(token, { issuer: 'https://auth.example.com' })
}`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { api: './src/lib/auth.verifyToken', option: 'algorithms', history: '' },
          line: 3, column: 10, endLine: 3, endColumn: 21,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `export async function user(token: string) {
  const { verifyToken } = await import('../lib/auth')
  return verifyToken(token, { issuer: 'https://auth.example.com', algorithms: ['HS256'] })
}`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `export async function user(token: string) {
  const { verifyToken } = await import('../lib/auth')
  return verifyToken(token, { issuer: 'https://auth.example.com', algorithms: ['RS256'] })
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'TypeScript import = require',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import auth = require('../lib/auth')

export const user = (token: string) => auth.verifyToken(token, {})`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { api: './src/lib/auth.verifyToken', option: 'algorithms', history: '' },
          line: 3, column: 40, endLine: 3, endColumn: 56,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `import auth = require('../lib/auth')

export const user = (token: string) => auth.verifyToken(token, { algorithms: ['HS256'] })`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `import auth = require('../lib/auth')

export const user = (token: string) => auth.verifyToken(token, { algorithms: ['RS256'] })`,
            },
          ],
        },
      ],
    },
  ],
})

cjsProjectTester.run(requireAlgorithms.name, requireAlgorithms, {
  assertionOptions,
  valid: [
    {
      name: 'CommonJS: with an allow-list',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `const { verifyToken } = require('../lib/auth')

module.exports = (token) => verifyToken(token, { algorithms: ['ES256'] })`,
    },
  ],
  invalid: [
    {
      name: 'CommonJS: require of the wrapper module',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `const auth = require('../lib/auth')

module.exports = (token) => auth.verifyToken(token, { audience: 'api' })`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { api: './src/lib/auth.verifyToken', option: 'algorithms', history: '' },
          line: 3, column: 29, endLine: 3, endColumn: 45,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `const auth = require('../lib/auth')

module.exports = (token) => auth.verifyToken(token, { audience: 'api', algorithms: ['HS256'] })`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `const auth = require('../lib/auth')

module.exports = (token) => auth.verifyToken(token, { audience: 'api', algorithms: ['RS256'] })`,
            },
          ],
        },
      ],
    },
  ],
})

projectTester.run(requireAudience.name, requireAudience, {
  assertionOptions,
  valid: [
    {
      name: 'an audience passed through',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import { verifyToken } from '../lib/auth'

export const user = (token: string) => verifyToken(token, { algorithms: ['RS256'], audience: 'api' })`,
    },
    {
      name: 'a google-like wrapper given an audience',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import { google } from '@acme/auth'

export const user = (idToken: string) => google.verifyIdToken({ idToken, audience: process.env.GOOGLE_CLIENT_ID })`,
    },
    {
      name: 'options from the caller',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import { verifyToken } from '../lib/auth'

export const user = (token: string, options: object) => verifyToken(token, options)`,
    },
    {
      name: 'a merging wrapper given no audience',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import { checkToken } from '@acme/auth'

export const user = (token: string) => checkToken(token, {})`,
    },
    {
      name: 'the decode wrapper is not a verification',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import { decodeToken } from '../lib/auth'

export const expiry = (token: string) => decodeToken(token, {})?.exp`,
    },
    {
      name: 'a wrapper declared without an options argument has nothing to judge',
      filename: 'src/routes/users.ts',
      settings: { 'jwt-guard': { functions: [{ module: '@acme/session', export: 'currentUser', kind: 'verify', token: 0, like: 'jsonwebtoken' }] } },
      code: `import { currentUser } from '@acme/session'

export const user = (token: string) => currentUser(token)`,
    },
  ],
  invalid: [
    {
      name: 'no audience passed through',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import { verifyToken } from '../lib/auth'

export const user = (token: string) => verifyToken(token, { algorithms: ['RS256'], issuer: 'https://auth.example.com' })`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: './src/lib/auth.verifyToken', option: 'audience', claim: 'audience' },
          line: 3, column: 40, endLine: 3, endColumn: 51,
        },
      ],
    },
    {
      name: 'an empty audience, as jsonwebtoken reads it',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import { verifyToken } from '../lib/auth'

export const user = (token: string) => verifyToken(token, { algorithms: ['RS256'], audience: '' })`,
      errors: [
        {
          messageId: 'emptyClaimCheck',
          data: { api: './src/lib/auth.verifyToken', option: 'audience', claim: 'audience', value: "''" },
          line: 3, column: 94, endLine: 3, endColumn: 96,
        },
      ],
    },
    {
      name: 'a google-like wrapper without audience',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import { google } from '@acme/auth'

export const user = (idToken: string) => google.verifyIdToken({ idToken })`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: '@acme/auth.google.verifyIdToken', option: 'audience', claim: 'audience' },
          line: 3, column: 42, endLine: 3, endColumn: 62,
        },
      ],
    },
    {
      name: 'a jose-like default export without audience',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import verify from '@acme/auth'

export const user = async (token: string) => (await verify(token, { issuer: 'https://auth.example.com' })).payload`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: '@acme/auth', option: 'audience', claim: 'audience' },
          line: 3, column: 53, endLine: 3, endColumn: 59,
        },
      ],
    },
    {
      name: 'an explicit empty audience is judged even where the wrapper merges defaults',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import { checkToken } from '@acme/auth'

export const user = (token: string) => checkToken(token, { audience: undefined })`,
      errors: [
        {
          messageId: 'emptyClaimCheck',
          data: { api: '@acme/auth.checkToken', option: 'audience', claim: 'audience', value: 'undefined' },
          line: 3, column: 70, endLine: 3, endColumn: 79,
        },
      ],
    },
    {
      name: 'options in a constant',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import { verifyToken } from '../lib/auth'

const options = { algorithms: ['RS256' as const] }
export const user = (token: string) => verifyToken(token, options)`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: './src/lib/auth.verifyToken', option: 'audience', claim: 'audience' },
          line: 4, column: 40, endLine: 4, endColumn: 51,
        },
      ],
    },
  ],
})

projectTester.run(requireIssuer.name, requireIssuer, {
  assertionOptions,
  valid: [
    {
      name: 'an issuer passed through',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import { verifyToken } from '../lib/auth'

export const user = (token: string) => verifyToken(token, { algorithms: ['RS256'], issuer: 'https://auth.example.com' })`,
    },
    {
      name: 'a google-like wrapper has no issuer option (Google checks it)',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import { google } from '@acme/auth'

export const user = (idToken: string) => google.verifyIdToken({ idToken, audience: 'client' })`,
    },
  ],
  invalid: [
    {
      name: 'no issuer passed through',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import { verifyToken } from '../lib/auth'

export const user = (token: string) => verifyToken(token, { algorithms: ['RS256'], audience: 'api' })`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: './src/lib/auth.verifyToken', option: 'issuer', claim: 'issuer' },
          line: 3, column: 40, endLine: 3, endColumn: 51,
        },
      ],
    },
    {
      name: 'an issuer jsonwebtoken ignores',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import { verifyToken } from '../lib/auth'

export const user = (token: string) => verifyToken(token, { algorithms: ['RS256'], audience: 'api', issuer: /example/ })`,
      errors: [
        {
          messageId: 'ignoredClaimCheck',
          data: { api: './src/lib/auth.verifyToken', option: 'issuer', claim: 'issuer', value: '/example/', accepted: 'a string or an array' },
          line: 3, column: 109, endLine: 3, endColumn: 118,
        },
      ],
    },
  ],
})

projectTester.run(noNoneAlgorithm.name, noNoneAlgorithm, {
  assertionOptions,
  valid: [
    {
      name: 'a real algorithm',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import { signToken, verifyToken } from '../lib/auth'

export const token = signToken({ sub: 'user' }, { algorithm: 'RS256' })
export const user = (token: string) => verifyToken(token, { algorithms: ['RS256'] })`,
    },
    {
      name: "a jose-like wrapper: jose refuses 'none' whatever the list says",
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import verify from '@acme/auth'

export const user = (token: string) => verify(token, { algorithms: ['none'] })`,
    },
  ],
  invalid: [
    {
      name: "'none' in the allow-list passed through",
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import { verifyToken } from '../lib/auth'

export const user = (token: string) => verifyToken(token, { algorithms: ['RS256', 'none'] })`,
      errors: [
        {
          messageId: 'noneAccepted',
          data: { api: './src/lib/auth.verifyToken', value: 'none', option: 'algorithms' },
          line: 3, column: 83, endLine: 3, endColumn: 89,
          suggestions: [
            {
              messageId: 'removeNone',
              data: { value: 'none' },
              output: `import { verifyToken } from '../lib/auth'

export const user = (token: string) => verifyToken(token, { algorithms: ['RS256'] })`,
            },
          ],
        },
      ],
    },
    {
      name: "signing with 'none' through the sign wrapper",
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import { signToken } from '../lib/auth'

export const token = signToken({ sub: 'user' }, { algorithm: 'none' })`,
      errors: [
        {
          messageId: 'noneSigned',
          data: { api: './src/lib/auth.signToken', value: 'none', option: 'algorithm' },
          line: 3, column: 62, endLine: 3, endColumn: 68,
        },
      ],
    },
  ],
})

projectTester.run(noMixedAlgorithmFamilies.name, noMixedAlgorithmFamilies, {
  assertionOptions,
  valid: [
    {
      name: 'one family',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import { checkToken } from '@acme/auth'

export const user = (token: string) => checkToken(token, { algorithms: ['RS256', 'ES256'] })`,
    },
  ],
  invalid: [
    {
      name: 'HMAC and RSA in one list, even for a merging wrapper',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import { checkToken } from '@acme/auth'

export const user = (token: string) => checkToken(token, { algorithms: ['HS256', 'RS256'] })`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: '@acme/auth.checkToken', hmac: '`HS256`', asymmetric: '`RS256`', option: 'algorithms' },
          line: 3, column: 72, endLine: 3, endColumn: 90,
        },
      ],
    },
  ],
})

projectTester.run(noDisabledExpiry.name, noDisabledExpiry, {
  assertionOptions,
  valid: [
    {
      name: 'a small clock tolerance',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import { verifyToken } from '../lib/auth'

export const user = (token: string) => verifyToken(token, { algorithms: ['RS256'], clockTolerance: 30 })`,
    },
  ],
  invalid: [
    {
      name: 'ignoreExpiration passed through',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import { verifyToken } from '../lib/auth'

export const user = (token: string) => verifyToken(token, { algorithms: ['RS256'], ignoreExpiration: true })`,
      errors: [
        {
          messageId: 'expiryIgnored',
          data: { option: 'ignoreExpiration', api: './src/lib/auth.verifyToken' },
          line: 3, column: 84, endLine: 3, endColumn: 106,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'ignoreExpiration' },
              output: `import { verifyToken } from '../lib/auth'

export const user = (token: string) => verifyToken(token, { algorithms: ['RS256'] })`,
            },
          ],
        },
      ],
    },
    {
      name: 'an hour of tolerance given to a merging wrapper',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import { checkToken } from '@acme/auth'

export const user = (token: string) => checkToken(token, { clockTolerance: 3600 })`,
      errors: [
        {
          messageId: 'clockToleranceTooLarge',
          data: { option: 'clockTolerance', api: '@acme/auth.checkToken', seconds: '3600', limit: '300' },
          line: 3, column: 60, endLine: 3, endColumn: 80,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'clockTolerance' },
              output: `import { checkToken } from '@acme/auth'

export const user = (token: string) => checkToken(token, {  })`,
            },
          ],
        },
      ],
    },
  ],
})

projectTester.run(noIgnoredVerifyError.name, noIgnoredVerifyError, {
  assertionOptions,
  valid: [
    {
      name: 'the jose-like wrapper awaited',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import verify from '@acme/auth'

export const user = async (token: string) => (await verify(token, {})).payload`,
    },
    {
      name: 'a callback wrapper whose callback stops on the error',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import { verifyWithCallback } from '@acme/auth'

export function user(req: Request, res: Response, next: () => void) {
  verifyWithCallback(req.token, {}, (error: Error | null, claims: unknown) => {
    if (error) return res.status(401).end()
    req.user = claims
    next()
  })
}`,
    },
    {
      name: 'a completion declared in the settings wins over the library default',
      filename: 'src/routes/users.ts',
      settings: { 'jwt-guard': { functions: [{ module: '@acme/auth', export: 'verifyLater', kind: 'verify', token: 0, completion: 'promise', like: 'jsonwebtoken' }] } },
      code: `import { verifyLater } from '@acme/auth'

export async function user(req: Request, res: Response, next: () => void) {
  try {
    req.user = await verifyLater(req.token)
  } catch {
    return res.status(401).end()
  }
  next()
}`,
    },
  ],
  invalid: [
    {
      name: 'the jose-like wrapper returns a Promise left floating',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import verify from '@acme/auth'

export async function user(req: Request, next: () => void) {
  verify(req.token, {})
  next()
}`,
      errors: [
        {
          messageId: 'floatingVerify',
          data: { api: '@acme/auth', inTry: '' },
          line: 4, column: 3, endLine: 4, endColumn: 24,
          suggestions: [
            {
              messageId: 'addAwait',
              data: {},
              output: `import verify from '@acme/auth'

export async function user(req: Request, next: () => void) {
  await verify(req.token, {})
  next()
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'a callback wrapper whose callback ignores the error',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import { verifyWithCallback } from '@acme/auth'

export function user(req: Request, next: () => void) {
  verifyWithCallback(req.token, {}, (error: Error | null, claims: unknown) => {
    req.user = claims
    next()
  })
}`,
      errors: [
        {
          messageId: 'callbackErrorUnused',
          data: { api: '@acme/auth.verifyWithCallback', name: 'error' },
          line: 4, column: 38, endLine: 4, endColumn: 57,
        },
      ],
    },
    {
      name: 'the jsonwebtoken-like wrapper throws, and the catch carries on',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import { verifyToken } from '../lib/auth'

export function user(req: Request, next: () => void) {
  try {
    req.user = verifyToken(req.token, { algorithms: ['RS256'] })
  } catch {
    // fall through as anonymous
  }
  next()
}`,
      errors: [
        {
          messageId: 'swallowedVerifyError',
          data: { api: './src/lib/auth.verifyToken' },
          line: 6, column: 5, endLine: 8, endColumn: 4,
        },
      ],
    },
  ],
})

projectTester.run(noUnverifiedDecode.name, noUnverifiedDecode, {
  assertionOptions,
  valid: [
    {
      name: 'only timing claims',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import { decodeToken } from '../lib/auth'

export const expiresAt = (token: string) => decodeToken(token, {})?.exp`,
    },
    {
      name: 'the header of a complete decode, to pick a key',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import { decodeToken } from '../lib/auth'

export const keyId = (token: string) => decodeToken(token, { complete: true })?.header.kid`,
    },
    {
      name: 'the same token verified before the claims leave',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import { decodeToken, verifyToken } from '../lib/auth'

export function user(token: string) {
  const claims = decodeToken(token, {})
  verifyToken(token, { algorithms: ['RS256'] })
  return claims?.sub
}`,
    },
  ],
  invalid: [
    {
      name: 'a claim read from the decode wrapper',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import { decodeToken } from '../lib/auth'

export const userId = (token: string) => decodeToken(token, {})?.sub`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: './src/lib/auth.decodeToken', claim: '`sub`', verify: '`./src/lib/auth.verifyToken`' },
          line: 3, column: 42, endLine: 3, endColumn: 64,
        },
      ],
    },
    {
      name: 'the payload of a complete decode',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import { decodeToken } from '../lib/auth'

export const roles = (token: string) => decodeToken(token, { complete: true })?.payload.roles`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: './src/lib/auth.decodeToken', claim: '`roles`', verify: '`./src/lib/auth.verifyToken`' },
          line: 3, column: 41, endLine: 3, endColumn: 79,
        },
      ],
    },
  ],
})

projectTester.run(noAlgorithmFromHeader.name, noAlgorithmFromHeader, {
  assertionOptions,
  valid: [
    {
      name: 'the header only picks a key',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import { readHeader } from '@acme/auth'
import { verifyToken } from '../lib/auth'

export const user = (token: string, keys: Record<string, string>) =>
  verifyToken(token, { algorithms: ['RS256'], key: keys[readHeader(token).kid] })`,
    },
  ],
  invalid: [
    {
      name: 'the header wrapper feeds the allow-list of the verify wrapper',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import { readHeader } from '@acme/auth'
import { verifyToken } from '../lib/auth'

export const user = (token: string) => verifyToken(token, { algorithms: [readHeader(token).alg] })`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { option: 'algorithms', api: './src/lib/auth.verifyToken', part: 'header', source: 'readHeader(token)' },
          line: 4, column: 74, endLine: 4, endColumn: 95,
        },
      ],
    },
    {
      name: 'a complete decode through the wrapper feeds jsonwebtoken',
      filename: 'src/routes/users.ts',
      settings: wrappers,
      code: `import jwt from 'jsonwebtoken'
import { decodeToken } from '../lib/auth'

export function user(token: string, key: string) {
  const decoded = decodeToken(token, { complete: true })
  return jwt.verify(token, key, { algorithms: [decoded!.header.alg] })
}`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { option: 'algorithms', api: 'jsonwebtoken.verify', part: 'header', source: 'decodeToken(token, { complete: true })' },
          line: 6, column: 48, endLine: 6, endColumn: 67,
        },
      ],
    },
  ],
})

describe('settings as ESLint passes them', () => {
  const lint = (code: string, { cwd = '/repo', filename = '/repo/src/routes/users.ts', settings = wrappers as Record<string, unknown> } = {}) =>
    new Linter({ configType: 'flat', cwd })
      .verify(
        code,
        [
          {
            files: ['**/*.ts'],
            languageOptions: { parser: tsParser as Linter.Parser, sourceType: 'module' },
            plugins: { 'jwt-guard': plugin as never },
            rules: { 'jwt-guard/require-audience': 'error' },
            settings,
          },
        ],
        { filename },
      )
      .filter((message) => message.ruleId === 'jwt-guard/require-audience')
      .map((message) => message.message)

  const code = `import { verifyToken } from '../lib/auth'
export const user = (token: string) => verifyToken(token, { algorithms: ['RS256'] })`

  it('resolves relative module paths against the working directory, and imports against the file', () => {
    expect(lint(code)).toEqual([expect.stringContaining('`./src/lib/auth.verifyToken` does not check the `aud` claim')])
    expect(lint(code.replace('../lib/auth', '../lib/auth.ts'))).toHaveLength(1)
    expect(lint(code.replace('../lib/auth', './lib/auth'))).toEqual([])
    expect(lint(code, { filename: '/repo/src/api/users.ts' })).toHaveLength(1)
    expect(lint(code, { filename: '/repo/src/routes/v2/users.ts' })).toEqual([])
  })

  it('resolves the same settings again for another working directory', () => {
    expect(lint(code)).toHaveLength(1)
    expect(lint(code, { cwd: '/other', filename: '/other/src/routes/users.ts' })).toHaveLength(1)
    expect(lint(code.replace('../lib/auth', '../../../repo/src/lib/auth'), { cwd: '/other', filename: '/other/src/routes/users.ts' })).toEqual([])
  })

  it('accepts absolute module paths', () => {
    const settings = { 'jwt-guard': { functions: [{ module: '/repo/src/lib/auth.ts', export: 'verifyToken', kind: 'verify', token: 0, options: 1, like: 'jsonwebtoken' }] } }
    expect(lint(code, { settings })).toEqual([expect.stringContaining('`/repo/src/lib/auth.ts.verifyToken`')])
  })

  const fails = (settings: unknown) => () => lint(code, { settings: { 'jwt-guard': settings } })
  const entry = { module: './src/lib/auth', export: 'verifyToken', kind: 'verify' }

  it.each([
    ['not an object', 'strict', "settings['jwt-guard'] must be an object."],
    ['an unknown setting', { wrappers: [] }, "settings['jwt-guard'].wrappers is not a known setting (expected `functions`)."],
    ['functions not an array', { functions: entry }, "settings['jwt-guard'].functions must be an array."],
    ['an entry not an object', { functions: ['verifyToken'] }, "settings['jwt-guard'].functions[0] must be an object."],
    ['an unknown property', { functions: [entry, { ...entry, args: [0] }] }, "settings['jwt-guard'].functions[1].args is not a known property."],
    ['an empty module', { functions: [{ ...entry, module: '' }] }, "settings['jwt-guard'].functions[0].module must be a non-empty string."],
    ['an empty export segment', { functions: [{ ...entry, export: 'auth..verify' }] }, "settings['jwt-guard'].functions[0].export must be an export name"],
    ['an unknown kind', { functions: [{ ...entry, kind: 'validate' }] }, "settings['jwt-guard'].functions[0].kind must be one of 'verify', 'decode', 'decodeHeader', 'sign'."],
    ['a negative position', { functions: [{ ...entry, token: -1 }] }, "settings['jwt-guard'].functions[0].token must be an argument index (0, 1, ...)."],
    ['a position given as text', { functions: [{ ...entry, options: '1' }] }, "settings['jwt-guard'].functions[0].options must be an argument index (0, 1, ...)."],
    ['an unknown library', { functions: [{ ...entry, like: 'jwt' }] }, "settings['jwt-guard'].functions[0].like must name a supported library (jsonwebtoken, jose,"],
    ['a library without that kind of API', { functions: [{ ...entry, like: 'jwt-decode' }] }, "settings['jwt-guard'].functions[0].like names jwt-decode, which has no verify API to follow."],
    ['an unknown completion', { functions: [{ ...entry, completion: 'async' }] }, "settings['jwt-guard'].functions[0].completion must be one of 'sync-or-callback', 'promise', 'promise-or-callback', 'boolean'."],
    ['mergesOptions not a boolean', { functions: [{ ...entry, mergesOptions: 'yes' }] }, "settings['jwt-guard'].functions[0].mergesOptions must be a boolean."],
  ])('throws an error naming the bad setting: %s', (_name, settings, message) => {
    expect(fails(settings)).toThrow(message)
  })

  it('checks the settings even in files that mention no JWT module', () => {
    expect(() => lint('export const answer = 42', { settings: { 'jwt-guard': { functions: 'verifyToken' } } })).toThrow(
      "settings['jwt-guard'].functions must be an array.",
    )
  })
})
