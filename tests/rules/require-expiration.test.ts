import rule from '../../src/rules/require-expiration.js'
import { assertionOptions, cjsRuleTester, ruleTester } from '../rule-tester.js'

ruleTester.run(rule.name, rule, {
  assertionOptions,
  valid: [
    {
      name: 'fifteen minutes',
      code: `import jwt from 'jsonwebtoken'
jwt.sign({ sub: userId }, secret, { expiresIn: '15m' })`,
    },
    {
      name: 'options spread from elsewhere',
      code: `import jwt from 'jsonwebtoken'
import { signOptions } from './config'
jwt.sign({ sub: userId }, secret, { algorithm: 'HS256', ...signOptions })`,
    },
    {
      name: 'a long lifetime that options spread in afterwards may replace',
      code: `import jwt from 'jsonwebtoken'
import { signOptions } from './config'
jwt.sign({ sub: userId }, secret, { expiresIn: '30d', ...signOptions })`,
    },
    {
      name: 'options imported',
      code: `import jwt from 'jsonwebtoken'
import { signOptions } from './config'
jwt.sign({ sub: userId }, secret, signOptions)`,
    },
    {
      name: 'exp in the payload',
      code: `import jwt from 'jsonwebtoken'
jwt.sign({ sub: userId, exp: Math.floor(Date.now() / 1000) + 15 * 60 }, secret)`,
    },
    {
      name: 'payload from elsewhere',
      code: `import jwt from 'jsonwebtoken'
export function issue(claims: Claims) {
  return jwt.sign(claims, secret)
}`,
    },
    {
      name: 'refresh helper under configured maximum',
      code: `import jwt from 'jsonwebtoken'
/** Refresh tokens live 14 days (documented in SECURITY.md); the configured maximum is 30 days. */
export function issueRefreshToken(userId: string) {
  return jwt.sign({ sub: userId, tokenType: 'refresh' }, process.env.REFRESH_SECRET!, { expiresIn: '14d' })
}`,
      options: [{ maxLifetimeSeconds: 2592000 }],
    },
    {
      name: 'bare number string is milliseconds',
      code: `import jwt from 'jsonwebtoken'
jwt.sign({ sub: userId }, secret, { expiresIn: '86400000' })`,
    },
    {
      name: 'fast-jwt milliseconds, one day',
      code: `import { createSigner } from 'fast-jwt'
const signToken = createSigner({ key: secret, expiresIn: 86_400_000 })
signToken({ sub: userId })`,
    },
    {
      name: 'fast-jwt signer exported',
      code: `import { createSigner } from 'fast-jwt'
export const signToken = createSigner({ key: secret })`,
    },
    {
      name: 'jose absolute NumericDate',
      code: `import { SignJWT } from 'jose'
await new SignJWT({ sub: userId }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime(1_900_000_000).sign(key)`,
    },
    {
      name: 'jose expiry set on one branch of a builder variable',
      code: `import { SignJWT } from 'jose'
const builder = new SignJWT({ sub: userId }).setProtectedHeader({ alg: 'HS256' })
if (shortLived) builder.setExpirationTime('5m')
else builder.setExpirationTime('1h')
export const token = await builder.sign(key)`,
    },
    {
      name: 'jose builder returned',
      code: `import { SignJWT } from 'jose'
export const tokenBuilder = (sub: string) => new SignJWT({ sub }).setProtectedHeader({ alg: 'HS256' })`,
    },
    {
      name: 'EncryptJWT',
      code: `import { EncryptJWT } from 'jose'
const token = await new EncryptJWT({ sub: userId }).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).encrypt(key)`,
    },
    {
      name: 'jose access token within its limit',
      code: `import { SignJWT } from 'jose'
await new SignJWT({ sub: userId }).setProtectedHeader({ alg: 'ES256', typ: 'at+jwt' }).setExpirationTime('15 minutes').sign(key)`,
    },
    {
      name: 'nest sign inherits module signOptions',
      code: `import { Injectable } from '@nestjs/common'
import { JwtService } from '@nestjs/jwt'
@Injectable()
export class AuthService {
  constructor(private readonly jwtService: JwtService) {}
  login(userId: string) {
    return this.jwtService.sign({ sub: userId })
  }
}`,
    },
    {
      name: 'fastify sign inherits registration options',
      code: `import type { FastifyReply } from 'fastify'
export const login = (reply: FastifyReply, userId: string) => reply.jwtSign({ sub: userId })`,
    },
    {
      name: 'fastify registration, one day in seconds',
      code: `import Fastify from 'fastify'
import fastifyJwt from '@fastify/jwt'
Fastify().register(fastifyJwt, { secret: process.env.JWT_SECRET!, sign: { expiresIn: 86400 } })`,
    },
    {
      name: 'hono with exp',
      code: `import { sign } from 'hono/jwt'
const token = await sign({ sub: userId, exp: Math.floor(Date.now() / 1000) + 60 * 5 }, c.env.JWT_SECRET)`,
    },
    {
      name: 'a local sign function',
      code: `function sign(payload: object, key: string) { return JSON.stringify(payload) + key }
sign({ sub: userId }, secret)`,
    },
    {
      name: 'exp computed elsewhere',
      code: `import jwt from 'jsonwebtoken'
jwt.sign({ sub: userId, exp: session.expiresAt }, secret)`,
    },
  ],
  invalid: [
    {
      name: 'jsonwebtoken without options',
      code: `import jwt from 'jsonwebtoken'
export const issue = (userId: string) => jwt.sign({ sub: userId }, process.env.JWT_SECRET!)`,
      errors: [
        {
          messageId: 'missingExpiresIn',
          data: { api: 'jsonwebtoken.sign', option: 'expiresIn', when: '' },
          line: 2,
          column: 42,
          endLine: 2,
          endColumn: 50,
          suggestions: [{ messageId: 'addExpiry', data: { text: `expiresIn: '15m'` }, output: `import jwt from 'jsonwebtoken'
export const issue = (userId: string) => jwt.sign({ sub: userId }, process.env.JWT_SECRET!, { expiresIn: '15m' })` }],
        },
      ],
    },
    {
      name: 'options literal without expiresIn',
      code: `import jwt from 'jsonwebtoken'
jwt.sign({ sub: userId }, privateKey, { algorithm: 'RS256', issuer: 'auth' })`,
      errors: [
        {
          messageId: 'missingExpiresIn',
          data: { api: 'jsonwebtoken.sign', option: 'expiresIn', when: '' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 9,
          suggestions: [{ messageId: 'addExpiry', data: { text: `expiresIn: '15m'` }, output: `import jwt from 'jsonwebtoken'
jwt.sign({ sub: userId }, privateKey, { algorithm: 'RS256', issuer: 'auth', expiresIn: '15m' })` }],
        },
      ],
    },
    {
      name: 'expiresIn undefined',
      code: `import { sign } from 'jsonwebtoken'
sign({ sub: userId }, secret, { expiresIn: undefined })`,
      errors: [
        {
          messageId: 'missingExpiresIn',
          data: { api: 'jsonwebtoken.sign', option: 'expiresIn', when: '' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 5,
          suggestions: [{ messageId: 'addExpiry', data: { text: `expiresIn: '15m'` }, output: `import { sign } from 'jsonwebtoken'
sign({ sub: userId }, secret, { expiresIn: '15m' })` }],
        },
      ],
    },
    {
      name: '30 days',
      code: `import jwt from 'jsonwebtoken'
const token = jwt.sign({ sub: userId }, secret, { expiresIn: '30d' })`,
      errors: [
        {
          messageId: 'lifetimeTooLong',
          data: { api: 'jsonwebtoken.sign', lifetime: '30 days', setting: `expiresIn: '30d'`, limit: '1 day' },
          line: 2,
          column: 62,
          endLine: 2,
          endColumn: 67,
          suggestions: [],
        },
      ],
    },
    {
      name: 'number meant as milliseconds',
      code: `import jwt from 'jsonwebtoken'
const token = jwt.sign({ sub: userId }, secret, { expiresIn: 3_600_000 })`,
      errors: [
        {
          messageId: 'lifetimeTooLong',
          data: { api: 'jsonwebtoken.sign', lifetime: '41.7 days', setting: 'expiresIn: 3_600_000', limit: '1 day' },
          line: 2,
          column: 62,
          endLine: 2,
          endColumn: 71,
          suggestions: [],
        },
      ],
    },
    {
      name: 'exp claim a week from now',
      code: `import jwt from 'jsonwebtoken'
const now = Math.floor(Date.now() / 1000)
const token = jwt.sign({ sub: userId, iat: now, exp: now + 7 * 24 * 3600 }, secret)`,
      errors: [
        {
          messageId: 'lifetimeTooLong',
          data: { api: 'jsonwebtoken.sign', lifetime: '7 days', setting: 'exp: now + 7 * 24 * 3600', limit: '1 day' },
          line: 3,
          column: 54,
          endLine: 3,
          endColumn: 73,
          suggestions: [],
        },
      ],
    },
    {
      name: 'conditional options',
      code: `import jwt from 'jsonwebtoken'
const options = rememberMe ? { algorithm: 'HS256' } : { algorithm: 'HS256', expiresIn: '1h' }
const token = jwt.sign({ sub: userId }, secret, options)`,
      errors: [
        {
          messageId: 'missingExpiresIn',
          data: { api: 'jsonwebtoken.sign', option: 'expiresIn', when: ' on some paths' },
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 23,
          suggestions: [],
        },
      ],
    },
    {
      name: 'shared options reported once',
      code: `import jwt from 'jsonwebtoken'
const signOptions = { expiresIn: '365d' }
export const access = jwt.sign({ sub: userId }, secret, signOptions)
export const refresh = jwt.sign({ sub: userId, kind: 'refresh' }, secret, signOptions)`,
      errors: [
        {
          messageId: 'lifetimeTooLong',
          data: { api: 'jsonwebtoken.sign', lifetime: '365 days', setting: `expiresIn: '365d'`, limit: '1 day' },
          line: 2,
          column: 34,
          endLine: 2,
          endColumn: 40,
          suggestions: [],
        },
      ],
    },
    {
      name: 'lower configured maximum',
      code: `import jwt from 'jsonwebtoken'
jwt.sign({ sub: userId }, secret, { expiresIn: '2h' })`,
      options: [{ maxLifetimeSeconds: 3600 }],
      errors: [
        {
          messageId: 'lifetimeTooLong',
          data: { api: 'jsonwebtoken.sign', lifetime: '2 hours', setting: `expiresIn: '2h'`, limit: '1 hour' },
          line: 2,
          column: 48,
          endLine: 2,
          endColumn: 52,
          suggestions: [],
        },
      ],
    },
    {
      name: 'jose SignJWT without setExpirationTime',
      code: `import { SignJWT } from 'jose'
const token = await new SignJWT({ sub: userId }).setProtectedHeader({ alg: 'ES256' }).setIssuedAt().sign(privateKey)`,
      errors: [
        {
          messageId: 'missingExpirationTime',
          data: { api: 'jose.SignJWT', method: 'setExpirationTime', when: '', finish: 'sign' },
          line: 2,
          column: 25,
          endLine: 2,
          endColumn: 32,
          suggestions: [{ messageId: 'addExpiry', data: { text: `.setExpirationTime('15m')` }, output: `import { SignJWT } from 'jose'
const token = await new SignJWT({ sub: userId }).setProtectedHeader({ alg: 'ES256' }).setIssuedAt().setExpirationTime('15m').sign(privateKey)` }],
        },
      ],
    },
    {
      name: 'jose relative duration too long',
      code: `import * as jose from 'jose'
const token = await new jose.SignJWT({ sub: userId })
  .setProtectedHeader({ alg: 'ES256' })
  .setExpirationTime('30 days')
  .sign(privateKey)`,
      errors: [
        {
          messageId: 'lifetimeTooLong',
          data: { api: 'jose.SignJWT', lifetime: '30 days', setting: `setExpirationTime('30 days')`, limit: '1 day' },
          line: 4,
          column: 22,
          endLine: 4,
          endColumn: 31,
          suggestions: [],
        },
      ],
    },
    {
      name: 'jose access token',
      code: `import { SignJWT } from 'jose'
const token = await new SignJWT({ sub: userId, scope: 'read' })
  .setProtectedHeader({ alg: 'ES256', typ: 'at+jwt' })
  .setExpirationTime('2h')
  .sign(privateKey)`,
      errors: [
        {
          messageId: 'accessTokenLifetimeTooLong',
          data: { api: 'jose.SignJWT', lifetime: '2 hours', setting: `setExpirationTime('2h')`, limit: '1 hour' },
          line: 4,
          column: 22,
          endLine: 4,
          endColumn: 26,
          suggestions: [],
        },
      ],
    },
    {
      name: 'fast-jwt signer without expiresIn, called twice: one report',
      code: `import { createSigner } from 'fast-jwt'
const signToken = createSigner({ key: process.env.JWT_SECRET })
export const token = signToken({ sub: userId })
export const other = signToken({ sub: otherId })`,
      errors: [
        {
          messageId: 'missingExpiresIn',
          data: { api: 'fast-jwt.createSigner()', option: 'expiresIn', when: '' },
          line: 3,
          column: 22,
          endLine: 3,
          endColumn: 31,
          suggestions: [{ messageId: 'addExpiry', data: { text: `expiresIn: '15m'` }, output: `import { createSigner } from 'fast-jwt'
const signToken = createSigner({ key: process.env.JWT_SECRET, expiresIn: '15m' })
export const token = signToken({ sub: userId })
export const other = signToken({ sub: otherId })` }],
        },
      ],
    },
    {
      name: 'hono without exp',
      code: `import { sign } from 'hono/jwt'
const token = await sign({ sub: userId, role: 'user' }, c.env.JWT_SECRET)`,
      errors: [
        {
          messageId: 'missingExpClaim',
          data: { api: 'hono.sign', when: '' },
          line: 2,
          column: 21,
          endLine: 2,
          endColumn: 25,
          suggestions: [{ messageId: 'addExpiry', data: { text: 'exp: Math.floor(Date.now() / 1000) + 900' }, output: `import { sign } from 'hono/jwt'
const token = await sign({ sub: userId, role: 'user', exp: Math.floor(Date.now() / 1000) + 900 }, c.env.JWT_SECRET)` }],
        },
      ],
    },
    {
      name: 'fastify registration seconds',
      code: `import Fastify from 'fastify'
import fastifyJwt from '@fastify/jwt'
const app = Fastify()
app.register(fastifyJwt, { secret: process.env.JWT_SECRET!, sign: { expiresIn: 604800 } })`,
      errors: [
        {
          messageId: 'lifetimeTooLong',
          data: { api: '@fastify/jwt', lifetime: '7 days', setting: 'expiresIn: 604800', limit: '1 day' },
          line: 4,
          column: 80,
          endLine: 4,
          endColumn: 86,
          suggestions: [],
        },
      ],
    },
    {
      name: 'fastify reply.jwtSign',
      code: `import type { FastifyReply } from 'fastify'
export async function login(reply: FastifyReply, userId: string) {
  return reply.jwtSign({ sub: userId }, { expiresIn: '7d' })
}`,
      errors: [
        {
          messageId: 'lifetimeTooLong',
          data: { api: 'reply.jwtSign', lifetime: '7 days', setting: `expiresIn: '7d'`, limit: '1 day' },
          line: 3,
          column: 54,
          endLine: 3,
          endColumn: 58,
          suggestions: [],
        },
      ],
    },
    {
      name: 'nest module signOptions',
      code: `import { Module } from '@nestjs/common'
import { JwtModule } from '@nestjs/jwt'
@Module({ imports: [JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '60d' } })] })
export class AuthModule {}`,
      errors: [
        {
          messageId: 'lifetimeTooLong',
          data: { api: '@nestjs/jwt.JwtModule.register', lifetime: '60 days', setting: `expiresIn: '60d'`, limit: '1 day' },
          line: 3,
          column: 100,
          endLine: 3,
          endColumn: 105,
          suggestions: [],
        },
      ],
    },
    {
      name: 'nest signAsync per call',
      code: `import { Injectable } from '@nestjs/common'
import { JwtService } from '@nestjs/jwt'
@Injectable()
export class AuthService {
  constructor(private readonly jwtService: JwtService) {}
  refresh(userId: string) {
    return this.jwtService.signAsync({ sub: userId }, { expiresIn: '90d' })
  }
}`,
      errors: [
        {
          messageId: 'lifetimeTooLong',
          data: { api: '@nestjs/jwt.JwtService.signAsync', lifetime: '90 days', setting: `expiresIn: '90d'`, limit: '1 day' },
          line: 7,
          column: 68,
          endLine: 7,
          endColumn: 73,
          suggestions: [],
        },
      ],
    },
    {
      name: 'jsrsasign without exp',
      code: `import { KJUR } from 'jsrsasign'
const token = KJUR.jws.JWS.sign('HS256', { alg: 'HS256', typ: 'JWT' }, { sub: userId }, { utf8: secret })`,
      errors: [
        {
          messageId: 'missingExpClaim',
          data: { api: 'jsrsasign.KJUR.jws.JWS.sign', when: '' },
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 32,
          suggestions: [{ messageId: 'addExpiry', data: { text: 'exp: Math.floor(Date.now() / 1000) + 900' }, output: `import { KJUR } from 'jsrsasign'
const token = KJUR.jws.JWS.sign('HS256', { alg: 'HS256', typ: 'JWT' }, { sub: userId, exp: Math.floor(Date.now() / 1000) + 900 }, { utf8: secret })` }],
        },
      ],
    },
  ],
})

cjsRuleTester.run(rule.name, rule, {
  assertionOptions,
  valid: [
    {
      name: 'require with seconds',
      code: `const jwt = require('jsonwebtoken')
jwt.sign({ sub: userId }, secret, { expiresIn: 3600 }, callback)`,
    },
  ],
  invalid: [
    {
      name: 'callback form',
      code: `const jwt = require('jsonwebtoken')
jwt.sign({ sub: userId }, secret, (err, token) => done(err, token))`,
      errors: [
        {
          messageId: 'missingExpiresIn',
          data: { api: 'jsonwebtoken.sign', option: 'expiresIn', when: '' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 9,
          suggestions: [{ messageId: 'addExpiry', data: { text: `expiresIn: '15m'` }, output: `const jwt = require('jsonwebtoken')
jwt.sign({ sub: userId }, secret, { expiresIn: '15m' }, (err, token) => done(err, token))` }],
        },
      ],
    },
    {
      name: 'fast-jwt milliseconds',
      code: `const { createSigner } = require('fast-jwt')
const signToken = createSigner({ key: secret, expiresIn: 7 * 24 * 3600 * 1000 })`,
      errors: [
        {
          messageId: 'lifetimeTooLong',
          data: { api: 'fast-jwt.createSigner', lifetime: '7 days', setting: 'expiresIn: 7 * 24 * 3600 * 1000', limit: '1 day' },
          line: 2,
          column: 58,
          endLine: 2,
          endColumn: 78,
          suggestions: [],
        },
      ],
    },
    {
      name: 'jwt-simple without exp',
      code: `const jwt = require('jwt-simple')
const token = jwt.encode({ sub: userId }, secret, 'HS256')`,
      errors: [
        {
          messageId: 'missingExpClaim',
          data: { api: 'jwt-simple.encode', when: '' },
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 25,
          suggestions: [{ messageId: 'addExpiry', data: { text: 'exp: Math.floor(Date.now() / 1000) + 900' }, output: `const jwt = require('jwt-simple')
const token = jwt.encode({ sub: userId, exp: Math.floor(Date.now() / 1000) + 900 }, secret, 'HS256')` }],
        },
      ],
    },
    {
      name: 'jose legacy',
      code: `const { JWT } = require('jose')
const token = JWT.sign({ sub: userId }, key, { algorithm: 'RS256', expiresIn: '2 weeks' })`,
      errors: [
        {
          messageId: 'lifetimeTooLong',
          data: { api: 'jose.JWT.sign', lifetime: '14 days', setting: `expiresIn: '2 weeks'`, limit: '1 day' },
          line: 2,
          column: 79,
          endLine: 2,
          endColumn: 88,
          suggestions: [],
        },
      ],
    },
  ],
})
