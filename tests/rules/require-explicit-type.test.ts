import rule from '../../src/rules/require-explicit-type.js'
import { assertionOptions, cjsRuleTester, ruleTester } from '../rule-tester.js'

ruleTester.run(rule.name, rule, {
  assertionOptions,
  valid: [
    {
      name: 'jose: typ option set',
      code: `
import { createRemoteJWKSet, jwtVerify } from 'jose'
const keySet = createRemoteJWKSet(new URL('https://idp.example.com/.well-known/jwks.json'))
export const authenticate = (accessToken: string) =>
  jwtVerify(accessToken, keySet, { typ: 'at+jwt', issuer: 'https://idp.example.com', audience: 'orders-api' })
`,
    },
    {
      name: 'jose: typ compared after verify',
      code: `
import { createRemoteJWKSet, jwtVerify } from 'jose'
const keySet = createRemoteJWKSet(new URL('https://idp.example.com/.well-known/jwks.json'))
export async function authenticate(token: string) {
  const { payload, protectedHeader } = await jwtVerify(token, keySet, { issuer: 'https://idp.example.com', audience: 'orders-api' })
  if (protectedHeader.typ?.toLowerCase() !== 'at+jwt') throw new Error('not an access token')
  return payload
}
`,
    },
    {
      name: 'ID-token verification, kept apart by its audience',
      code: `
import { createRemoteJWKSet, jwtVerify } from 'jose'
const googleKeys = createRemoteJWKSet(new URL('https://www.googleapis.com/oauth2/v3/certs'))
export async function verifyIdToken(idToken: string) {
  return jwtVerify(idToken, googleKeys, { issuer: 'https://accounts.google.com', audience: process.env.GOOGLE_CLIENT_ID })
}
`,
    },
    {
      name: 'jsonwebtoken: an OIDC nonce marks an ID token',
      code: `
import jwt from 'jsonwebtoken'
export function signIn(credential: string, key: string, nonce: string) {
  return jwt.verify(credential, key, { algorithms: ['RS256'], audience: 'web-client', issuer: 'https://idp.example.com', nonce })
}
`,
    },
    {
      name: 'jsonwebtoken: complete result with header.typ checked',
      code: `
import jwt from 'jsonwebtoken'
export function authenticate(token: string, publicKey: string) {
  const { header, payload } = jwt.verify(token, publicKey, { algorithms: ['RS256'], complete: true })
  if (header.typ !== 'at+jwt') throw new Error('not an access token')
  return payload
}
`,
    },
    {
      name: 'jsonwebtoken: complete result handed to the caller, which may check typ',
      code: `
import jwt from 'jsonwebtoken'
export const verifyComplete = (token: string, publicKey: string) => jwt.verify(token, publicKey, { algorithms: ['RS256'], complete: true })
`,
    },
    {
      name: 'fast-jwt checkTyp and aws-jwt-verify tokenUse',
      code: `
import { createVerifier } from 'fast-jwt'
import { CognitoJwtVerifier } from 'aws-jwt-verify'
export const verifyAccessToken = createVerifier({ key: process.env.PUBLIC_KEY, algorithms: ['RS256'], checkTyp: 'at+jwt' })
export const cognito = CognitoJwtVerifier.create({ userPoolId: 'eu-west-1_abc', tokenUse: 'access', clientId: 'abc' })
// tokenUse may still be given to verify(): leaving it out of create() is not a finding.
export const later = CognitoJwtVerifier.create({ userPoolId: 'eu-west-1_abc', clientId: 'abc' })
`,
    },
    {
      name: 'hono: typ in the verify options',
      code: `
import { verify } from 'hono/jwt'
export const authenticate = (token: string, secret: string) => verify(token, secret, { alg: 'HS256', typ: 'at+jwt' })
`,
    },
    {
      name: 'a wrapper whose caller in the same file checks the type',
      code: `
import { createRemoteJWKSet, jwtVerify } from 'jose'
const keySet = createRemoteJWKSet(new URL('https://idp.example.com/.well-known/jwks.json'))
const verifyToken = (token: string) => jwtVerify(token, keySet, { issuer: 'https://idp.example.com', audience: 'orders-api' })
export async function authenticate(token: string) {
  const { payload, protectedHeader } = await verifyToken(token)
  if (protectedHeader.typ !== 'at+jwt') throw new Error('not an access token')
  return payload
}
`,
    },
    {
      name: 'a token traced to an ID token source',
      code: `
import jwt from 'jsonwebtoken'
import { auth } from './firebase'
export async function check(publicKey: string) {
  const credential = await auth.currentUser!.getIdToken()
  return jwt.verify(credential, publicKey, { algorithms: ['RS256'], audience: 'my-project' })
}
`,
    },
    {
      name: 'options imported from elsewhere',
      code: `
import { jwtVerify } from 'jose'
import { keySet, verifyOptions } from './auth-config'
export const authenticate = (token: string) => jwtVerify(token, keySet, verifyOptions)
`,
    },
    {
      name: 'Cognito token_use compared by hand',
      code: `
import jwt from 'jsonwebtoken'
export function authenticate(token: string, publicKey: string) {
  const claims = jwt.verify(token, publicKey, { algorithms: ['RS256'] }) as jwt.JwtPayload
  if (claims.token_use !== 'access') throw new Error('not an access token')
  return claims
}
`,
    },
    {
      name: 'libraries with no way to check typ are not judged',
      code: `
import { expressjwt } from 'express-jwt'
import { getAuth } from 'firebase-admin/auth'
export const requireAuth = expressjwt({ secret: process.env.PUBLIC_KEY!, algorithms: ['RS256'] })
export const firebaseUser = (idToken: string) => getAuth().verifyIdToken(idToken)
`,
    },
    {
      name: 'signing: access tokens typed at+jwt',
      code: `
import jwt from 'jsonwebtoken'
import { SignJWT } from 'jose'
export function issue(sub: string, privateKey: string) {
  const accessToken = jwt.sign({ sub, scope: 'orders:read' }, privateKey, { algorithm: 'RS256', expiresIn: '10m', header: { typ: 'at+jwt', alg: 'RS256' } })
  return { accessToken }
}
export const createAccessToken = (sub: string, key: CryptoKey) =>
  new SignJWT({ sub, scope: 'orders:read' }).setProtectedHeader({ alg: 'ES256', typ: 'application/at+jwt' }).setExpirationTime('10m').sign(key)
`,
    },
    {
      name: 'signing: a refresh token with a scope claim, and a session token',
      code: `
import jwt from 'jsonwebtoken'
export function issue(sub: string, secret: string) {
  const refreshToken = jwt.sign({ sub, scope: 'offline_access' }, secret, { expiresIn: '30d' })
  const session = jwt.sign({ sub }, secret, { expiresIn: '1h' })
  return { refreshToken, session }
}
`,
    },
    {
      name: 'signing: hono sign cannot set typ; header from elsewhere',
      code: `
import { sign } from 'hono/jwt'
import jwt from 'jsonwebtoken'
import { tokenHeader } from './headers'
export async function issue(sub: string, secret: string) {
  const accessToken = await sign({ sub, scope: 'read', exp: Math.floor(Date.now() / 1000) + 600 }, secret, 'HS256')
  const access_token = jwt.sign({ sub, scope: 'read' }, secret, { expiresIn: '10m', header: tokenHeader })
  return { accessToken, access_token }
}
`,
    },
  ],
  invalid: [
    {
      name: 'jose: access-token verification without typ',
      code: `
import { createRemoteJWKSet, jwtVerify } from 'jose'
const keySet = createRemoteJWKSet(new URL('https://idp.example.com/.well-known/jwks.json'))
export async function verifyAccessToken(accessToken: string) {
  return jwtVerify(accessToken, keySet, { issuer: 'https://idp.example.com', audience: 'orders-api' })
}
`,
      errors: [
        {
          messageId: 'missingTypeOption',
          data: { api: 'jose.jwtVerify', option: 'typ', value: 'at+jwt' },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 19,
          suggestions: [
            { messageId: 'requireAccessTokenType', data: { option: 'typ', value: '\'at+jwt\'' }, output: `
import { createRemoteJWKSet, jwtVerify } from 'jose'
const keySet = createRemoteJWKSet(new URL('https://idp.example.com/.well-known/jwks.json'))
export async function verifyAccessToken(accessToken: string) {
  return jwtVerify(accessToken, keySet, { issuer: 'https://idp.example.com', audience: 'orders-api', typ: 'at+jwt' })
}
` },
          ],
        },
      ],
    },
    {
      name: 'jose: no options at all',
      code: `
import { createRemoteJWKSet, jwtVerify } from 'jose'
const keySet = createRemoteJWKSet(new URL('https://idp.example.com/.well-known/jwks.json'))
export const authenticate = (req: { body: { access_token: string } }) => jwtVerify(req.body.access_token, keySet)
`,
      errors: [
        {
          messageId: 'missingTypeOption',
          data: { api: 'jose.jwtVerify', option: 'typ', value: 'at+jwt' },
          line: 4,
          column: 74,
          endLine: 4,
          endColumn: 83,
          suggestions: [
            { messageId: 'requireAccessTokenType', data: { option: 'typ', value: '\'at+jwt\'' }, output: `
import { createRemoteJWKSet, jwtVerify } from 'jose'
const keySet = createRemoteJWKSet(new URL('https://idp.example.com/.well-known/jwks.json'))
export const authenticate = (req: { body: { access_token: string } }) => jwtVerify(req.body.access_token, keySet, { typ: 'at+jwt' })
` },
          ],
        },
      ],
    },
    {
      name: 'jose: a token of unknown kind gets no suggestion',
      code: `
import { jwtVerify } from 'jose'
export const authenticate = (token: string, key: CryptoKey) => jwtVerify(token, key, { audience: 'orders-api' })
`,
      errors: [
        {
          messageId: 'missingTypeOption',
          data: { api: 'jose.jwtVerify', option: 'typ', value: 'at+jwt' },
          line: 3,
          column: 64,
          endLine: 3,
          endColumn: 73,
        },
      ],
    },
    {
      name: 'jsonwebtoken: no header check',
      code: `
import jwt from 'jsonwebtoken'
export function authenticate(token: string, publicKey: string) {
  return jwt.verify(token, publicKey, { algorithms: ['RS256'], audience: 'orders-api', issuer: 'https://idp.example.com' })
}
`,
      errors: [
        {
          messageId: 'missingTypeCheck',
          data: { api: 'jsonwebtoken.verify', option: 'complete' },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 20,
        },
      ],
    },
    {
      name: 'jsonwebtoken: complete result whose header is never checked',
      code: `
import jwt from 'jsonwebtoken'
export function authenticate(token: string, publicKey: string) {
  const { payload } = jwt.verify(token, publicKey, { algorithms: ['RS256'], complete: true })
  return payload
}
`,
      errors: [
        {
          messageId: 'missingTypeCheck',
          data: { api: 'jsonwebtoken.verify', option: 'complete' },
          line: 4,
          column: 23,
          endLine: 4,
          endColumn: 33,
        },
      ],
    },
    {
      name: '@nestjs/jwt: verifyAsync in a guard',
      code: `
import { Injectable } from '@nestjs/common'
import { JwtService } from '@nestjs/jwt'
@Injectable()
export class AuthGuard {
  constructor(private readonly jwtService: JwtService) {}
  async canActivate(token: string) {
    const { sub } = await this.jwtService.verifyAsync(token, { algorithms: ['RS256'] })
    return sub !== undefined
  }
}
`,
      errors: [
        {
          messageId: 'missingTypeCheck',
          data: { api: '@nestjs/jwt.JwtService.verifyAsync', option: 'complete' },
          line: 8,
          column: 27,
          endLine: 8,
          endColumn: 54,
        },
      ],
    },
    {
      name: 'fast-jwt: access-token verifier without checkTyp',
      code: `
import { createVerifier } from 'fast-jwt'
export const verifyAccessToken = createVerifier({ key: process.env.PUBLIC_KEY, algorithms: ['RS256'], allowedAud: 'orders-api' })
`,
      errors: [
        {
          messageId: 'missingTypeOption',
          data: { api: 'fast-jwt.createVerifier', option: 'checkTyp', value: 'at+jwt' },
          line: 3,
          column: 34,
          endLine: 3,
          endColumn: 48,
          suggestions: [
            { messageId: 'requireAccessTokenType', data: { option: 'checkTyp', value: '\'at+jwt\'' }, output: `
import { createVerifier } from 'fast-jwt'
export const verifyAccessToken = createVerifier({ key: process.env.PUBLIC_KEY, algorithms: ['RS256'], allowedAud: 'orders-api', checkTyp: 'at+jwt' })
` },
          ],
        },
      ],
    },
    {
      name: 'hono: verify with an algorithm only or none, and the jwt middleware; no suggestion',
      code: `
import { jwt, verify } from 'hono/jwt'
export const check = (accessToken: string, secret: string) => verify(accessToken, secret, 'HS256')
// hono 4.11.3 and earlier took two arguments; a new third one must still name the algorithm, so no suggestion.
export const legacy = (accessToken: string, secret: string) => verify(accessToken, secret)
export const middleware = jwt({ secret: process.env.JWT_SECRET!, alg: 'HS256', verification: { aud: 'orders-api' } })
`,
      errors: [
        {
          messageId: 'missingTypeOption',
          data: { api: 'hono.verify', option: 'typ', value: 'at+jwt' },
          line: 3,
          column: 63,
          endLine: 3,
          endColumn: 69,
        },
        {
          messageId: 'missingTypeOption',
          data: { api: 'hono.verify', option: 'typ', value: 'at+jwt' },
          line: 5,
          column: 64,
          endLine: 5,
          endColumn: 70,
        },
        {
          messageId: 'missingTypeOption',
          data: { api: 'hono.jwt', option: 'verification.typ', value: 'at+jwt' },
          line: 6,
          column: 27,
          endLine: 6,
          endColumn: 30,
        },
      ],
    },
    {
      name: 'aws-jwt-verify: tokenUse null accepts ID and access tokens',
      code: `
import { CognitoJwtVerifier } from 'aws-jwt-verify'
export const verifier = CognitoJwtVerifier.create({ userPoolId: 'eu-west-1_abc', tokenUse: null, clientId: 'abc' })
`,
      errors: [
        {
          messageId: 'typeCheckOff',
          data: { api: 'aws-jwt-verify.CognitoJwtVerifier.create', option: 'tokenUse', value: 'null', accepted: 'access' },
          line: 3,
          column: 92,
          endLine: 3,
          endColumn: 96,
        },
      ],
    },
    {
      name: 'jose: typ set to an empty string',
      code: `
import { jwtVerify } from 'jose'
export const authenticate = (token: string, key: CryptoKey) => jwtVerify(token, key, { typ: '' })
`,
      errors: [
        {
          messageId: 'typeCheckOff',
          data: { api: 'jose.jwtVerify', option: 'typ', value: '\'\'', accepted: 'at+jwt' },
          line: 3,
          column: 93,
          endLine: 3,
          endColumn: 95,
        },
      ],
    },
    {
      name: 'signing: access token without a header typ',
      code: `
import jwt from 'jsonwebtoken'
export function login(sub: string, privateKey: string) {
  const accessToken = jwt.sign({ sub }, privateKey, { algorithm: 'RS256', expiresIn: '15m' })
  return { accessToken }
}
`,
      errors: [
        {
          messageId: 'untypedAccessToken',
          data: { place: 'the `header` option' },
          line: 4,
          column: 23,
          endLine: 4,
          endColumn: 31,
          suggestions: [
            { messageId: 'setAccessTokenType', output: `
import jwt from 'jsonwebtoken'
export function login(sub: string, privateKey: string) {
  const accessToken = jwt.sign({ sub }, privateKey, { algorithm: 'RS256', expiresIn: '15m', header: { typ: 'at+jwt' } })
  return { accessToken }
}
` },
          ],
        },
      ],
    },
    {
      name: 'signing: access token typed JWT',
      code: `
import jwt from 'jsonwebtoken'
export const issue = (sub: string, privateKey: string) => ({
  access_token: jwt.sign({ sub }, privateKey, { algorithm: 'RS256', expiresIn: '15m', header: { alg: 'RS256', typ: 'JWT' } }),
})
`,
      errors: [
        {
          messageId: 'mistypedAccessToken',
          data: { value: 'JWT' },
          line: 4,
          column: 116,
          endLine: 4,
          endColumn: 121,
          suggestions: [
            { messageId: 'setAccessTokenType', output: `
import jwt from 'jsonwebtoken'
export const issue = (sub: string, privateKey: string) => ({
  access_token: jwt.sign({ sub }, privateKey, { algorithm: 'RS256', expiresIn: '15m', header: { alg: 'RS256', typ: 'at+jwt' } }),
})
` },
          ],
        },
      ],
    },
    {
      name: 'signing: jose SignJWT with a scope claim',
      code: `
import { SignJWT } from 'jose'
export async function issue(sub: string, key: CryptoKey) {
  const token = await new SignJWT({ sub, scope: 'orders:read' }).setProtectedHeader({ alg: 'ES256' }).setExpirationTime('10m').sign(key)
  return token
}
`,
      errors: [
        {
          messageId: 'untypedAccessToken',
          data: { place: '`setProtectedHeader()`' },
          line: 4,
          column: 85,
          endLine: 4,
          endColumn: 101,
          suggestions: [
            { messageId: 'setAccessTokenType', output: `
import { SignJWT } from 'jose'
export async function issue(sub: string, key: CryptoKey) {
  const token = await new SignJWT({ sub, scope: 'orders:read' }).setProtectedHeader({ alg: 'ES256', typ: 'at+jwt' }).setExpirationTime('10m').sign(key)
  return token
}
` },
          ],
        },
      ],
    },
    {
      name: 'signing: fast-jwt signer named for access tokens',
      code: `
import { createSigner } from 'fast-jwt'
const signAccessToken = createSigner({ key: process.env.PRIVATE_KEY, algorithm: 'RS256', expiresIn: 600000 })
export const issue = (sub: string) => signAccessToken({ sub })
`,
      errors: [
        {
          messageId: 'untypedAccessToken',
          data: { place: 'the `header` option' },
          line: 4,
          column: 39,
          endLine: 4,
          endColumn: 54,
          suggestions: [
            { messageId: 'setAccessTokenType', output: `
import { createSigner } from 'fast-jwt'
const signAccessToken = createSigner({ key: process.env.PRIVATE_KEY, algorithm: 'RS256', expiresIn: 600000, header: { typ: 'at+jwt' } })
export const issue = (sub: string) => signAccessToken({ sub })
` },
          ],
        },
      ],
    },
    {
      name: 'signing: jsrsasign header argument without typ',
      code: `
import { KJUR } from 'jsrsasign'
export function createAccessToken(sub: string, privateKey: string) {
  const now = Math.floor(Date.now() / 1000)
  return KJUR.jws.JWS.sign('RS256', { alg: 'RS256' }, { sub, scope: 'read', exp: now + 600 }, privateKey)
}
`,
      errors: [
        {
          messageId: 'untypedAccessToken',
          data: { place: 'the header argument' },
          line: 5,
          column: 37,
          endLine: 5,
          endColumn: 53,
          suggestions: [
            { messageId: 'setAccessTokenType', output: `
import { KJUR } from 'jsrsasign'
export function createAccessToken(sub: string, privateKey: string) {
  const now = Math.floor(Date.now() / 1000)
  return KJUR.jws.JWS.sign('RS256', { alg: 'RS256', typ: 'at+jwt' }, { sub, scope: 'read', exp: now + 600 }, privateKey)
}
` },
          ],
        },
      ],
    },
  ],
})

