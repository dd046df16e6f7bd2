import rule from '../../src/rules/require-audience.js'
import { assertionOptions, cjsRuleTester, ruleTester } from '../rule-tester.js'

const jsonwebtoken = { api: 'jsonwebtoken.verify', option: 'audience', claim: 'audience' }
const jose = { api: 'jose.jwtVerify', option: 'audience', claim: 'audience' }
const joseLegacy = { api: 'jose.JWT.verify', option: 'audience', claim: 'audience' }

ruleTester.run(rule.name, rule, {
  assertionOptions,
  valid: [
    {
      name: 'jsonwebtoken with an audience',
      code: `import jwt from 'jsonwebtoken'

jwt.verify(token, key, { algorithms: ['RS256'], audience: 'https://api.example.com', issuer: ISSUER })`,
    },
    {
      name: 'options spread in from another module may carry the audience',
      code: `import jwt from 'jsonwebtoken'
import { sharedOptions } from './jwt-options'

export const authenticate = (token: string) => jwt.verify(token, key, { algorithms: ['RS256'], ...sharedOptions })`,
    },
    {
      name: 'options spread in from a parameter',
      code: `import jwt from 'jsonwebtoken'

export function authenticate(token: string, algorithms: jwt.Algorithm[], sharedOptions: jwt.VerifyOptions) {
  return jwt.verify(token, key, { algorithms, ...sharedOptions })
}`,
    },
    {
      name: 'options imported from another module',
      code: `import jwt from 'jsonwebtoken'
import { verifyOptions } from '../config/jwt'

jwt.verify(token, key, verifyOptions)`,
    },
    {
      name: 'options returned by a function',
      code: `import jwt from 'jsonwebtoken'

function buildOptions() {
  return { algorithms: ['RS256'] as jwt.Algorithm[], audience: process.env.JWT_AUDIENCE }
}
jwt.verify(token, key, buildOptions())`,
    },
    {
      name: 'an options const that gets its audience later',
      code: `import jwt from 'jsonwebtoken'

const opts: jwt.VerifyOptions = { algorithms: ['RS256'] }
opts.audience = process.env.JWT_AUDIENCE
jwt.verify(token, key, opts)`,
    },
    {
      name: 'audience through a const',
      code: `import jwt from 'jsonwebtoken'

const AUDIENCE = 'https://api.example.com'
const options = { audience: AUDIENCE }
jwt.verify(token, key, options)`,
    },
    {
      name: 'audience from a nested constant',
      code: `import { jwtVerify } from 'jose'

const config = { jwt: { audience: 'https://api.example.com', issuer: 'https://auth.example.com' } }
await jwtVerify(token, key, { audience: config.jwt.audience, issuer: config.jwt.issuer })`,
    },
    {
      name: 'audience added by Object.assign',
      code: `import jwt from 'jsonwebtoken'

const defaults = { algorithms: ['RS256'] }
jwt.verify(token, key, Object.assign({}, defaults, { audience: AUDIENCE }))`,
    },
    {
      name: 'audience on both branches of a conditional',
      code: `import jwt from 'jsonwebtoken'

jwt.verify(token, key, isInternal ? { audience: 'internal-api' } : { audience: 'public-api' })`,
    },
    {
      name: 'a local function named verify',
      code: `function verify(token: string, key: string, options: object) {
  return { token, key, options }
}
verify(token, key, {})`,
    },
    {
      name: 'jwt-simple has no audience option',
      code: `import jwt from 'jwt-simple'

const payload = jwt.decode(token, secret, false, 'HS256')`,
    },
    {
      name: 'the word audience in unrelated objects, sign and decode',
      code: `import jwt from 'jsonwebtoken'

const campaign = { audience: '', budget: 100 }
analytics.track('campaign', { audience: undefined })
const token = jwt.sign({ sub: user.id }, key, { audience: 'https://api.example.com', expiresIn: '1h' })
const claims = jwt.decode(token)`,
    },
    {
      name: 'inside an allowed wrapper',
      code: `import jwt from 'jsonwebtoken'

export function verifyServiceToken(token: string) {
  return jwt.verify(token, key, { algorithms: ['RS256'] })
}`,
      options: [{ allowedWrappers: ['verifyServiceToken'] }],
    },
    {
      name: 'jose with a list of audiences',
      code: `import { jwtVerify } from 'jose'

await jwtVerify(token, key, { audience: ['https://api.example.com', 'https://admin.example.com'] })`,
    },
    {
      name: 'callback form with options',
      code: `import jwt from 'jsonwebtoken'

jwt.verify(token, key, { audience: process.env.JWT_AUDIENCE }, (err, decoded) => {
  if (err) return next(err)
  next()
})`,
    },
    {
      name: 'the audience compared by hand after the verify, failing closed',
      code: `import jwt from 'jsonwebtoken'
export function claims(token: string, key: string, clientId: string) {
  const payload = jwt.verify(token, key, { algorithms: ['RS256'], issuer: 'https://accounts.example.com' }) as jwt.JwtPayload
  if (payload.aud !== clientId) throw new Error('token is for another client')
  return payload
}`,
    },
  ],
  invalid: [
    {
      name: 'an audience comparison that an empty client id skips (parse-server Google sign-in)',
      code: `import jwt from 'jsonwebtoken'
export function claims(token: string, key: string, clientId: string) {
  const payload = jwt.verify(token, key, { algorithms: ['RS256'], issuer: 'https://accounts.example.com' }) as jwt.JwtPayload
  if (clientId && payload.aud !== clientId) throw new Error('token is for another client')
  return payload
}`,
      errors: [{ messageId: 'missingClaimCheck', data: jsonwebtoken, line: 3, column: 19, endLine: 3, endColumn: 29 }],
    },
    {
      name: 'jsonwebtoken default import, options without audience',
      code: `import jwt from 'jsonwebtoken'

export function authenticate(token: string, publicKey: string) {
  return jwt.verify(token, publicKey, { algorithms: ['RS256'], issuer: 'https://auth.example.com' })
}`,
      errors: [{ messageId: 'missingClaimCheck', data: jsonwebtoken, line: 4, column: 10, endLine: 4, endColumn: 20 }],
    },
    {
      name: 'named import, callback form verify(t, k, cb)',
      code: `import { verify } from 'jsonwebtoken'

verify(token, secret, (err, payload) => {
  if (err) return reject(err)
  resolve(payload)
})`,
      errors: [{ messageId: 'missingClaimCheck', data: jsonwebtoken, line: 3, column: 1, endLine: 3, endColumn: 7 }],
    },
    {
      name: 'namespace import, no options',
      code: `import * as jwt from 'jsonwebtoken'

const claims = jwt.verify(token, key)`,
      errors: [{ messageId: 'missingClaimCheck', data: jsonwebtoken, line: 3, column: 16, endLine: 3, endColumn: 26 }],
    },
    {
      name: 'jose jwtVerify with a remote key set and only an issuer',
      code: `import { createRemoteJWKSet, jwtVerify } from 'jose'

const JWKS = createRemoteJWKSet(new URL('https://auth.example.com/.well-known/jwks.json'))
const { payload } = await jwtVerify(token, JWKS, { issuer: 'https://auth.example.com' })`,
      errors: [{ messageId: 'missingClaimCheck', data: jose, line: 4, column: 27, endLine: 4, endColumn: 36 }],
    },
    {
      name: 'jose namespace import, no options',
      code: `import * as jose from 'jose'

export const check = (token: string, key: CryptoKey) => jose.jwtVerify(token, key)`,
      errors: [{ messageId: 'missingClaimCheck', data: jose, line: 3, column: 57, endLine: 3, endColumn: 71 }],
    },
    {
      name: 'await import()',
      code: `const { jwtVerify } = await import('jose')
const { payload } = await jwtVerify(token, secret, { algorithms: ['HS256'] })`,
      errors: [{ messageId: 'missingClaimCheck', data: jose, line: 2, column: 27, endLine: 2, endColumn: 36 }],
    },
    {
      name: 'an empty string switches the check off',
      code: `import jwt from 'jsonwebtoken'

jwt.verify(token, key, { audience: '', issuer: 'https://auth.example.com' })`,
      errors: [
        { messageId: 'emptyClaimCheck', data: { ...jsonwebtoken, value: "''" }, line: 3, column: 36, endLine: 3, endColumn: 38 },
      ],
    },
    {
      name: 'jose subpath import, audience: undefined',
      code: `import { jwtVerify } from 'jose/jwt/verify'

await jwtVerify(token, key, { audience: undefined, issuer: 'https://auth.example.com' })`,
      errors: [
        { messageId: 'emptyClaimCheck', data: { ...jose, value: 'undefined' }, line: 3, column: 41, endLine: 3, endColumn: 50 },
      ],
    },
    {
      name: 'options const without audience',
      code: `import jwt from 'jsonwebtoken'

const verifyOptions = { algorithms: ['RS256'], issuer: ISSUER }

export const authenticate = (token: string) => jwt.verify(token, PUBLIC_KEY, verifyOptions)`,
      errors: [{ messageId: 'missingClaimCheck', data: jsonwebtoken, line: 5, column: 48, endLine: 5, endColumn: 58 }],
    },
    {
      name: 'spread of a known const without audience',
      code: `import jwt from 'jsonwebtoken'

const base = { algorithms: ['RS256'] as const }
jwt.verify(token, key, { ...base, issuer: ISSUER })`,
      errors: [{ messageId: 'missingClaimCheck', data: jsonwebtoken, line: 4, column: 1, endLine: 4, endColumn: 11 }],
    },
    {
      name: 'a named callback in the options position',
      code: `import jwt from 'jsonwebtoken'

function onVerified(err: Error | null, payload: unknown) {
  if (!err) console.log(payload)
}
jwt.verify(token, key, onVerified)`,
      errors: [{ messageId: 'missingClaimCheck', data: jsonwebtoken, line: 6, column: 1, endLine: 6, endColumn: 11 }],
    },
    {
      name: 'options shared by two calls are reported once',
      code: `import jwt from 'jsonwebtoken'

const lenient = { audience: null, issuer: ISSUER }
jwt.verify(accessToken, key, lenient)
jwt.verify(refreshToken, key, lenient)`,
      errors: [
        { messageId: 'emptyClaimCheck', data: { ...jsonwebtoken, value: 'null' }, line: 3, column: 29, endLine: 3, endColumn: 33 },
      ],
    },
    {
      name: 'empty on both branches',
      code: `import jwt from 'jsonwebtoken'

jwt.verify(token, key, isProduction ? { audience: '' } : { audience: undefined })`,
      errors: [
        { messageId: 'emptyClaimCheck', data: { ...jsonwebtoken, value: "''" }, line: 3, column: 51, endLine: 3, endColumn: 53 },
      ],
    },
    {
      name: 'allowedWrappers exempts only the named function',
      code: `import jwt from 'jsonwebtoken'

function verifyServiceToken(token: string) {
  return jwt.verify(token, key, { audience: 'billing' })
}
function verifyUserToken(token: string) {
  return jwt.verify(token, key, { issuer: ISSUER })
}`,
      options: [{ allowedWrappers: ['verifyServiceToken'] }],
      errors: [{ messageId: 'missingClaimCheck', data: jsonwebtoken, line: 7, column: 10, endLine: 7, endColumn: 20 }],
    },
    {
      name: 'TypeScript import = require()',
      code: `import jwt = require('jsonwebtoken')

jwt.verify(token, key, { issuer: ISSUER })`,
      errors: [{ messageId: 'missingClaimCheck', data: jsonwebtoken, line: 3, column: 1, endLine: 3, endColumn: 11 }],
    },
  ],
})

