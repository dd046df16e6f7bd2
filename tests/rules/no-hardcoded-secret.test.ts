import rule from '../../src/rules/no-hardcoded-secret.js'
import { assertionOptions, cjsRuleTester, ruleTester } from '../rule-tester.js'

ruleTester.run(rule.name, rule, {
  assertionOptions,
  valid: [
    {
      name: 'a key from the environment',
      code: `
import jwt from 'jsonwebtoken'
export const issue = (sub: string) => jwt.sign({ sub }, process.env.JWT_SECRET!, { expiresIn: '1h' })
`,
    },
    {
      name: 'keys from a key store, a function call and a key callback',
      code: `
import jwt from 'jsonwebtoken'
import { jwtVerify, createRemoteJWKSet } from 'jose'
import { secrets } from './vault'
const JWKS = createRemoteJWKSet(new URL('https://id.example.com/.well-known/jwks.json'))
export async function check(token: string) {
  jwt.verify(token, await secrets.get('jwt-signing-key'), { algorithms: ['HS256'] })
  jwt.verify(token, (header, done) => done(null, lookup(header.kid)), { algorithms: ['RS256'] }, () => {})
  return jwtVerify(token, JWKS)
}
`,
    },
    {
      name: 'a secret property on an unrelated object',
      code: `
import session from 'express-session'
import jwt from 'jsonwebtoken'
export const sessions = session({ secret: 'keyboard cat', resave: false })
const settings = { secret: 'not-a-jwt-key' }
export const check = (token: string) => jwt.verify(token, process.env.JWT_SECRET!, { algorithms: ['HS256'], audience: settings.secret })
`,
    },
    {
      name: 'a public key PEM is not a secret',
      code: `
import jwt from 'jsonwebtoken'
const publicKey = \`-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEAabcdefghijklmnopqrstuvwxyz0123456789abcdefg=
-----END PUBLIC KEY-----\`
export const check = (token: string) => jwt.verify(token, publicKey, { algorithms: ['EdDSA'] })
`,
    },
    {
      name: 'a public JWK is not a secret',
      code: `
import { importJWK, jwtVerify } from 'jose'
const key = await importJWK({ kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0' }, 'ES256')
export const check = (token: string) => jwtVerify(token, key, { algorithms: ['ES256'] })
`,
    },
    {
      name: 'a literal in a test file exempted by ignoreFiles',
      filename: 'src/auth/session.test.ts',
      options: [{ ignoreFiles: ['**/*.test.*'] }],
      code: `
import jwt from 'jsonwebtoken'
export const token = jwt.sign({ sub: 'user-1' }, 'test-secret')
`,
    },
    {
      name: 'a variable reassigned after its declaration',
      code: `
import jwt from 'jsonwebtoken'
let secret = 'placeholder'
secret = loadSecret()
export const issue = (sub: string) => jwt.sign({ sub }, secret)
`,
    },
    {
      name: 'a config object changed after its declaration',
      code: `
import jwt from 'jsonwebtoken'
const config = { secret: 'dev' }
config.secret = process.env.JWT_SECRET!
export const issue = (sub: string) => jwt.sign({ sub }, config.secret)
`,
    },
    {
      name: 'a template literal with an expression, and a Buffer of an environment variable',
      code: `
import jwt from 'jsonwebtoken'
export const a = (sub: string) => jwt.sign({ sub }, \`\${process.env.SECRET_PREFIX}-signing\`)
export const b = (sub: string) => jwt.sign({ sub }, Buffer.from(process.env.JWT_SECRET_B64!, 'base64'))
`,
    },
    {
      name: 'a local function named sign, and a shadowed jwt parameter',
      code: `
import jwt from 'jsonwebtoken'
function sign(payload: object, key: string) { return JSON.stringify({ payload, key }) }
export const signed = sign({ sub: 'x' }, 'literal-key')
export function issue(jwt: { sign(p: object, k: string): string }) { return jwt.sign({}, 'literal-key') }
`,
    },
    {
      name: 'literals in other options: koa-jwt key names where claims go, audience and issuer',
      code: `
import koaJwt from 'koa-jwt'
import jwt from 'jsonwebtoken'
export const auth = koaJwt({ secret: process.env.JWT_SECRET!, key: 'jwtdata', algorithms: ['HS256'] })
export const check = (token: string) => jwt.verify(token, process.env.JWT_SECRET!, { audience: 'my-secret-api', issuer: 'https://id.example.com' })
`,
    },
    {
      name: 'a key imported from another module',
      code: `
import jwt from 'jsonwebtoken'
import { JWT_SECRET } from './config'
export const issue = (sub: string) => jwt.sign({ sub }, JWT_SECRET)
`,
    },
    {
      name: 'a jose builder signed with a key from the environment, and an unsecured token with no key',
      code: `
import { SignJWT, UnsecuredJWT } from 'jose'
const key = new TextEncoder().encode(process.env.JWT_SECRET)
export const signed = () => new SignJWT({ sub: 'svc' }).setProtectedHeader({ alg: 'HS256' }).sign(key)
export const unsigned = () => new UnsecuredJWT({ sub: 'svc' }).encode()
`,
    },
    {
      name: 'an empty fallback is a missing key, not a written one',
      code: `
import jwt from 'jsonwebtoken'
export const check = (token: string) => jwt.verify(token, process.env.JWT_SECRET || '', { algorithms: ['HS256'] })
`,
    },
  ],
  invalid: [
    {
      name: 'a string literal as the jsonwebtoken signing secret (ESM default import)',
      code: `
import jwt from 'jsonwebtoken'
export const issue = (userId: string) => jwt.sign({ sub: userId }, 's3cr3t-signing-key', { expiresIn: '1h' })
`,
      errors: [
        {
          messageId: 'hardcoded',
          data: { api: 'jsonwebtoken.sign', place: 'key', material: 'secret' },
          line: 3,
          column: 68,
          endLine: 3,
          endColumn: 88,
        },
      ],
    },
    {
      name: 'a literal fallback after an environment variable (||)',
      code: `
import { verify } from 'jsonwebtoken'
export const check = (token: string) => verify(token, process.env.JWT_SECRET || 'dev-secret', { algorithms: ['HS256'] })
`,
      errors: [
        {
          messageId: 'fallback',
          data: { api: 'jsonwebtoken.verify', material: 'secret', source: 'process.env.JWT_SECRET' },
          line: 3,
          column: 81,
          endLine: 3,
          endColumn: 93,
        },
      ],
    },
    {
      name: 'a ?? fallback through a constant',
      code: `
import * as jwt from 'jsonwebtoken'
const secret = process.env.JWT_SECRET ?? \`changeme\`
export const issue = (sub: string) => jwt.sign({ sub }, secret)
`,
      errors: [
        {
          messageId: 'fallback',
          data: { api: 'jsonwebtoken.sign', material: 'secret', source: 'process.env.JWT_SECRET' },
          line: 3,
          column: 42,
          endLine: 3,
          endColumn: 52,
        },
      ],
    },
    {
      name: 'new TextEncoder().encode of a literal with jose',
      code: `
import { jwtVerify } from 'jose'
const secret = new TextEncoder().encode('cc7e0d44fd473002f1c42167459001140ec6389b7353f8088f4d9a95f2f596f2')
export const check = (token: string) => jwtVerify(token, secret, { algorithms: ['HS256'] })
`,
      errors: [
        {
          messageId: 'hardcoded',
          data: { api: 'jose.jwtVerify', place: 'key', material: 'secret' },
          line: 3,
          column: 41,
          endLine: 3,
          endColumn: 107,
        },
      ],
    },
    {
      name: 'createSecretKey of a literal from node:crypto',
      code: `
import { createSecretKey } from 'node:crypto'
import jwt from 'jsonwebtoken'
const key = createSecretKey('hmac-key-for-tokens', 'utf8')
export const check = (token: string) => jwt.verify(token, key, { algorithms: ['HS256'] })
`,
      errors: [
        {
          messageId: 'hardcoded',
          data: { api: 'jsonwebtoken.verify', place: 'key', material: 'secret' },
          line: 4,
          column: 29,
          endLine: 4,
          endColumn: 50,
        },
      ],
    },
    {
      name: 'passport-jwt secretOrKey in a NestJS strategy, from a constants object in the same file',
      code: `
import { Injectable } from '@nestjs/common'
import { PassportStrategy } from '@nestjs/passport'
import { ExtractJwt, Strategy } from 'passport-jwt'

export const jwtConstants = { secret: 'nest-docs-style-secret' }

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: jwtConstants.secret })
  }
}
`,
      errors: [
        {
          messageId: 'hardcoded',
          data: { api: 'passport-jwt.Strategy', place: '`secretOrKey`', material: 'secret' },
          line: 6,
          column: 39,
          endLine: 6,
          endColumn: 63,
        },
      ],
    },
    {
      name: 'JwtModule.register secret, and a registerAsync factory that falls back to a literal',
      code: `
import { JwtModule } from '@nestjs/jwt'
export const modules = [
  JwtModule.register({ secret: 'module-secret', signOptions: { expiresIn: '60s' } }),
  JwtModule.registerAsync({ useFactory: () => ({ secret: process.env.JWT_SECRET || 'module-fallback' }) }),
]
`,
      errors: [
        {
          messageId: 'hardcoded',
          data: { api: '@nestjs/jwt.JwtModule.register', place: '`secret`', material: 'secret' },
          line: 4,
          column: 32,
          endLine: 4,
          endColumn: 47,
        },
        {
          messageId: 'fallback',
          data: { api: '@nestjs/jwt.JwtModule.registerAsync', material: 'secret', source: 'process.env.JWT_SECRET' },
          line: 5,
          column: 84,
          endLine: 5,
          endColumn: 101,
        },
      ],
    },
    {
      name: 'a PEM private key written in the code',
      code: `
import jwt from 'jsonwebtoken'
const privateKey = \`-----BEGIN PRIVATE KEY-----
MC4CAQAwBQYDK2VwBCIEIAbcdefghijklmnopqrstuvwxyz0123456789abcdefgh
-----END PRIVATE KEY-----\`
export const issue = (sub: string) => jwt.sign({ sub }, privateKey, { algorithm: 'EdDSA' })
`,
      errors: [
        {
          messageId: 'hardcoded',
          data: { api: 'jsonwebtoken.sign', place: 'key', material: 'private key' },
          line: 3,
          column: 20,
          endLine: 5,
          endColumn: 27,
        },
      ],
    },
    {
      name: 'hono jwt middleware secret and koa-jwt secret list',
      code: `
import { jwt } from 'hono/jwt'
import koaJwt from 'koa-jwt'
export const honoAuth = jwt({ secret: 'it-is-very-secret', alg: 'HS256' })
export const koaAuth = koaJwt({ secret: [process.env.CURRENT_SECRET!, 'previous-secret'], algorithms: ['HS256'] })
`,
      errors: [
        {
          messageId: 'hardcoded',
          data: { api: 'hono.jwt', place: '`secret`', material: 'secret' },
          line: 4,
          column: 39,
          endLine: 4,
          endColumn: 58,
        },
        {
          messageId: 'hardcoded',
          data: { api: 'koa-jwt', place: '`secret`', material: 'secret' },
          line: 5,
          column: 71,
          endLine: 5,
          endColumn: 88,
        },
      ],
    },
    {
      name: '@fastify/jwt registration and fast-jwt signer',
      code: `
import Fastify from 'fastify'
import fastifyJwt from '@fastify/jwt'
import { createSigner } from 'fast-jwt'
const app = Fastify()
app.register(fastifyJwt, { secret: 'supersecret' })
export const sign = createSigner({ key: 'fast-jwt-key', algorithm: 'HS256' })
`,
      errors: [
        {
          messageId: 'hardcoded',
          data: { api: '@fastify/jwt', place: '`secret`', material: 'secret' },
          line: 6,
          column: 36,
          endLine: 6,
          endColumn: 49,
        },
        {
          messageId: 'hardcoded',
          data: { api: 'fast-jwt.createSigner', place: '`key`', material: 'secret' },
          line: 7,
          column: 41,
          endLine: 7,
          endColumn: 55,
        },
      ],
    },
    {
      name: 'an oct JWK imported with jose',
      code: `
import { importJWK, jwtVerify } from 'jose'
const key = await importJWK({ kty: 'oct', k: 'hJtXIZ2uSN5kbQfbtTNWbpdmhkV8FJG-Onbc6mxCcYg' }, 'HS256')
export const check = (token: string) => jwtVerify(token, key)
`,
      errors: [
        {
          messageId: 'hardcoded',
          data: { api: 'jose.jwtVerify', place: 'key', material: 'secret' },
          line: 3,
          column: 46,
          endLine: 3,
          endColumn: 91,
        },
      ],
    },
    {
      name: 'jsrsasign signs with a literal key; a conditional that picks a literal outside production',
      code: `
import { KJUR } from 'jsrsasign'
const key = process.env.NODE_ENV === 'production' ? process.env.JWT_KEY! : 'local-dev-key'
export const token = KJUR.jws.JWS.sign('HS256', { alg: 'HS256' }, { sub: 'svc' }, key)
`,
      errors: [
        {
          messageId: 'hardcoded',
          data: { api: 'jsrsasign.KJUR.jws.JWS.sign', place: 'key', material: 'secret' },
          line: 3,
          column: 76,
          endLine: 3,
          endColumn: 91,
        },
      ],
    },
    {
      name: 'JwtService options in a per-call sign and new JwtService',
      code: `
import { JwtService } from '@nestjs/jwt'
const service = new JwtService({ secret: 'constructed-secret' })
export const issue = (sub: string) => service.sign({ sub }, { secret: 'per-call-secret' })
`,
      errors: [
        {
          messageId: 'hardcoded',
          data: { api: '@nestjs/jwt.JwtService', place: '`secret`', material: 'secret' },
          line: 3,
          column: 42,
          endLine: 3,
          endColumn: 62,
        },
        {
          messageId: 'hardcoded',
          data: { api: '@nestjs/jwt.JwtService.sign', place: '`secret`', material: 'secret' },
          line: 4,
          column: 71,
          endLine: 4,
          endColumn: 88,
        },
      ],
    },
    {
      name: 'a jose SignJWT chain that ends with sign(key), and an EncryptJWT key',
      code: `
import { EncryptJWT, SignJWT } from 'jose'
const key = new TextEncoder().encode('jose-builder-secret')
export const signed = () => new SignJWT({ sub: 'svc' }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('5m').sign(key)
export const sealed = () => new EncryptJWT({ sub: 'svc' }).setProtectedHeader({ alg: 'dir', enc: 'A128GCM' }).encrypt(Buffer.from('00112233445566778899aabbccddeeff', 'hex'))
`,
      errors: [
        {
          messageId: 'hardcoded',
          data: { api: 'jose.SignJWT', place: 'key', material: 'secret' },
          line: 3,
          column: 38,
          endLine: 3,
          endColumn: 59,
        },
        {
          messageId: 'hardcoded',
          data: { api: 'jose.EncryptJWT', place: 'key', material: 'secret' },
          line: 5,
          column: 131,
          endLine: 5,
          endColumn: 165,
        },
      ],
    },
  ],
})

