import rule from '../../src/rules/no-algorithm-from-header.js'
import { assertionOptions, cjsRuleTester, ruleTester } from '../rule-tester.js'

ruleTester.run(rule.name, rule, {
  assertionOptions,
  valid: [
    {
      name: 'algorithms from imported config',
      code: `
import jwt from 'jsonwebtoken'
import config from './config'
export const authenticate = (token: string, key: string) =>
  jwt.verify(token, key, { algorithms: config.jwt.algorithms })
`,
    },
    {
      name: 'algorithms from a constant; alg and none in unrelated strings',
      code: `
import jwt from 'jsonwebtoken'
const ALGORITHMS: jwt.Algorithm[] = ['RS256']
const hint = 'the header alg must not be none'
export const authenticate = (token: string, key: string) => jwt.verify(token, key, { algorithms: ALGORITHMS })
`,
    },
    {
      name: 'header.kid picks a key entry whose own alg is trusted',
      code: `
import jwt from 'jsonwebtoken'
export function authenticate(token: string, keys: Record<string, { pem: string; alg: jwt.Algorithm }>) {
  const { header } = jwt.decode(token, { complete: true })!
  const entry = keys[header.kid!]
  return jwt.verify(token, entry.pem, { algorithms: [entry.alg] })
}
`,
    },
    {
      name: 'the header alg is only logged',
      code: `
import jwt from 'jsonwebtoken'
export function authenticate(token: string, key: string) {
  const { header } = jwt.decode(token, { complete: true })!
  console.info('token signed with', header.alg)
  return jwt.verify(token, key, { algorithms: ['RS256'] })
}
`,
    },
    {
      name: 'the header alg is rejected unless it is the expected one',
      code: `
import jwt from 'jsonwebtoken'
export function authenticate(token: string, key: string) {
  const { header } = jwt.decode(token, { complete: true })!
  if (header.alg !== 'RS256') throw new Error('unexpected alg')
  return jwt.verify(token, key, { algorithms: ['RS256'] })
}
`,
    },
    {
      name: 'a lookup table keyed by the header alg with constant values',
      code: `
import jwt from 'jsonwebtoken'
const allowed: Record<string, jwt.Algorithm[]> = { RS256: ['RS256'], ES256: ['ES256'] }
export function authenticate(token: string, key: string) {
  const { header } = jwt.decode(token, { complete: true })!
  return jwt.verify(token, key, { algorithms: allowed[header.alg] ?? ['RS256'] })
}
`,
    },
    {
      name: 'a header that is a parameter of unknown origin',
      code: `
import jwt from 'jsonwebtoken'
export const authenticate = (token: string, key: string, header: { alg: jwt.Algorithm }) =>
  jwt.verify(token, key, { algorithms: [header.alg] })
`,
    },
    {
      name: 'the protected header of a verified jose result',
      code: `
import { jwtVerify } from 'jose'
export async function algorithmOf(token: string, key: CryptoKey) {
  const { protectedHeader } = await jwtVerify(token, key, { algorithms: ['ES256'] })
  return protectedHeader.alg
}
`,
    },
    {
      name: 'a verified complete result names the alg of a nested token',
      code: `
import jwt from 'jsonwebtoken'
export function nested(token: string, key: string) {
  const outer = jwt.verify(token, key, { algorithms: ['RS256'], complete: true })
  return jwt.verify(outer.payload.inner, key, { algorithms: [outer.header.alg] })
}
`,
    },
    {
      name: 'a local function named decode',
      code: `
import jwt from 'jsonwebtoken'
function decode(token: string) {
  return { header: { alg: 'RS256' as const } }
}
export function authenticate(token: string, key: string) {
  const { header } = decode(token)
  return jwt.verify(token, key, { algorithms: [header.alg] })
}
`,
    },
    {
      name: 'the header alg used for signing, not verifying',
      code: `
import jwt from 'jsonwebtoken'
export function reissue(token: string, key: string) {
  const { header, payload } = jwt.decode(token, { complete: true })!
  return jwt.sign(payload, key, { algorithm: header.alg as jwt.Algorithm })
}
`,
    },
    {
      name: 'a jose key resolver that reads the header to choose a key',
      code: `
import { jwtVerify } from 'jose'
export const authenticate = (token: string) =>
  jwtVerify(token, async (header) => keys[header.alg], { algorithms: ['RS256', 'ES256'] })
`,
    },
    {
      name: 'jwt-simple with a fixed algorithm',
      code: `
import jwt from 'jwt-simple'
export function authenticate(token: string, key: string) {
  const header = JSON.parse(atob(token.split('.')[0]))
  if (header.alg !== 'HS256') throw new Error('unexpected alg')
  return jwt.decode(token, key, false, 'HS256')
}
`,
    },
  ],
  invalid: [
    {
      name: 'jsonwebtoken default import: [header.alg] from decode complete',
      code: `
import jwt from 'jsonwebtoken'
export function authenticate(token: string, key: string) {
  const { header } = jwt.decode(token, { complete: true })!
  return jwt.verify(token, key, { algorithms: [header.alg as jwt.Algorithm] })
}
`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: 'jsonwebtoken.verify', option: 'algorithms', part: 'header', source: 'jwt.decode(token, { complete: true })' },
          line: 5,
          column: 48,
          endLine: 5,
          endColumn: 75,
        },
      ],
    },
    {
      name: 'namespace import: the header alg next to a fixed one',
      code: `
import * as jwt from 'jsonwebtoken'
export function authenticate(token: string, key: string) {
  const decoded = jwt.decode(token, { complete: true })
  return jwt.verify(token, key, { algorithms: ['RS256', decoded.header.alg] })
}
`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: 'jsonwebtoken.verify', option: 'algorithms', part: 'header', source: 'jwt.decode(token, { complete: true })' },
          line: 5,
          column: 57,
          endLine: 5,
          endColumn: 75,
        },
      ],
    },
    {
      name: 'named imports, the whole allow-list is the header alg',
      code: `
import { decode, verify } from 'jsonwebtoken'
export function authenticate(token: string, key: string) {
  const header = decode(token, { complete: true }).header
  return verify(token, key, { algorithms: header.alg })
}
`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: 'jsonwebtoken.verify', option: 'algorithms', part: 'header', source: 'decode(token, { complete: true })' },
          line: 5,
          column: 43,
          endLine: 5,
          endColumn: 53,
        },
      ],
    },
    {
      name: 'a fallback does not help: header.alg || RS256',
      code: `
import jwt from 'jsonwebtoken'
export function authenticate(token: string, key: string) {
  const { header } = jwt.decode(token, { complete: true })!
  return jwt.verify(token, key, { algorithms: [header.alg || 'RS256'] })
}
`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: 'jsonwebtoken.verify', option: 'algorithms', part: 'header', source: 'jwt.decode(token, { complete: true })' },
          line: 5,
          column: 48,
          endLine: 5,
          endColumn: 58,
        },
      ],
    },
    {
      name: 'one branch of a conditional allow-list comes from the header',
      code: `
import jwt from 'jsonwebtoken'
export function authenticate(token: string, key: string, strict: boolean) {
  const { header } = jwt.decode(token, { complete: true })!
  return jwt.verify(token, key, { algorithms: strict ? ['RS256'] : [header.alg] })
}
`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: 'jsonwebtoken.verify', option: 'algorithms', part: 'header', source: 'jwt.decode(token, { complete: true })' },
          line: 5,
          column: 69,
          endLine: 5,
          endColumn: 79,
        },
      ],
    },
    {
      name: 'an options object shared by two calls is reported once',
      code: `
import jwt from 'jsonwebtoken'
export function authenticate(token: string, key: string, fallbackKey: string) {
  const { alg } = jwt.decode(token, { complete: true })!.header
  const options = { algorithms: [alg] }
  try {
    return jwt.verify(token, key, options)
  } catch {
    return jwt.verify(token, fallbackKey, options)
  }
}
`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: 'jsonwebtoken.verify', option: 'algorithms', part: 'header', source: 'jwt.decode(token, { complete: true })' },
          line: 5,
          column: 34,
          endLine: 5,
          endColumn: 37,
        },
      ],
    },
    {
      name: 'jose: decodeProtectedHeader alg passed to jwtVerify',
      code: `
import { decodeProtectedHeader, jwtVerify } from 'jose'
export async function authenticate(token: string, key: CryptoKey) {
  const { alg } = decodeProtectedHeader(token)
  return jwtVerify(token, key, { algorithms: [alg!] })
}
`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: 'jose.jwtVerify', option: 'algorithms', part: 'header', source: 'decodeProtectedHeader(token)' },
          line: 5,
          column: 47,
          endLine: 5,
          endColumn: 51,
        },
      ],
    },
    {
      name: 'jose through await import',
      code: `
export async function authenticate(token: string, key: CryptoKey) {
  const jose = await import('jose')
  const header = jose.decodeProtectedHeader(token)
  return jose.jwtVerify(token, key, { algorithms: [header.alg!], issuer: 'https://issuer.example' })
}
`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: 'jose.jwtVerify', option: 'algorithms', part: 'header', source: 'jose.decodeProtectedHeader(token)' },
          line: 5,
          column: 52,
          endLine: 5,
          endColumn: 63,
        },
      ],
    },
    {
      name: 'jwt-decode header: true feeding jsonwebtoken',
      code: `
import { jwtDecode } from 'jwt-decode'
import jwt from 'jsonwebtoken'
export function authenticate(token: string, key: string) {
  const header = jwtDecode<{ alg: jwt.Algorithm }>(token, { header: true })
  return jwt.verify(token, key, { algorithms: [header.alg] })
}
`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: 'jsonwebtoken.verify', option: 'algorithms', part: 'header', source: 'jwtDecode<{ alg: jwt.Algorithm }>(token, { header: true })' },
          line: 6,
          column: 48,
          endLine: 6,
          endColumn: 58,
        },
      ],
    },
    {
      name: 'hand-decoded header with a computed key',
      code: `
import jwt from 'jsonwebtoken'
export function authenticate(token: string, key: string) {
  const header = JSON.parse(atob(token.split('.')[0]))
  return jwt.verify(token, key, { algorithms: [header['alg']] })
}
`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: 'jsonwebtoken.verify', option: 'algorithms', part: 'header', source: 'JSON.parse(atob(token.split(\'.\')[0]))' },
          line: 5,
          column: 48,
          endLine: 5,
          endColumn: 61,
        },
      ],
    },
    {
      name: 'an allow-list taken from the payload',
      code: `
import jwt from 'jsonwebtoken'
export function authenticate(token: string, key: string) {
  const claims = jwt.decode(token) as { algs: jwt.Algorithm[] }
  return jwt.verify(token, key, { algorithms: claims.algs })
}
`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: 'jsonwebtoken.verify', option: 'algorithms', part: 'payload', source: 'jwt.decode(token)' },
          line: 5,
          column: 47,
          endLine: 5,
          endColumn: 58,
        },
      ],
    },
  ],
})

