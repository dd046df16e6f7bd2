import rule from '../../src/rules/require-issuer.js'
import { assertionOptions, cjsRuleTester, ruleTester } from '../rule-tester.js'

const jsonwebtoken = { api: 'jsonwebtoken.verify', option: 'issuer', claim: 'issuer' }
const jose = { api: 'jose.jwtVerify', option: 'issuer', claim: 'issuer' }
const joseLegacy = { api: 'jose.JWT.verify', option: 'issuer', claim: 'issuer' }

ruleTester.run(rule.name, rule, {
  assertionOptions,
  valid: [
    {
      name: 'jsonwebtoken with an issuer (and a RegExp audience, which it supports)',
      code: `import jwt from 'jsonwebtoken'
jwt.verify(token, key, { algorithms: ['RS256'], audience: /^api-/, issuer: 'https://auth.example.com' })`,
    },
    {
      name: 'a list of issuers',
      code: `import jwt from 'jsonwebtoken'
jwt.verify(token, key, { audience: 'api', issuer: ['https://auth.example.com', 'https://auth.eu.example.com'] })`,
    },
    {
      name: 'options spread in from somewhere unknown',
      code: `import jwt from 'jsonwebtoken'
jwt.verify(token, key, { algorithms, ...sharedOptions })`,
    },
    {
      name: 'options imported from another module',
      code: `import { jwtVerify } from 'jose'
import { joseOptions } from './auth-config'
await jwtVerify(token, JWKS, joseOptions)`,
    },
    {
      name: 'options returned by a function',
      code: `import jwt from 'jsonwebtoken'
const getVerifyOptions = (tenant: string) => ({ issuer: tenant })
jwt.verify(token, key, getVerifyOptions(tenant))`,
    },
    {
      name: 'an options const that gets its issuer later',
      code: `import jwt from 'jsonwebtoken'
const opts = { audience: 'api' } as jwt.VerifyOptions
opts.issuer = tenant.issuer
jwt.verify(token, key, opts)`,
    },
    {
      name: 'issuer through a const',
      code: `import jwt from 'jsonwebtoken'
const ISSUER = 'https://auth.example.com'
jwt.verify(token, key, { issuer: ISSUER })`,
    },
    {
      name: 'options taken from a nested constant',
      code: `import jwt from 'jsonwebtoken'
const settings = { auth: { jwt: { issuer: 'https://auth.example.com' } } } as const
jwt.verify(token, key, settings.auth.jwt)`,
    },
    {
      name: 'issuer added by Object.assign',
      code: `import jwt from 'jsonwebtoken'
jwt.verify(token, key, Object.assign({ algorithms: ['RS256'] }, { issuer: ISSUER }))`,
    },
    {
      name: 'issuer on both branches of a conditional',
      code: `import jwt from 'jsonwebtoken'
jwt.verify(token, key, region === 'eu' ? { issuer: 'https://eu.auth.example.com' } : { issuer: 'https://us.auth.example.com' })`,
    },
    {
      name: 'a local function named verify shadows nothing JWT',
      code: `import jwt from 'jsonwebtoken'
const verify = (token: string) => token.length > 0
verify(token)`,
    },
    {
      name: 'jwt-simple has no issuer option',
      code: `import * as jwt from 'jwt-simple'
jwt.decode(token, secret, false, 'HS256')`,
    },
    {
      name: 'the word issuer in unrelated objects and in sign options',
      code: `import jwt from 'jsonwebtoken'
const oidc = { issuer: '', clientId: 'spa' }
const token = jwt.sign({ sub }, key, { issuer: 'https://auth.example.com' })`,
    },
    {
      name: 'inside an allowed wrapper (arrow function assigned to a const)',
      code: `import jwt from 'jsonwebtoken'
export const verifyInternal = (token: string) => jwt.verify(token, key, { audience: 'api' })`,
      options: [{ allowedWrappers: ['verifyInternal'] }],
    },
    {
      name: 'issuer from the environment with a fallback',
      code: `import { jwtVerify } from 'jose'
await jwtVerify(token, key, { issuer: process.env.OIDC_ISSUER ?? 'https://auth.example.com' })`,
    },
    {
      name: 'the issuer compared by hand after the verify, failing closed (parse-server Apple sign-in)',
      code: `import jwt from 'jsonwebtoken'
const TOKEN_ISSUER = 'https://appleid.apple.com'
export function verifyIdToken(token: string, key: string, clientId: string) {
  let jwtClaims
  try {
    jwtClaims = jwt.verify(token, key, { algorithms: ['RS256'], audience: clientId }) as jwt.JwtPayload
  } catch (error) {
    throw new Error('invalid token')
  }
  if (jwtClaims.iss !== TOKEN_ISSUER && jwtClaims.iss !== 'appleid.apple.com') {
    throw new Error('id token not issued by the expected provider')
  }
  return jwtClaims
}`,
    },
    {
      name: 'the issuer checked against an allow-list, or destructured and compared, failing closed',
      code: `import { jwtVerify } from 'jose'
const ISSUERS = ['https://a.example.com', 'https://b.example.com']
export async function claims(token: string, key: CryptoKey) {
  const { payload } = await jwtVerify(token, key, { algorithms: ['ES256'], audience: 'api' })
  if (!ISSUERS.includes(payload.iss!)) return undefined
  return payload
}
export async function subject(token: string, key: CryptoKey) {
  const { payload: { iss, sub } } = await jwtVerify(token, key, { algorithms: ['ES256'], audience: 'api' })
  if (!(iss === 'https://a.example.com')) throw new Error('issuer')
  return sub
}`,
    },
  ],
  invalid: [
    {
      name: 'an issuer comparison that only logs, that another condition can skip, that decides nothing, or whose match only enters a block',
      code: `import jwt from 'jsonwebtoken'
export function a(token: string, key: string) {
  const claims = jwt.verify(token, key, { algorithms: ['RS256'], audience: 'api' }) as jwt.JwtPayload
  if (claims.iss !== 'https://auth.example.com') console.warn('unexpected issuer')
  return claims
}
export function b(token: string, key: string, strict: boolean) {
  const claims = jwt.verify(token, key, { algorithms: ['RS256'], audience: 'api' }) as jwt.JwtPayload
  if (claims.iss !== 'https://auth.example.com' && strict) throw new Error('issuer')
  return claims
}
export function c(token: string, key: string) {
  const claims = jwt.verify(token, key, { algorithms: ['RS256'], audience: 'api' }) as jwt.JwtPayload
  const trusted = claims.iss === 'https://auth.example.com'
  return { claims, trusted }
}
export function d(token: string, key: string) {
  const claims = jwt.verify(token, key, { algorithms: ['RS256'], audience: 'api' }) as jwt.JwtPayload
  if (claims.iss === 'https://auth.example.com') {
    console.info('first-party token')
  }
  return claims
}`,
      errors: [
        { messageId: 'missingClaimCheck', data: jsonwebtoken, line: 3, column: 18, endLine: 3, endColumn: 28 },
        { messageId: 'missingClaimCheck', data: jsonwebtoken, line: 8, column: 18, endLine: 8, endColumn: 28 },
        { messageId: 'missingClaimCheck', data: jsonwebtoken, line: 13, column: 18, endLine: 13, endColumn: 28 },
        { messageId: 'missingClaimCheck', data: jsonwebtoken, line: 18, column: 18, endLine: 18, endColumn: 28 },
      ],
    },
    {
      name: 'jsonwebtoken default import, options without issuer',
      code: `import jwt from 'jsonwebtoken'

export function authenticate(token: string, publicKey: string) {
  return jwt.verify(token, publicKey, { algorithms: ['RS256'], audience: 'https://api.example.com' })
}`,
      errors: [{ messageId: 'missingClaimCheck', data: jsonwebtoken, line: 4, column: 10, endLine: 4, endColumn: 20 }],
    },
    {
      name: 'named import, callback form',
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
      name: 'jose jwtVerify against a multi-tenant key set without issuer',
      code: `import { createRemoteJWKSet, jwtVerify } from 'jose'

const JWKS = createRemoteJWKSet(new URL('https://tenant.example.com/.well-known/jwks.json'))
const { payload } = await jwtVerify(token, JWKS, { audience: 'api' })`,
      errors: [{ messageId: 'missingClaimCheck', data: jose, line: 4, column: 27, endLine: 4, endColumn: 36 }],
    },
    {
      name: 'jose namespace import',
      code: `import * as jose from 'jose'

export const check = (token: string, key: CryptoKey) => jose.jwtVerify(token, key, { audience: 'api', currentDate: new Date() })`,
      errors: [{ messageId: 'missingClaimCheck', data: jose, line: 3, column: 57, endLine: 3, endColumn: 71 }],
    },
    {
      name: 'await import() as a namespace',
      code: `const jose = await import('jose')
const { payload } = await jose.jwtVerify(token, secret, { audience: 'api' })`,
      errors: [{ messageId: 'missingClaimCheck', data: jose, line: 2, column: 27, endLine: 2, endColumn: 41 }],
    },
    {
      name: 'an empty issuer',
      code: `import jwt from 'jsonwebtoken'

jwt.verify(token, key, { audience: 'api', issuer: '' })`,
      errors: [
        { messageId: 'emptyClaimCheck', data: { ...jsonwebtoken, value: "''" }, line: 3, column: 51, endLine: 3, endColumn: 53 },
      ],
    },
    {
      name: 'jsonwebtoken ignores a RegExp issuer',
      code: `import jwt from 'jsonwebtoken'

jwt.verify(token, key, { audience: 'api', issuer: /^https:\\/\\/auth\\.example\\.com$/ })`,
      errors: [
        {
          messageId: 'ignoredClaimCheck',
          data: { ...jsonwebtoken, value: '/^https:\\/\\/auth\\.example\\.com$/', accepted: 'a string or an array' },
          line: 3,
          column: 51,
          endLine: 3,
          endColumn: 83,
        },
      ],
    },
    {
      name: 'a RegExp issuer through constants',
      code: `import jwt from 'jsonwebtoken'

const ISSUER_PATTERN = new RegExp('^https://login\\\\.example\\\\.com/')
const options = { audience: 'api', issuer: ISSUER_PATTERN }
jwt.verify(token, key, options)`,
      errors: [
        {
          messageId: 'ignoredClaimCheck',
          data: { ...jsonwebtoken, value: 'ISSUER_PATTERN', accepted: 'a string or an array' },
          line: 4,
          column: 44,
          endLine: 4,
          endColumn: 58,
        },
      ],
    },
    {
      name: 'an issuer const that is undefined',
      code: `import { jwtVerify } from 'jose/jwt/verify'

const ISSUER = undefined
await jwtVerify(token, key, { audience: 'api', issuer: ISSUER })`,
      errors: [
        { messageId: 'emptyClaimCheck', data: { ...jose, value: 'ISSUER' }, line: 4, column: 56, endLine: 4, endColumn: 62 },
      ],
    },
    {
      name: 'a spread of a known const without issuer',
      code: `import jwt from 'jsonwebtoken'

const verifyOptions = { algorithms: ['RS256'], audience: AUDIENCE }

export const authenticate = (token: string) => jwt.verify(token, PUBLIC_KEY, { ...verifyOptions, maxAge: '1h' })`,
      errors: [{ messageId: 'missingClaimCheck', data: jsonwebtoken, line: 5, column: 48, endLine: 5, endColumn: 58 }],
    },
    {
      name: 'a named callback in the options position',
      code: `import jwt from 'jsonwebtoken'

async function onVerified(err: Error | null, payload: unknown) {}
jwt.verify(token, key, onVerified)`,
      errors: [{ messageId: 'missingClaimCheck', data: jsonwebtoken, line: 4, column: 1, endLine: 4, endColumn: 11 }],
    },
    {
      name: 'options shared by two calls are reported once',
      code: `import jwt from 'jsonwebtoken'

const lenient = { audience: 'api', issuer: null }
jwt.verify(accessToken, key, lenient)
jwt.verify(refreshToken, key, lenient)`,
      errors: [
        { messageId: 'emptyClaimCheck', data: { ...jsonwebtoken, value: 'null' }, line: 3, column: 44, endLine: 3, endColumn: 48 },
      ],
    },
    {
      name: 'allowedWrappers exempts only the named function',
      code: `import jwt from 'jsonwebtoken'

export function verifyPartnerToken(token: string) {
  return jwt.verify(token, key, { audience: 'api' })
}
export const verifyUserToken = (token: string) => jwt.verify(token, key, { audience: 'api' })`,
      options: [{ allowedWrappers: ['verifyPartnerToken'] }],
      errors: [{ messageId: 'missingClaimCheck', data: jsonwebtoken, line: 6, column: 51, endLine: 6, endColumn: 61 }],
    },
  ],
})