cjsRuleTester.run(rule.name, rule, {
  assertionOptions,
  valid: [
    {
      name: 'CommonJS: fast-jwt signer with header typ at+jwt',
      filename: 'server/tokens.js',
      code: `
const { createSigner } = require('fast-jwt')
const signAccessToken = createSigner({ key: process.env.PRIVATE_KEY, algorithm: 'RS256', expiresIn: 600000, header: { typ: 'at+jwt' } })
exports.issue = (sub) => signAccessToken({ sub, scope: 'read' })
`,
    },
  ],
  invalid: [
    {
      name: 'CommonJS: jose v2 JWT.verify without typ',
      filename: 'server/auth.js',
      code: `
const { JWT, JWK } = require('jose')
const key = JWK.asKey(process.env.PUBLIC_KEY)
exports.authenticate = (token) => JWT.verify(token, key, { algorithms: ['RS256'], audience: 'orders-api' })
`,
      errors: [
        {
          messageId: 'missingTypeOption',
          data: { api: 'jose.JWT.verify', option: 'typ', value: 'at+jwt' },
          line: 4,
          column: 35,
          endLine: 4,
          endColumn: 45,
        },
      ],
    },
    {
      name: 'CommonJS: Cognito-style token_use access claim signed untyped',
      filename: 'server/tokens.js',
      code: `
const jwt = require('jsonwebtoken')
exports.issue = (sub, secret) => {
  const token = jwt.sign({ sub, token_use: 'access' }, secret, { expiresIn: '15m', header: { kid: 'k1' } })
  return token
}
`,
      errors: [
        {
          messageId: 'untypedAccessToken',
          data: { place: 'the `header` option' },
          line: 4,
          column: 92,
          endLine: 4,
          endColumn: 105,
          suggestions: [
            { messageId: 'setAccessTokenType', output: `
const jwt = require('jsonwebtoken')
exports.issue = (sub, secret) => {
  const token = jwt.sign({ sub, token_use: 'access' }, secret, { expiresIn: '15m', header: { kid: 'k1', typ: 'at+jwt' } })
  return token
}
` },
          ],
        },
      ],
    },
  ],
})