cjsRuleTester.run(rule.name, rule, {
  assertionOptions,
  valid: [
    {
      name: 'require, algorithms from an environment-derived constant',
      code: `
const jwt = require('jsonwebtoken')
const algorithms = process.env.JWT_ALGS.split(',')
function authenticate(token, key) {
  return jwt.verify(token, key, { algorithms })
}
`,
    },
    {
      name: 'require, header used only to find the key',
      code: `
const { decode, verify } = require('jsonwebtoken')
function authenticate(token, keys) {
  const { header } = decode(token, { complete: true })
  return verify(token, keys[header.kid], { algorithms: ['ES256'] })
}
`,
    },
    {
      name: 'a shadowed require',
      code: `
function authenticate(require, token, key) {
  const jwt = require('jsonwebtoken')
  const { header } = jwt.decode(token, { complete: true })
  return jwt.verify(token, key, { algorithms: [header.alg] })
}
`,
    },
  ],
  invalid: [
    {
      name: 'require: the alg in a variable, options in a constant',
      code: `
const jwt = require('jsonwebtoken')
function authenticate(token, key) {
  const alg = jwt.decode(token, { complete: true }).header.alg
  const options = { algorithms: [alg], audience: 'api' }
  return jwt.verify(token, key, options)
}
`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: 'jsonwebtoken.verify', option: 'algorithms', part: 'header', source: 'jwt.decode(token, { complete: true })' },
          line: 5,
          column: 34,
          endLine: 5,
          endColumn: 37,
        },
      ],
    },
    {
      name: 'require with destructuring, callback form',
      code: `
const { decode, verify } = require('jsonwebtoken')
function authenticate(token, key, done) {
  const { header } = decode(token, { complete: true })
  verify(token, key, { algorithms: [header.alg] }, done)
}
`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: 'jsonwebtoken.verify', option: 'algorithms', part: 'header', source: 'decode(token, { complete: true })' },
          line: 5,
          column: 37,
          endLine: 5,
          endColumn: 47,
        },
      ],
    },
    {
      name: 'jose v2 JWT.decode complete feeding JWT.verify',
      code: `
const { JWT } = require('jose')
function authenticate(token, key) {
  const { header } = JWT.decode(token, { complete: true })
  return JWT.verify(token, key, { algorithms: [header.alg] })
}
`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: 'jose.JWT.verify', option: 'algorithms', part: 'header', source: 'JWT.decode(token, { complete: true })' },
          line: 5,
          column: 48,
          endLine: 5,
          endColumn: 58,
        },
      ],
    },
    {
      name: 'jwt-simple: the algorithm argument from a hand-decoded header',
      code: `
const jwt = require('jwt-simple')
function authenticate(token, key) {
  const header = JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString())
  return jwt.decode(token, key, false, header.alg)
}
`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: 'jwt-simple.decode', option: 'algorithm argument', part: 'header', source: 'JSON.parse(Buffer.from(token.split(\'.\')[0], \'base64url\').to…' },
          line: 5,
          column: 40,
          endLine: 5,
          endColumn: 50,
        },
      ],
    },
    {
      name: 'require without destructuring',
      code: `
function authenticate(token, key) {
  const header = require('jsonwebtoken').decode(token, { complete: true }).header
  return require('jsonwebtoken').verify(token, key, { algorithms: [header.alg] })
}
`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: 'jsonwebtoken.verify', option: 'algorithms', part: 'header', source: 'require(\'jsonwebtoken\').decode(token, { complete: true })' },
          line: 4,
          column: 68,
          endLine: 4,
          endColumn: 78,
        },
      ],
    },
  ],
})