cjsRuleTester.run(rule.name, rule, {
  assertionOptions,
  valid: [
    {
      name: 'jose v2 JWT.verify with audience',
      code: `const { JWT } = require('jose')

JWT.verify(token, key, { audience: 'urn:example:api', issuer: 'https://auth.example.com' })`,
    },
    {
      name: 'options required from another module',
      code: `const jwt = require('jsonwebtoken')
const { verifyOptions } = require('./config')

module.exports = (token) => jwt.verify(token, key, verifyOptions)`,
    },
    {
      name: 'options from a parameter',
      code: `const jwt = require('jsonwebtoken')

function check(token, options) {
  return jwt.verify(token, key, options)
}`,
    },
    {
      name: 'audience from the environment through a const',
      code: `const jwt = require('jsonwebtoken')

const AUDIENCE = process.env.JWT_AUDIENCE
jwt.verify(token, key, { audience: AUDIENCE })`,
    },
  ],
  invalid: [
    {
      name: 'require without destructuring',
      code: `const jwt = require('jsonwebtoken')

module.exports = (token) => jwt.verify(token, process.env.JWT_SECRET, { issuer: 'auth' })`,
      errors: [{ messageId: 'missingClaimCheck', data: jsonwebtoken, line: 3, column: 29, endLine: 3, endColumn: 39 }],
    },
    {
      name: 'destructured require, callback form',
      code: `const { verify } = require('jsonwebtoken')

verify(token, key, function (err, decoded) {
  callback(err, decoded)
})`,
      errors: [{ messageId: 'missingClaimCheck', data: jsonwebtoken, line: 3, column: 1, endLine: 3, endColumn: 7 }],
    },
    {
      name: 'jose v2 JWT.verify',
      code: `const { JWT } = require('jose')

JWT.verify(token, key, { issuer: 'https://auth.example.com', clockTolerance: '30s' })`,
      errors: [{ messageId: 'missingClaimCheck', data: joseLegacy, line: 3, column: 1, endLine: 3, endColumn: 11 }],
    },
    {
      name: 'require(...).verify directly',
      code: `require('jsonwebtoken').verify(token, key)`,
      errors: [{ messageId: 'missingClaimCheck', data: jsonwebtoken, line: 1, column: 1, endLine: 1, endColumn: 31 }],
    },
    {
      name: 'a callback const in the options position',
      code: `const jwt = require('jsonwebtoken')

const done = (err, decoded) => {}
jwt.verify(token, key, done)`,
      errors: [{ messageId: 'missingClaimCheck', data: jsonwebtoken, line: 4, column: 1, endLine: 4, endColumn: 11 }],
    },
  ],
})