cjsRuleTester.run(rule.name, rule, {
  assertionOptions,
  valid: [
    {
      name: 'jose v2 JWT.verify with an issuer',
      code: `const { JWT } = require('jose')
JWT.verify(token, key, { issuer: 'https://auth.example.com' })`,
    },
    {
      name: 'issuer destructured from a required config',
      code: `const jwt = require('jsonwebtoken')
const { issuer } = require('./config')
jwt.verify(token, key, { issuer })`,
    },
    {
      name: 'options from a parameter',
      code: `const jwt = require('jsonwebtoken')
module.exports = function (token, options) { return jwt.verify(token, key, options) }`,
    },
  ],
  invalid: [
    {
      name: 'require without destructuring',
      code: `const jwt = require('jsonwebtoken')

module.exports = (token) => jwt.verify(token, process.env.JWT_SECRET, { audience: 'api' })`,
      errors: [{ messageId: 'missingClaimCheck', data: jsonwebtoken, line: 3, column: 29, endLine: 3, endColumn: 39 }],
    },
    {
      name: 'destructured require, callback form with options',
      code: `const { verify } = require('jsonwebtoken')

verify(token, key, { audience: 'api' }, function (err, decoded) {
  callback(err, decoded)
})`,
      errors: [{ messageId: 'missingClaimCheck', data: jsonwebtoken, line: 3, column: 1, endLine: 3, endColumn: 7 }],
    },
    {
      name: 'jose v2 JWT.verify with an empty issuer',
      code: `const { JWT } = require('jose')

JWT.verify(token, key, { audience: 'api', issuer: '' })`,
      errors: [
        { messageId: 'emptyClaimCheck', data: { ...joseLegacy, value: "''" }, line: 3, column: 51, endLine: 3, endColumn: 53 },
      ],
    },
    {
      name: 'Object.assign without issuer',
      code: `const jwt = require('jsonwebtoken')

jwt.verify(token, key, Object.assign({}, { audience: 'api' }))`,
      errors: [{ messageId: 'missingClaimCheck', data: jsonwebtoken, line: 3, column: 1, endLine: 3, endColumn: 11 }],
    },
  ],
})