cjsRuleTester.run(`${rule.name} (CommonJS)`, rule, {
  assertionOptions,
  valid: [
    {
      name: 'a key read from a file (CommonJS)',
      code: `
const fs = require('fs')
const jwt = require('jsonwebtoken')
const privateKey = fs.readFileSync('/run/secrets/jwt.pem')
exports.issue = (sub) => jwt.sign({ sub }, privateKey, { algorithm: 'RS256' })
`,
    },
  ],
  invalid: [
    {
      name: 'a const shared by sign and verify is reported once, at its literal (CommonJS)',
      code: `
const jwt = require('jsonwebtoken')
const JWT_SECRET = 'e3f1a9c2d4b6...'
module.exports = {
  issue: (claims) => jwt.sign(claims, JWT_SECRET),
  check: (token) => jwt.verify(token, JWT_SECRET, { algorithms: ['HS256'] }),
}
`,
      errors: [
        {
          messageId: 'hardcoded',
          data: { api: 'jsonwebtoken.sign', place: 'key', material: 'secret' },
          line: 3,
          column: 20,
          endLine: 3,
          endColumn: 37,
        },
      ],
    },
    {
      name: 'Buffer.from of a literal with jwt-simple (CommonJS)',
      code: `
const jwt = require('jwt-simple')
const key = Buffer.from('c2VjcmV0LWJ1dC1iYXNlNjQ=', 'base64')
exports.encode = (payload) => jwt.encode(payload, key, 'HS256')
`,
      errors: [
        {
          messageId: 'hardcoded',
          data: { api: 'jwt-simple.encode', place: 'key', material: 'secret' },
          line: 3,
          column: 25,
          endLine: 3,
          endColumn: 51,
        },
      ],
    },
    {
      name: 'a template literal without expressions as the express-jwt secret (CommonJS)',
      code: `
const { expressjwt } = require('express-jwt')
module.exports = expressjwt({ secret: \`shared-api-secret\`, algorithms: ['HS256'] })
`,
      errors: [
        {
          messageId: 'hardcoded',
          data: { api: 'express-jwt.expressjwt', place: '`secret`', material: 'secret' },
          line: 3,
          column: 39,
          endLine: 3,
          endColumn: 58,
        },
      ],
    },
  ],
})
