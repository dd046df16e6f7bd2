import rule from '../../src/rules/no-sensitive-payload.js'
import { assertionOptions, cjsRuleTester, ruleTester } from '../rule-tester.js'

ruleTester.run(rule.name, rule, {
  assertionOptions,
  valid: [
    {
      name: 'flags about a password are not passwords',
      code: `import jwt from 'jsonwebtoken'
jwt.sign({ sub: user.id, passwordResetRequired: true, hasPassword: Boolean(user.passwordHash), passwordChangedAt: user.passwordChangedAt }, secret, { expiresIn: '15m' })`,
    },
    {
      name: 'tokenType and other token words',
      code: `import jwt from 'jsonwebtoken'
jwt.sign({ sub: user.id, tokenType: 'refresh', scope: 'password', amr: ['pwd'], publicKey: jwk }, secret, { expiresIn: '15m' })`,
    },
    {
      name: 'an encrypted token (JWE)',
      code: `import { EncryptJWT } from 'jose'
await new EncryptJWT({ sub: userId, ssn: patient.ssn }).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).setExpirationTime('15m').encrypt(key)`,
    },
    {
      name: 'a spread of user from an unknown source',
      code: `import jwt from 'jsonwebtoken'
export function issue(user: SessionUser) {
  return jwt.sign({ ...user, iss: 'auth' }, secret, { expiresIn: '15m' })
}`,
    },
    {
      name: 'a database row with a neutral name',
      code: `import jwt from 'jsonwebtoken'
export async function issue(id: string) {
  const grant = await Grant.findOne({ where: { id } })
  return jwt.sign({ ...grant }, secret, { expiresIn: '15m' })
}`,
    },
    {
      name: 'a row whose columns are chosen',
      code: `import jwt from 'jsonwebtoken'
export async function login(id: string) {
  const user = await prisma.user.findUnique({ where: { id }, select: { id: true, role: true } })
  const account = await Account.findOne({ id }).select('-password').lean()
  const { rows: [member] } = await pool.query('SELECT id, role FROM members WHERE id = $1', [id])
  return [jwt.sign({ ...user }, secret, { expiresIn: '15m' }), jwt.sign({ ...account }, secret, { expiresIn: '15m' }), jwt.sign(member, secret, { expiresIn: '15m' })]
}`,
    },
    {
      name: 'secrets stripped before signing',
      code: `import jwt from 'jsonwebtoken'
export async function login(email: string) {
  const user = await User.findOne({ email }).lean()
  const { password, ...safeUser } = user
  const copy = { ...user }
  delete copy.password
  return [
    jwt.sign(safeUser, secret, { expiresIn: '15m' }),
    jwt.sign({ ...user, password: undefined }, secret, { expiresIn: '15m' }),
    jwt.sign(copy, secret, { expiresIn: '15m' }),
  ]
}`,
    },
    {
      name: 'claims that carry no data',
      code: `import jwt from 'jsonwebtoken'
jwt.sign({ sub: user.id, password: undefined, secret: false, pin: null }, secret, { expiresIn: '15m' })`,
    },
    {
      name: 'a payload passed through a helper that may strip it',
      code: `import jwt from 'jsonwebtoken'
export async function login(email: string) {
  const payload = { ...(await User.findOne({ email })) }
  removeSecrets(payload)
  return jwt.sign(payload, secret, { expiresIn: '15m' })
}`,
    },
    {
      name: 'the password is the key, not a claim',
      code: `import jwt from 'jsonwebtoken'
jwt.sign({ sub: user.id }, password, { expiresIn: '15m' })`,
    },
    {
      name: 'a local sign function',
      code: `function sign(payload: object) { return JSON.stringify(payload) }
sign({ sub: user.id, password: user.password })`,
    },
    {
      name: 'names the configured list leaves out',
      code: `import jwt from 'jsonwebtoken'
jwt.sign({ sub: user.id, password: user.password }, secret, { expiresIn: '15m' })`,
      options: [{ sensitiveNames: ['ssn'] }],
    },
    {
      name: 'a payload from elsewhere',
      code: `import jwt from 'jsonwebtoken'
import { buildClaims } from './claims'
jwt.sign(buildClaims(user), secret, { expiresIn: '15m' })`,
    },
  ],
  invalid: [
    {
      name: 'a password in the payload literal',
      code: `import jwt from 'jsonwebtoken'
export const issue = (user: User) => jwt.sign({ sub: user.id, password: user.password }, secret, { expiresIn: '15m' })`,
      errors: [
        {
          messageId: 'sensitiveClaim',
          data: { claim: 'password', api: 'jsonwebtoken.sign' },
          line: 2,
          column: 63,
          endLine: 2,
          endColumn: 86,
          suggestions: [{ messageId: 'removeClaim', data: { claim: 'password' }, output: `import jwt from 'jsonwebtoken'
export const issue = (user: User) => jwt.sign({ sub: user.id }, secret, { expiresIn: '15m' })` }],
        },
      ],
    },
    {
      name: 'shorthand properties',
      code: `import jwt from 'jsonwebtoken'
export function issue(sub: string, email: string, password: string) {
  return jwt.sign({ sub, email, password }, secret, { expiresIn: '15m' })
}`,
      errors: [
        {
          messageId: 'sensitiveClaim',
          data: { claim: 'password', api: 'jsonwebtoken.sign' },
          line: 3,
          column: 33,
          endLine: 3,
          endColumn: 41,
          suggestions: [{ messageId: 'removeClaim', data: { claim: 'password' }, output: `import jwt from 'jsonwebtoken'
export function issue(sub: string, email: string, password: string) {
  return jwt.sign({ sub, email }, secret, { expiresIn: '15m' })
}` }],
        },
      ],
    },
    {
      name: 'a spread of a constant that holds an API key',
      code: `import jwt from 'jsonwebtoken'
const integration = { provider: 'stripe', apiKey: process.env.STRIPE_KEY }
export const token = jwt.sign({ sub: userId, ...integration }, secret, { expiresIn: '15m' })`,
      errors: [
        {
          messageId: 'sensitiveClaim',
          data: { claim: 'apiKey', api: 'jsonwebtoken.sign' },
          line: 2,
          column: 43,
          endLine: 2,
          endColumn: 73,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Object.assign into a new object',
      code: `import jwt from 'jsonwebtoken'
export const token = jwt.sign(Object.assign({}, baseClaims, { ssn: person.ssn }), secret, { expiresIn: '15m' })`,
      errors: [
        {
          messageId: 'sensitiveClaim',
          data: { claim: 'ssn', api: 'jsonwebtoken.sign' },
          line: 2,
          column: 63,
          endLine: 2,
          endColumn: 78,
          suggestions: [{ messageId: 'removeClaim', data: { claim: 'ssn' }, output: `import jwt from 'jsonwebtoken'
export const token = jwt.sign(Object.assign({}, baseClaims, {  }), secret, { expiresIn: '15m' })` }],
        },
      ],
    },
    {
      name: 'Object.assign and an assignment into the payload variable',
      code: `import jwt from 'jsonwebtoken'
const claims = { sub: customer.id }
Object.assign(claims, { creditCard: customer.card })
claims.cvv = customer.cvv
export const token = jwt.sign(claims, secret, { expiresIn: '15m' })`,
      errors: [
        {
          messageId: 'sensitiveClaim',
          data: { claim: 'creditCard', api: 'jsonwebtoken.sign' },
          line: 3,
          column: 25,
          endLine: 3,
          endColumn: 50,
          suggestions: [],
        },
        {
          messageId: 'sensitiveClaim',
          data: { claim: 'cvv', api: 'jsonwebtoken.sign' },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 11,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a nested claim',
      code: `import jwt from 'jsonwebtoken'
export const token = jwt.sign({ sub: user.id, user: { name: user.name, password_hash: user.passwordHash } }, secret, { expiresIn: '15m' })`,
      errors: [
        {
          messageId: 'sensitiveClaim',
          data: { claim: 'user.password_hash', api: 'jsonwebtoken.sign' },
          line: 2,
          column: 72,
          endLine: 2,
          endColumn: 104,
          suggestions: [{ messageId: 'removeClaim', data: { claim: 'user.password_hash' }, output: `import jwt from 'jsonwebtoken'
export const token = jwt.sign({ sub: user.id, user: { name: user.name } }, secret, { expiresIn: '15m' })` }],
        },
      ],
    },
    {
      name: 'a spread of a Mongoose document',
      code: `import jwt from 'jsonwebtoken'
import { User } from './models'
export async function login(email: string) {
  const user = await User.findOne({ email }).lean()
  return jwt.sign({ ...user }, secret, { expiresIn: '15m' })
}`,
      errors: [
        {
          messageId: 'databaseRow',
          data: { source: 'user', fetch: 'findOne', api: 'jsonwebtoken.sign' },
          line: 5,
          column: 24,
          endLine: 5,
          endColumn: 28,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a whole SELECT * row as the payload',
      code: `import jwt from 'jsonwebtoken'
export async function login(pool: Pool, id: string) {
  const { rows } = await pool.query('SELECT * FROM accounts WHERE id = $1', [id])
  const account = rows[0]
  return jwt.sign(account, secret, { expiresIn: '15m' })
}`,
      errors: [
        {
          messageId: 'databaseRow',
          data: { source: 'account', fetch: 'query', api: 'jsonwebtoken.sign' },
          line: 5,
          column: 19,
          endLine: 5,
          endColumn: 26,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a Prisma row held in a claim',
      code: `import jwt from 'jsonwebtoken'
export async function login(id: string) {
  const dbUser = await prisma.user.findUnique({ where: { id } })
  return jwt.sign({ sub: id, profile: dbUser }, secret, { expiresIn: '15m' })
}`,
      errors: [
        {
          messageId: 'databaseRow',
          data: { source: 'dbUser', fetch: 'findUnique', api: 'jsonwebtoken.sign' },
          line: 4,
          column: 39,
          endLine: 4,
          endColumn: 45,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a spread whose name says it holds secrets',
      code: `import jwt from 'jsonwebtoken'
export const token = jwt.sign({ sub: client.id, ...credentials }, secret, { expiresIn: '15m' })`,
      errors: [
        {
          messageId: 'sensitiveSpread',
          data: { source: 'credentials', api: 'jsonwebtoken.sign' },
          line: 2,
          column: 52,
          endLine: 2,
          endColumn: 63,
          suggestions: [],
        },
      ],
    },
    {
      name: 'jose SignJWT',
      code: `import { SignJWT } from 'jose'
export const token = await new SignJWT({ sub: userId, pin: card.pin }).setProtectedHeader({ alg: 'ES256' }).setExpirationTime('15m').sign(key)`,
      errors: [
        {
          messageId: 'sensitiveClaim',
          data: { claim: 'pin', api: 'jose.SignJWT' },
          line: 2,
          column: 55,
          endLine: 2,
          endColumn: 68,
          suggestions: [{ messageId: 'removeClaim', data: { claim: 'pin' }, output: `import { SignJWT } from 'jose'
export const token = await new SignJWT({ sub: userId }).setProtectedHeader({ alg: 'ES256' }).setExpirationTime('15m').sign(key)` }],
        },
      ],
    },
    {
      name: 'fast-jwt signer',
      code: `import { createSigner } from 'fast-jwt'
const signToken = createSigner({ key: secret, expiresIn: 900_000 })
export const token = signToken({ sub: order.userId, cardNumber: order.cardNumber })`,
      errors: [
        {
          messageId: 'sensitiveClaim',
          data: { claim: 'cardNumber', api: 'fast-jwt.createSigner()' },
          line: 3,
          column: 53,
          endLine: 3,
          endColumn: 81,
          suggestions: [{ messageId: 'removeClaim', data: { claim: 'cardNumber' }, output: `import { createSigner } from 'fast-jwt'
const signToken = createSigner({ key: secret, expiresIn: 900_000 })
export const token = signToken({ sub: order.userId })` }],
        },
      ],
    },
    {
      name: 'hono sign',
      code: `import { sign } from 'hono/jwt'
export const token = await sign({ sub: citizen.id, nationalId: citizen.nationalId, exp }, secret)`,
      errors: [
        {
          messageId: 'sensitiveClaim',
          data: { claim: 'nationalId', api: 'hono.sign' },
          line: 2,
          column: 52,
          endLine: 2,
          endColumn: 82,
          suggestions: [{ messageId: 'removeClaim', data: { claim: 'nationalId' }, output: `import { sign } from 'hono/jwt'
export const token = await sign({ sub: citizen.id, exp }, secret)` }],
        },
      ],
    },
    {
      name: 'jsrsasign with JSON text',
      code: `import { KJUR } from 'jsrsasign'
export const token = KJUR.jws.JWS.sign('HS256', { alg: 'HS256' }, JSON.stringify({ sub, taxId: person.taxId, exp }), { utf8: secret })`,
      errors: [
        {
          messageId: 'sensitiveClaim',
          data: { claim: 'taxId', api: 'jsrsasign.KJUR.jws.JWS.sign' },
          line: 2,
          column: 89,
          endLine: 2,
          endColumn: 108,
          suggestions: [{ messageId: 'removeClaim', data: { claim: 'taxId' }, output: `import { KJUR } from 'jsrsasign'
export const token = KJUR.jws.JWS.sign('HS256', { alg: 'HS256' }, JSON.stringify({ sub, exp }), { utf8: secret })` }],
        },
      ],
    },
    {
      name: 'fastify reply.jwtSign',
      code: `import type { FastifyReply, FastifyRequest } from 'fastify'
export async function login(request: FastifyRequest<{ Body: Credentials }>, reply: FastifyReply) {
  return reply.jwtSign({ sub: request.body.username, password: request.body.password })
}`,
      errors: [
        {
          messageId: 'sensitiveClaim',
          data: { claim: 'password', api: 'reply.jwtSign' },
          line: 3,
          column: 54,
          endLine: 3,
          endColumn: 85,
          suggestions: [{ messageId: 'removeClaim', data: { claim: 'password' }, output: `import type { FastifyReply, FastifyRequest } from 'fastify'
export async function login(request: FastifyRequest<{ Body: Credentials }>, reply: FastifyReply) {
  return reply.jwtSign({ sub: request.body.username })
}` }],
        },
      ],
    },
    {
      name: 'nest JwtService',
      code: `import { Injectable } from '@nestjs/common'
import { JwtService } from '@nestjs/jwt'
@Injectable()
export class AuthService {
  constructor(private readonly jwt: JwtService) {}
  login(user: UserEntity) {
    return this.jwt.signAsync({ sub: user.id, passwordHash: user.passwordHash })
  }
}`,
      errors: [
        {
          messageId: 'sensitiveClaim',
          data: { claim: 'passwordHash', api: '@nestjs/jwt.JwtService.signAsync' },
          line: 7,
          column: 47,
          endLine: 7,
          endColumn: 78,
          suggestions: [{ messageId: 'removeClaim', data: { claim: 'passwordHash' }, output: `import { Injectable } from '@nestjs/common'
import { JwtService } from '@nestjs/jwt'
@Injectable()
export class AuthService {
  constructor(private readonly jwt: JwtService) {}
  login(user: UserEntity) {
    return this.jwt.signAsync({ sub: user.id })
  }
}` }],
        },
      ],
    },
    {
      name: 'unsigned jose tokens are readable too',
      code: `import { UnsecuredJWT } from 'jose'
export const token = new UnsecuredJWT({ sub: userId, secret: session.secret }).setExpirationTime('5m').encode()`,
      errors: [
        {
          messageId: 'sensitiveClaim',
          data: { claim: 'secret', api: 'jose.UnsecuredJWT' },
          line: 2,
          column: 54,
          endLine: 2,
          endColumn: 76,
          suggestions: [{ messageId: 'removeClaim', data: { claim: 'secret' }, output: `import { UnsecuredJWT } from 'jose'
export const token = new UnsecuredJWT({ sub: userId }).setExpirationTime('5m').encode()` }],
        },
      ],
    },
    {
      name: 'a configured name',
      code: `import jwt from 'jsonwebtoken'
export const token = jwt.sign({ sub: staff.id, employeeNumber: staff.number }, secret, { expiresIn: '15m' })`,
      options: [{ sensitiveNames: ['employeeNumber'] }],
      errors: [
        {
          messageId: 'sensitiveClaim',
          data: { claim: 'employeeNumber', api: 'jsonwebtoken.sign' },
          line: 2,
          column: 48,
          endLine: 2,
          endColumn: 76,
          suggestions: [{ messageId: 'removeClaim', data: { claim: 'employeeNumber' }, output: `import jwt from 'jsonwebtoken'
export const token = jwt.sign({ sub: staff.id }, secret, { expiresIn: '15m' })` }],
        },
      ],
    },
  ],
})

cjsRuleTester.run(rule.name, rule, {
  assertionOptions,
  valid: [
    {
      name: 'require and a verify call',
      code: `const jwt = require('jsonwebtoken')
const claims = jwt.verify(token, secret, { algorithms: ['HS256'] })
const password = claims.password`,
    },
  ],
  invalid: [
    {
      name: 'snake_case with require',
      code: `const jwt = require('jwt-simple')
const token = jwt.encode({ sub: client.id, api_key: client.apiKey, exp }, secret, 'HS256')`,
      errors: [
        {
          messageId: 'sensitiveClaim',
          data: { claim: 'api_key', api: 'jwt-simple.encode' },
          line: 2,
          column: 44,
          endLine: 2,
          endColumn: 66,
          suggestions: [{ messageId: 'removeClaim', data: { claim: 'api_key' }, output: `const jwt = require('jwt-simple')
const token = jwt.encode({ sub: client.id, exp }, secret, 'HS256')` }],
        },
      ],
    },
    {
      name: 'a spread of a Sequelize row with require',
      code: `const jwt = require('jsonwebtoken')
async function login(id) {
  const member = await Member.findByPk(id)
  return jwt.sign({ ...member.toJSON() }, secret, { expiresIn: '15m' })
}`,
      errors: [
        {
          messageId: 'databaseRow',
          data: { source: 'member.toJSON()', fetch: 'findByPk', api: 'jsonwebtoken.sign' },
          line: 4,
          column: 24,
          endLine: 4,
          endColumn: 39,
          suggestions: [],
        },
      ],
    },
  ],
})
