import rule from '../../src/rules/no-weak-secret.js'
import { assertionOptions, cjsRuleTester, ruleTester } from '../rule-tester.js'

ruleTester.run(rule.name, rule, {
  assertionOptions,
  valid: [
    {
      name: 'a public key PEM passed as a verify key is no HMAC secret',
      code: `
import jwt from 'jsonwebtoken'
const publicKey = '-----BEGIN PUBLIC KEY-----\\nMCowBQYDK2VwAyEA\\n-----END PUBLIC KEY-----'
export const check = (token: string) => jwt.verify(token, publicKey)
`,
    },
    {
      name: 'a key from the environment',
      code: `
import jwt from 'jsonwebtoken'
export const check = (token: string) => jwt.verify(token, process.env.JWT_SECRET!, { algorithms: ['HS256'] })
`,
    },
    {
      name: 'a secret property on an unrelated object',
      code: `
import session from 'express-session'
import jwt from 'jsonwebtoken'
export const sessions = session({ secret: 'keyboard cat' })
export const check = (token: string) => jwt.verify(token, process.env.JWT_SECRET!, { algorithms: ['HS256'] })
`,
    },
    {
      name: 'a weak literal in a test file exempted by ignoreFiles',
      filename: 'test/auth.spec.ts',
      options: [{ ignoreFiles: ['**/*.spec.ts', 'test/fixtures/**'] }],
      code: `
import jwt from 'jsonwebtoken'
export const token = jwt.sign({ sub: 'user-1' }, 'secret')
`,
    },
    {
      name: 'a strong 64-byte random-looking literal with HS512 is hard-coded but not weak',
      code: `
import jwt from 'jsonwebtoken'
const SECRET = 'f3Kq9VxT2mLp8RzW4nYb7HcJ1sDg6FaE0uQiOkXv5tBr3yNe8wMh2jZc7lPd4GsA'
export const issue = (sub: string) => jwt.sign({ sub }, SECRET, { algorithm: 'HS512' })
`,
    },
    {
      name: 'an unknown algorithm needs only the smallest size: 40 bytes are enough',
      code: `
import jwt from 'jsonwebtoken'
import { signOptions } from './config'
export const issue = (sub: string) => jwt.sign({ sub }, 'Zq3vN8xL1pW6tR0yU4iO7aS2dF5gH9jK3lM6nB1c', signOptions)
`,
    },
    {
      name: 'bytes, not characters: 16 Cyrillic letters are 32 bytes',
      code: `
import jwt from 'jsonwebtoken'
export const issue = (sub: string) => jwt.sign({ sub }, 'жЩэЮфЫчЪшЯцБгДзЛ', { algorithm: 'HS256' })
`,
    },
    {
      name: 'base64 is decoded by Buffer.from: 44 characters are 32 bytes',
      code: `
import jwt from 'jsonwebtoken'
const key = Buffer.from('q1Jx0mV9cT4pW7zL2nR6bY8hK3sD5fG1aE0uI9oP7tM=', 'base64')
export const check = (token: string) => jwt.verify(token, key, { algorithms: ['HS256'] })
`,
    },
    {
      name: 'an asymmetric algorithm: the key is no HMAC secret',
      code: `
import jwt from 'jsonwebtoken'
export const check = (token: string) => jwt.verify(token, 'not-a-pem', { algorithms: ['RS256', 'ES256'] })
`,
    },
    {
      name: 'an encoding that cannot be told leaves the length unknown',
      code: `
import jwt from 'jsonwebtoken'
import { KEY_ENCODING } from './config'
export const issue = (sub: string) => jwt.sign({ sub }, Buffer.from('c2VjcmV0LXNpZ25pbmcta2V5', KEY_ENCODING))
`,
    },
    {
      name: 'a local function named sign',
      code: `
import jwt from 'jsonwebtoken'
function sign(payload: object, key: string) { return JSON.stringify({ payload, key }) }
export const signed = sign({ sub: 'x' }, 'secret')
export const check = (token: string) => jwt.verify(token, process.env.JWT_SECRET!, { algorithms: ['HS256'] })
`,
    },
    {
      name: 'jsrsasign reads text that is not hex one byte per character',
      code: `
import { KJUR } from 'jsrsasign'
export const verified = (token: string) => KJUR.jws.JWS.verify(token, 'Zq3vN8xL1pW6tR0yU4iO7aS2dF5gH9jK3lM6nB1c', ['HS256'])
`,
    },
    {
      name: 'an encryption key is no HMAC secret: A128GCM takes 16 bytes',
      code: `
import { EncryptJWT } from 'jose'
export const seal = () => new EncryptJWT({ sub: 'svc' }).setProtectedHeader({ alg: 'dir', enc: 'A128GCM' }).encrypt(Buffer.from('00112233445566778899aabbccddeeff', 'hex'))
`,
    },
    {
      name: 'a private key PEM for RS256 signing is no HMAC secret',
      code: `
import jwt from 'jsonwebtoken'
const key = '-----BEGIN RSA PRIVATE KEY-----\\nMIIEow\\n-----END RSA PRIVATE KEY-----'
export const issue = (sub: string) => jwt.sign({ sub }, key, { algorithm: 'RS256' })
`,
    },
  ],
  invalid: [
    {
      name: 'a well-known word as the jsonwebtoken secret (ESM default import)',
      code: `
import jwt from 'jsonwebtoken'
export const issue = (sub: string) => jwt.sign({ sub }, 'secret', { expiresIn: '1h' })
`,
      errors: [
        {
          messageId: 'wellKnown',
          data: { place: 'secret', api: 'jsonwebtoken.sign', value: 'secret', required: '32' },
          line: 3,
          column: 57,
          endLine: 3,
          endColumn: 65,
        },
      ],
    },
    {
      name: 'HS512 needs 64 bytes: a 40-byte constant is too short',
      code: `
import jwt from 'jsonwebtoken'
const SECRET = 'Zq3vN8xL1pW6tR0yU4iO7aS2dF5gH9jK3lM6nB1c'
export const issue = (sub: string) => jwt.sign({ sub }, SECRET, { algorithm: 'HS512' })
`,
      errors: [
        {
          messageId: 'tooShort',
          data: { place: 'secret', api: 'jsonwebtoken.sign', bytes: '40', algorithm: 'HS512', required: '64' },
          line: 3,
          column: 16,
          endLine: 3,
          endColumn: 58,
        },
      ],
    },
    {
      name: 'the largest HMAC algorithm of the allow-list decides',
      code: `
import { verify } from 'jsonwebtoken'
const ALGORITHMS = ['HS256', 'HS384'] as const
export const check = (token: string) => verify(token, 'Zq3vN8xL1pW6tR0yU4iO7aS2dF5gH9jK3lM6nB1c', { algorithms: [...ALGORITHMS] })
`,
      errors: [
        {
          messageId: 'tooShort',
          data: { place: 'secret', api: 'jsonwebtoken.verify', bytes: '40', algorithm: 'HS384', required: '48' },
          line: 4,
          column: 55,
          endLine: 4,
          endColumn: 97,
        },
      ],
    },
    {
      name: 'a well-known fallback after an environment variable',
      code: `
import * as jwt from 'jsonwebtoken'
const secret = process.env.JWT_SECRET ?? 'changeme'
export const check = (token: string) => jwt.verify(token, secret, { algorithms: ['HS256'] })
`,
      errors: [
        {
          messageId: 'wellKnown',
          data: { place: 'secret', api: 'jsonwebtoken.verify', value: 'changeme', required: '32' },
          line: 3,
          column: 42,
          endLine: 3,
          endColumn: 52,
        },
      ],
    },
    {
      name: 'bytes, not characters: UTF-8 text counted as the library encodes it',
      code: `
import { jwtVerify } from 'jose'
const key = new TextEncoder().encode('секретный-ключ')
export const check = (token: string) => jwtVerify(token, key, { algorithms: ['HS256'] })
`,
      errors: [
        {
          messageId: 'tooShort',
          data: { place: 'secret', api: 'jose.jwtVerify', bytes: '27', algorithm: 'HS256', required: '32' },
          line: 3,
          column: 38,
          endLine: 3,
          endColumn: 54,
        },
      ],
    },
    {
      name: 'hex is decoded by Buffer.from: 32 hex digits are 16 bytes',
      code: `
import jwt from 'jsonwebtoken'
const key = Buffer.from('8f14e45fceea167a5a36dedd4bea2543', 'hex')
export const issue = (sub: string) => jwt.sign({ sub }, key)
`,
      errors: [
        {
          messageId: 'tooShort',
          data: { place: 'secret', api: 'jsonwebtoken.sign', bytes: '16', algorithm: 'even HS256', required: '32' },
          line: 3,
          column: 25,
          endLine: 3,
          endColumn: 59,
        },
      ],
    },
    {
      name: 'the jwt.io sample secret is long enough but well known',
      code: `
import { SignJWT, jwtVerify } from 'jose'
const secret = new TextEncoder().encode('a-string-secret-at-least-256-bits-long')
export const check = (token: string) => jwtVerify(token, secret)
`,
      errors: [
        {
          messageId: 'wellKnown',
          data: { place: 'secret', api: 'jose.jwtVerify', value: 'a-string-secret-at-least-256-bits-long', required: '32' },
          line: 3,
          column: 41,
          endLine: 3,
          endColumn: 81,
        },
      ],
    },
    {
      name: 'hono: the positional algorithm decides (HS512 needs 64 bytes)',
      code: `
import { sign } from 'hono/jwt'
export const issue = (sub: string) => sign({ sub, exp: Math.floor(Date.now() / 1000) + 300 }, 'Zq3vN8xL1pW6tR0yU4iO7aS2dF5gH9jK3lM6nB1cXv7Tq2Wp', 'HS512')
`,
      errors: [
        {
          messageId: 'tooShort',
          data: { place: 'secret', api: 'hono.sign', bytes: '48', algorithm: 'HS512', required: '64' },
          line: 3,
          column: 95,
          endLine: 3,
          endColumn: 145,
        },
      ],
    },
    {
      name: 'jsrsasign decodes an even-length hex string: 32 hex digits are 16 bytes',
      code: `
import { KJUR } from 'jsrsasign'
export const verified = (token: string) => KJUR.jws.JWS.verify(token, '8f14e45fceea167a5a36dedd4bea2543', ['HS256'])
`,
      errors: [
        {
          messageId: 'tooShort',
          data: { place: 'secret', api: 'jsrsasign.KJUR.jws.JWS.verify', bytes: '16', algorithm: 'HS256', required: '32' },
          line: 3,
          column: 71,
          endLine: 3,
          endColumn: 105,
        },
      ],
    },
    {
      name: 'the NestJS guide secret in JwtModule.register',
      code: `
import { JwtModule } from '@nestjs/jwt'
export const auth = JwtModule.register({
  secret: 'DO NOT USE THIS VALUE. INSTEAD, CREATE A COMPLEX SECRET AND KEEP IT SAFE OUTSIDE OF THE SOURCE CODE.',
  signOptions: { expiresIn: '60s' },
})
`,
      errors: [
        {
          messageId: 'wellKnown',
          data: { place: '`secret`', api: '@nestjs/jwt.JwtModule.register', value: 'DO NOT USE THIS VALUE. INSTEAD, CREATE A COMPLEX SECRET AND KEEP IT SAFE OUTSIDE OF THE SOURCE CODE.', required: '32' },
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 113,
        },
      ],
    },
    {
      name: 'fast-jwt verifier and @fastify/jwt registration',
      code: `
import Fastify from 'fastify'
import fastifyJwt from '@fastify/jwt'
import { createVerifier } from 'fast-jwt'
export const verify = createVerifier({ key: 'fastjwtkey', algorithms: ['HS256'] })
Fastify().register(fastifyJwt, { secret: 'supersecret' })
`,
      errors: [
        {
          messageId: 'tooShort',
          data: { place: '`key`', api: 'fast-jwt.createVerifier', bytes: '10', algorithm: 'HS256', required: '32' },
          line: 5,
          column: 45,
          endLine: 5,
          endColumn: 57,
        },
        {
          messageId: 'wellKnown',
          data: { place: '`secret`', api: '@fastify/jwt', value: 'supersecret', required: '32' },
          line: 6,
          column: 42,
          endLine: 6,
          endColumn: 55,
        },
      ],
    },
    {
      name: 'jose SignJWT: the protected header alg decides',
      code: `
import { SignJWT } from 'jose'
const key = new TextEncoder().encode('Zq3vN8xL1pW6tR0yU4iO7aS2dF5gH9jK3lM6nB1c')
export const issue = (sub: string) => new SignJWT({ sub }).setProtectedHeader({ alg: 'HS384' }).setExpirationTime('5m').sign(key)
`,
      errors: [
        {
          messageId: 'tooShort',
          data: { place: 'secret', api: 'jose.SignJWT', bytes: '40', algorithm: 'HS384', required: '48' },
          line: 3,
          column: 38,
          endLine: 3,
          endColumn: 80,
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
const { readFileSync } = require('node:fs')
const jwt = require('jsonwebtoken')
exports.check = (token) => jwt.verify(token, readFileSync('keys/hmac.key'), { algorithms: ['HS256'] })
`,
    },
  ],
  invalid: [
    {
      name: 'a short secret, with no algorithm given: the HS256 default needs 32 bytes (CommonJS)',
      code: `
const jwt = require('jsonwebtoken')
exports.issue = (sub) => jwt.sign({ sub }, 'k8#Lq2!vZ', { expiresIn: '1h' })
`,
      errors: [
        {
          messageId: 'tooShort',
          data: { place: 'secret', api: 'jsonwebtoken.sign', bytes: '9', algorithm: 'even HS256', required: '32' },
          line: 3,
          column: 44,
          endLine: 3,
          endColumn: 55,
        },
      ],
    },
    {
      name: 'the express-jwt README secret (CommonJS)',
      code: `
const { expressjwt } = require('express-jwt')
module.exports = expressjwt({ secret: 'shhhhhhared-secret', algorithms: ['HS256'] })
`,
      errors: [
        {
          messageId: 'wellKnown',
          data: { place: '`secret`', api: 'express-jwt.expressjwt', value: 'shhhhhhared-secret', required: '32' },
          line: 3,
          column: 39,
          endLine: 3,
          endColumn: 59,
        },
      ],
    },
    {
      name: 'a secret phrase as the passport-jwt secretOrKey (CommonJS)',
      code: `
const { Strategy, ExtractJwt } = require('passport-jwt')
module.exports = new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: 'my-jwt-secret-key' }, (payload, done) => done(null, payload))
`,
      errors: [
        {
          messageId: 'wellKnown',
          data: { place: '`secretOrKey`', api: 'passport-jwt.Strategy', value: 'my-jwt-secret-key', required: '32' },
          line: 3,
          column: 104,
          endLine: 3,
          endColumn: 123,
        },
      ],
    },
    {
      name: 'jwt-simple with HS384 as the fourth argument',
      code: `
const jwt = require('jwt-simple')
exports.decode = (token) => jwt.decode(token, 'Zq3vN8xL1pW6tR0yU4iO7aS2dF5gH9jK3lM6nB1c', false, 'HS384')
`,
      errors: [
        {
          messageId: 'tooShort',
          data: { place: 'secret', api: 'jwt-simple.decode', bytes: '40', algorithm: 'HS384', required: '48' },
          line: 3,
          column: 47,
          endLine: 3,
          endColumn: 89,
        },
      ],
    },
  ],
})
