import rule from '../../src/rules/no-unverified-decode.js'
import { assertionOptions, cjsRuleTester, ruleTester } from '../rule-tester.js'

ruleTester.run(rule.name, rule, {
  assertionOptions,
  valid: [
    {
      name: 'a local function that happens to be named decode',
      code: `
function decode(token: string) {
  return JSON.parse(token)
}
export const userId = (token: string) => decode(token).sub
`,
    },
    {
      name: 'an unrelated decode method',
      code: `
import jwt from 'jsonwebtoken'
export const userId = (token: string) => base64url.decode(token).sub
jwt.sign({ sub: 'a' }, secret, { expiresIn: '1h' })
`,
    },
    {
      name: 'decode that only reads exp and iat',
      code: `
import jwt from 'jsonwebtoken'
export function secondsLeft(token: string) {
  const { exp, iat } = jwt.decode(token) as jwt.JwtPayload
  return { left: exp! - Date.now() / 1000, age: Date.now() / 1000 - iat! }
}
`,
    },
    {
      name: 'complete: true reading only header.kid to pick a key before a real verify',
      code: `
import jwt from 'jsonwebtoken'
export function authenticate(token: string, keys: Record<string, string>) {
  const { header } = jwt.decode(token, { complete: true })!
  return jwt.verify(token, keys[header.kid!], { algorithms: ['RS256'] })
}
`,
    },
    {
      name: 'decodeProtectedHeader(t).kid to pick a key before jwtVerify',
      code: `
import { decodeProtectedHeader, importSPKI, jwtVerify } from 'jose'
export async function authenticate(token: string) {
  const key = await importSPKI(pems[decodeProtectedHeader(token).kid!], 'RS256')
  const { payload } = await jwtVerify(token, key, { algorithms: ['RS256'] })
  return payload
}
`,
    },
    {
      name: 'jwt-decode in a React component showing the user name',
      filename: 'src/App.tsx',
      code: `
import { jwtDecode } from 'jwt-decode'
export function Greeting({ token }: { token: string }) {
  const { name } = jwtDecode<{ name: string }>(token)
  return 'Hello ' + name
}
`,
    },
    {
      name: 'jwt-decode v3 in a file that imports react',
      code: `
import { useMemo } from 'react'
import jwt_decode from 'jwt-decode'
export function useUser(token: string) {
  return useMemo(() => jwt_decode(token), [token])
}
`,
    },
    {
      name: 'jwt-decode in browser code that schedules a refresh from exp',
      code: `
import { jwtDecode } from 'jwt-decode'
export function scheduleRefresh(token: string) {
  const { exp } = jwtDecode(token)
  window.setTimeout(refresh, exp! * 1000 - Date.now() - 60_000)
}
`,
    },
    {
      name: 'jose decodeJwt in a use client module',
      code: `
'use client'
import { decodeJwt } from 'jose'
export const displayName = (token: string) => decodeJwt(token).name
`,
    },
    {
      name: 'decode followed by a verify of the same token in the same function',
      code: `
import jwt from 'jsonwebtoken'
export function handler(req, res) {
  const token = req.headers.authorization
  const unverified = jwt.decode(token) as jwt.JwtPayload
  const key = keyForIssuer(unverified.iss)
  const user = jwt.verify(token, key, { algorithms: ['RS256'] })
  res.json({ user, issuer: unverified.iss })
}
`,
    },
    {
      name: 'decode picks the issuer, each branch verifies',
      code: `
import jwt from 'jsonwebtoken'
export function authenticate(token: string, keys: { a: string; b: string }) {
  const decoded = jwt.decode(token) as jwt.JwtPayload
  if (decoded.iss === 'https://a.example') return jwt.verify(token, keys.a, { algorithms: ['RS256'] })
  if (decoded.iss === 'https://b.example') return jwt.verify(token, keys.b, { algorithms: ['RS256'] })
  throw new Error('unknown issuer')
}
`,
    },
    {
      name: 'awaited jwtVerify in try/catch answering 401 before the decoded claims are returned',
      code: `
import { decodeJwt, jwtVerify } from 'jose'
export async function authenticate(req, res) {
  const token = req.cookies.session
  const claims = decodeJwt(token)
  try {
    await jwtVerify(token, key, { algorithms: ['ES256'] })
  } catch {
    return res.status(401).end()
  }
  return claims
}
`,
    },
    {
      name: 'decoded value only logged and null-checked',
      code: `
import jwt from 'jsonwebtoken'
export function inspect(token: string) {
  const decoded = jwt.decode(token)
  if (!decoded) throw new Error('malformed token')
  console.debug('token received', decoded)
}
`,
    },
    {
      name: 'jwt-simple decode with verification on',
      code: `
import jwt from 'jwt-simple'
export const userId = (token: string, secret: string) => jwt.decode(token, secret, false, 'HS256').sub
`,
    },
    {
      name: 'manual decode of the header segment',
      code: `
export function keyId(token: string) {
  return JSON.parse(atob(token.split('.')[0])).kid
}
`,
    },
    {
      name: 'jwt-decode with header: true',
      filename: 'server/keys.ts',
      code: `
import { jwtDecode } from 'jwt-decode'
export const keyId = (token: string) => jwtDecode(token, { header: true }).kid
`,
    },
    {
      name: 'allowedClaims extended to sub',
      options: [{'allowedClaims':['exp','sub']}],
      code: `
import { decodeJwt } from 'jose'
export const cacheKey = (token: string) => decodeJwt(token).sub
`,
    },
    {
      name: 'the word decode in strings and a shadowed import',
      code: `
import jwt from 'jsonwebtoken'
const label = 'jwt.decode(token).sub'
export function read(jwt: { decode(t: string): { sub: string } }, token: string) {
  return jwt.decode(token).sub
}
`,
    },
    {
      name: 'manual decode after an HMAC compared with timingSafeEqual, failing fast',
      code: `
import { createHmac, timingSafeEqual } from 'node:crypto'
export function readCode(code: string, secret: string) {
  const [body, mac] = code.split('.')
  const expected = createHmac('sha256', secret).update(body).digest()
  const given = Buffer.from(mac, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new Error('bad signature')
  }
  const payload = JSON.parse(Buffer.from(code.split('.')[1], 'base64url').toString())
  return payload
}
`,
    },
    {
      name: 'manual decode after an awaited WebCrypto verify that returns on failure',
      code: `
export async function claimsOf(token: string, key: CryptoKey, signature: ArrayBuffer, data: ArrayBuffer) {
  if (!(await crypto.subtle.verify('HMAC', key, signature, data))) return undefined
  return JSON.parse(atob(token.split('.')[1])).sub
}
`,
    },
    {
      name: 'manual decode inside the branch where crypto.verify passed',
      code: `
const crypto = require('crypto')
function subject(token, publicKey) {
  const [header, payload, signature] = token.split('.')
  if (header && crypto.verify('sha256', Buffer.from(header + '.' + payload), publicKey, Buffer.from(signature, 'base64url'))) {
    return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).sub
  }
  return undefined
}
`,
    },
    {
      name: 'a token this code has just signed, decoded to return its claims',
      code: `
import jwt from 'jsonwebtoken'
export function login(user: { id: string }, secret: string) {
  const token = jwt.sign({ sub: user.id }, secret, { expiresIn: '1h' })
  return { token, claims: jwt.decode(token) }
}
`,
    },
    {
      name: 'a token signed by a function and a method of this file',
      code: `
import jwt from 'jsonwebtoken'
function mint(sub: string) {
  return jwt.sign({ sub }, process.env.SECRET!, { expiresIn: '1h' })
}
export class Tokens {
  issue(sub: string) {
    return jwt.sign({ sub }, process.env.SECRET!, { expiresIn: '1h' })
  }
  pair(sub: string) {
    const access = this.issue(sub)
    return { access, payload: jwt.decode(access), other: jwt.decode(mint(sub)) }
  }
}
`,
    },
    {
      name: 'a token from an inherited method whose name says it issues one (feathers createAccessToken)',
      code: `
import jsonwebtoken from 'jsonwebtoken'
export class AuthenticationService extends AuthenticationBase {
  async create(payload: object) {
    const accessToken = await this.createAccessToken(payload)
    return { accessToken, authentication: { payload: jsonwebtoken.decode(accessToken) } }
  }
}
`,
    },
    {
      name: 'the id_token of the token response a passport OAuth 2 strategy hands its verify callback',
      code: `
import jwt from 'jsonwebtoken'
import { Strategy } from 'passport-oauth2'
export const strategy = new Strategy(
  { authorizationURL, tokenURL, clientID, clientSecret, callbackURL, passReqToCallback: true },
  async function (req, accessToken: string, refreshToken: string, params: { id_token: string }, profile, done) {
    const claims = jwt.decode(params.id_token) as jwt.JwtPayload
    done(null, { email: claims.email })
  },
)
`,
    },
    {
      name: 'the id_token of the token response the server fetched itself (OIDC Core 3.1.3.7)',
      code: `
import { jwtDecode } from 'jwt-decode'
import express from 'express'
export async function callback(code: string) {
  const response = await fetch('https://oauth2.googleapis.com/token', { method: 'POST', body: new URLSearchParams({ code }) })
  const { id_token } = await response.json()
  const { email, sub } = jwtDecode<{ email: string; sub: string }>(id_token)
  return { email, sub }
}
`,
    },
    {
      name: 'the id_token of an oauth4webapi token response, read through response.clone().json()',
      code: `
import * as o from 'oauth4webapi'
import { decodeJwt } from 'jose'
export async function tenantOf(as, client, auth, params, redirectUri, verifier) {
  const codeGrantResponse = await o.authorizationCodeGrantRequest(as, client, auth, params, redirectUri, verifier)
  const responseJson = await codeGrantResponse.clone().json()
  const { tid } = decodeJwt(responseJson.id_token)
  return tid
}
`,
    },
    {
      name: 'the id_token of an axios response body, and of got(...).json()',
      code: `
import axios from 'axios'
import got from 'got'
import jwt from 'jsonwebtoken'
export async function exchange(code: string) {
  const { data } = await axios.post('https://login.example.com/oauth/token', { code })
  const fromGot = await got.post('https://login.example.com/oauth/token', { form: { code } }).json()
  return [jwt.decode(data.id_token).sub, jwt.decode(fromGot.id_token).email]
}
`,
    },
  ],
  invalid: [
    {
      name: 'tokens from calls that do not issue one: a getter, a function with two returns, a method of another class',
      code: `
import jwt from 'jsonwebtoken'
function pick(req, fresh: boolean) {
  if (fresh) return jwt.sign({ sub: 'a' }, process.env.SECRET!, { expiresIn: '1h' })
  return req.headers.authorization
}
class Signer {
  issue() {
    return jwt.sign({ sub: 'a' }, process.env.SECRET!, { expiresIn: '1h' })
  }
}
export class Session {
  check(req) {
    return [jwt.decode(getToken(req)).sub, jwt.decode(pick(req, false)).sub, jwt.decode(this.issue()).sub]
  }
}
`,
      errors: [
        { messageId: 'unverifiedClaims', data: { api: 'jsonwebtoken.decode', claim: '`sub`', verify: '`jsonwebtoken.verify`' }, line: 14, column: 13, endLine: 14, endColumn: 38 },
        { messageId: 'unverifiedClaims', data: { api: 'jsonwebtoken.decode', claim: '`sub`', verify: '`jsonwebtoken.verify`' }, line: 14, column: 44, endLine: 14, endColumn: 72 },
        { messageId: 'unverifiedClaims', data: { api: 'jsonwebtoken.decode', claim: '`sub`', verify: '`jsonwebtoken.verify`' }, line: 14, column: 78, endLine: 14, endColumn: 102 },
      ],
    },
    {
      name: 'this in an instance method does not reach a static method of the same name, nor this in a nested function',
      code: `
import jwt from 'jsonwebtoken'
export class Tokens {
  static issue() {
    return jwt.sign({ sub: 'a' }, process.env.SECRET!, { expiresIn: '1h' })
  }
  mint() {
    return jwt.sign({ sub: 'a' }, process.env.SECRET!, { expiresIn: '1h' })
  }
  check() {
    return jwt.decode(this.issue()).sub
  }
  later() {
    return function () {
      return jwt.decode(this.mint()).sub
    }
  }
}
`,
      errors: [
        { messageId: 'unverifiedClaims', data: { api: 'jsonwebtoken.decode', claim: '`sub`', verify: '`jsonwebtoken.verify`' }, line: 11, column: 12, endLine: 11, endColumn: 36 },
        { messageId: 'unverifiedClaims', data: { api: 'jsonwebtoken.decode', claim: '`sub`', verify: '`jsonwebtoken.verify`' }, line: 15, column: 14, endLine: 15, endColumn: 37 },
      ],
    },
    {
      name: 'an id_token parameter that does not follow the access and refresh tokens of a strategy callback',
      code: `
import jwt from 'jsonwebtoken'
export const worker = new Worker(async (queue, job, params) => jwt.decode(params.id_token).email)
export function onLogin(accessToken, refreshToken, params) {
  return jwt.decode(params.id_token).email
}
`,
      errors: [
        { messageId: 'unverifiedClaims', data: { api: 'jsonwebtoken.decode', claim: '`email`', verify: '`jsonwebtoken.verify`' }, line: 3, column: 64, endLine: 3, endColumn: 91 },
        { messageId: 'unverifiedClaims', data: { api: 'jsonwebtoken.decode', claim: '`email`', verify: '`jsonwebtoken.verify`' }, line: 5, column: 10, endLine: 5, endColumn: 37 },
      ],
    },
    {
      name: 'an id_token in the body of a request the server received is not a token response',
      code: `
import { decodeJwt } from 'jose'
export async function POST(request: Request) {
  const { id_token } = await request.json()
  return Response.json({ email: decodeJwt(id_token).email })
}
`,
      errors: [{ messageId: 'unverifiedClaims', data: { api: 'jose.decodeJwt', claim: '`email`', verify: '`jose.jwtVerify`' }, line: 5, column: 33, endLine: 5, endColumn: 52 }],
    },
    {
      name: 'a fetched response read through another member than the ID token, or through a property fetch responses do not parse',
      code: `
import { decodeJwt } from 'jose'
export async function claims(url: string) {
  const tokens = await (await fetch(url)).json()
  const raw = await fetch(url)
  return [decodeJwt(tokens.access_token).sub, decodeJwt(raw.body.id_token).sub]
}
`,
      errors: [
        { messageId: 'unverifiedClaims', data: { api: 'jose.decodeJwt', claim: '`sub`', verify: '`jose.jwtVerify`' }, line: 6, column: 11, endLine: 6, endColumn: 41 },
        { messageId: 'unverifiedClaims', data: { api: 'jose.decodeJwt', claim: '`sub`', verify: '`jose.jwtVerify`' }, line: 6, column: 47, endLine: 6, endColumn: 75 },
      ],
    },
    {
      name: 'responses that copy each other in a cycle are followed a bounded number of times',
      code: `
import { decodeJwt } from 'jose'
export async function claims() {
  const a = b.clone()
  const b = a.clone()
  return decodeJwt((await a.json()).id_token).sub
}
`,
      errors: [{ messageId: 'unverifiedClaims', data: { api: 'jose.decodeJwt', claim: '`sub`', verify: '`jose.jwtVerify`' }, line: 6, column: 10, endLine: 6, endColumn: 46 }],
    },
    {
      name: 'a timingSafeEqual whose failure only logs does not verify',
      code: `
import { timingSafeEqual } from 'node:crypto'
export function subject(token: string, given: Buffer, expected: Buffer) {
  if (!timingSafeEqual(given, expected)) console.warn('signature mismatch')
  return JSON.parse(atob(token.split('.')[1])).sub
}
`,
      errors: [{ messageId: 'unverifiedClaims', data: { api: 'JSON.parse', claim: '`sub`', verify: 'for example with `jose.jwtVerify`' }, line: 5, column: 10, endLine: 5, endColumn: 47 }],
    },
    {
      name: 'a timingSafeEqual that an && condition can skip does not verify',
      code: `
import { timingSafeEqual } from 'node:crypto'
export function subject(token: string, given: Buffer, expected: Buffer, strict: boolean) {
  if (strict && !timingSafeEqual(given, expected)) throw new Error('bad signature')
  return JSON.parse(atob(token.split('.')[1])).sub
}
`,
      errors: [{ messageId: 'unverifiedClaims', data: { api: 'JSON.parse', claim: '`sub`', verify: 'for example with `jose.jwtVerify`' }, line: 5, column: 10, endLine: 5, endColumn: 47 }],
    },
    {
      name: 'a check at module level, before the function that decodes, does not verify its tokens',
      code: `
import { timingSafeEqual } from 'node:crypto'
if (!timingSafeEqual(Buffer.from(process.env.A!), Buffer.from(process.env.B!))) throw new Error('misconfigured')
export function subject(token: string) {
  return JSON.parse(atob(token.split('.')[1])).sub
}
`,
      errors: [{ messageId: 'unverifiedClaims', data: { api: 'JSON.parse', claim: '`sub`', verify: 'for example with `jose.jwtVerify`' }, line: 5, column: 10, endLine: 5, endColumn: 47 }],
    },
    {
      name: 'a local function named timingSafeEqual does not verify',
      code: `
import { timingSafeEqual as safeEqual } from 'node:crypto'
export function subject(token: string, given: Buffer, expected: Buffer) {
  const timingSafeEqual = (a: string, b: string) => a.length === b.length
  if (!timingSafeEqual(token, token)) throw new Error('bad signature')
  if (safeEqual(given, expected)) console.debug('matched')
  return JSON.parse(atob(token.split('.')[1])).sub
}
`,
      errors: [{ messageId: 'unverifiedClaims', data: { api: 'JSON.parse', claim: '`sub`', verify: 'for example with `jose.jwtVerify`' }, line: 7, column: 10, endLine: 7, endColumn: 47 }],
    },
    {
      name: 'jsonwebtoken default import: a role read from decode decides access',
      filename: 'server/routes/admin.ts',
      code: `
import jwt from 'jsonwebtoken'
export function requireAdmin(req, res, next) {
  const claims = jwt.decode(req.headers.authorization.slice(7))
  if (claims.role !== 'admin') return res.sendStatus(403)
  next()
}
`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: 'jsonwebtoken.decode', claim: '`role`', verify: '`jsonwebtoken.verify`' },
          line: 4,
          column: 18,
          endLine: 4,
          endColumn: 64,
        },
      ],
    },
    {
      name: 'jsonwebtoken named import: the whole decoded payload is returned',
      code: `
import { decode } from 'jsonwebtoken'
export function currentUser(token: string) {
  return decode(token)
}
`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: 'jsonwebtoken.decode', claim: 'the whole payload', verify: '`jsonwebtoken.verify`' },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 23,
        },
      ],
    },
    {
      name: 'jsonwebtoken namespace import: a destructured claim',
      code: `
import * as jwt from 'jsonwebtoken'
export function userId(token: string) {
  const { sub } = jwt.decode(token) as jwt.JwtPayload
  return sub
}
`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: 'jsonwebtoken.decode', claim: '`sub`', verify: '`jsonwebtoken.verify`' },
          line: 4,
          column: 19,
          endLine: 4,
          endColumn: 36,
        },
      ],
    },
    {
      name: 'complete: true, then the payload is read',
      code: `
import jwt from 'jsonwebtoken'
export function tenantOf(token: string) {
  const decoded = jwt.decode(token, { complete: true })
  return decoded.payload.tenant
}
`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: 'jsonwebtoken.decode', claim: '`tenant`', verify: '`jsonwebtoken.verify`' },
          line: 4,
          column: 19,
          endLine: 4,
          endColumn: 56,
        },
      ],
    },
    {
      name: 'jose decodeJwt stored on the request',
      filename: 'server/middleware/auth.ts',
      code: `
import { decodeJwt } from 'jose'
export async function auth(req, res, next) {
  req.user = decodeJwt(req.cookies.session)
  next()
}
`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: 'jose.decodeJwt', claim: 'the whole payload', verify: '`jose.jwtVerify`' },
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 44,
        },
      ],
    },
    {
      name: 'jose namespace import',
      code: `
import * as jose from 'jose'
export const emailOf = (token: string) => jose.decodeJwt(token).email
`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: 'jose.decodeJwt', claim: '`email`', verify: '`jose.jwtVerify`' },
          line: 3,
          column: 43,
          endLine: 3,
          endColumn: 64,
        },
      ],
    },
    {
      name: 'await import of jose with destructuring',
      code: `
export async function roleOf(token: string) {
  const { decodeJwt } = await import('jose')
  const claims = decodeJwt(token)
  return claims.role
}
`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: 'jose.decodeJwt', claim: '`role`', verify: '`jose.jwtVerify`' },
          line: 4,
          column: 18,
          endLine: 4,
          endColumn: 34,
        },
      ],
    },
    {
      name: 'import().then() of jose',
      code: `
export function roleOf(token: string) {
  return import('jose').then(({ decodeJwt }) => decodeJwt(token).scope)
}
`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: 'jose.decodeJwt', claim: '`scope`', verify: '`jose.jwtVerify`' },
          line: 3,
          column: 49,
          endLine: 3,
          endColumn: 65,
        },
      ],
    },
    {
      name: 'jose UnsecuredJWT.decode returns { payload, header }',
      code: `
import { UnsecuredJWT } from 'jose'
export function subjectOf(token: string) {
  return UnsecuredJWT.decode(token).payload.sub
}
`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: 'jose.UnsecuredJWT.decode', claim: '`sub`', verify: '`jose.jwtVerify`' },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 36,
        },
      ],
    },
    {
      name: 'jwt-decode v3 default import in an Express app',
      code: `
import express from 'express'
import jwtDecode from 'jwt-decode'
const app = express()
app.get('/me', (req, res) => {
  const { email } = jwtDecode<{ email: string }>(req.headers.authorization)
  res.json({ email })
})
`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: 'jwt-decode', claim: '`email`', verify: 'for example with `jose.jwtVerify`' },
          line: 6,
          column: 21,
          endLine: 6,
          endColumn: 76,
        },
      ],
    },
    {
      name: 'jwt-decode v4 jwtDecode in a server path, the payload passed on',
      filename: 'src/api/session.ts',
      code: `
import { jwtDecode } from 'jwt-decode'
export function session(token: string) {
  return createSession(jwtDecode(token))
}
`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: 'jwt-decode.jwtDecode', claim: 'the whole payload', verify: 'for example with `jose.jwtVerify`' },
          line: 4,
          column: 24,
          endLine: 4,
          endColumn: 40,
        },
      ],
    },
    {
      name: 'manual base64url decode of the payload segment',
      code: `
export function subjectOf(token: string) {
  const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString())
  return payload.sub
}
`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: 'JSON.parse', claim: '`sub`', verify: 'for example with `jose.jwtVerify`' },
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 87,
        },
      ],
    },
    {
      name: 'decode and verify of the same token, but one branch returns the unverified payload',
      code: `
import jwt from 'jsonwebtoken'
export function authenticate(token: string, key: string) {
  const decoded = jwt.decode(token) as jwt.JwtPayload
  if (decoded.iss === 'legacy-sso') return decoded
  return jwt.verify(token, key, { algorithms: ['RS256'] })
}
`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: 'jsonwebtoken.decode', claim: 'the whole payload', verify: '`jsonwebtoken.verify`' },
          line: 4,
          column: 19,
          endLine: 4,
          endColumn: 36,
        },
      ],
    },
    {
      name: 'a verify that runs on one branch only does not cover the return',
      code: `
import jwt from 'jsonwebtoken'
export function authenticate(token: string, keys: Record<string, string>) {
  const decoded = jwt.decode(token) as jwt.JwtPayload
  if (decoded.iss === 'internal') jwt.verify(token, keys.internal, { algorithms: ['RS256'] })
  return { id: decoded.sub }
}
`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: 'jsonwebtoken.decode', claim: '`sub`', verify: '`jsonwebtoken.verify`' },
          line: 4,
          column: 19,
          endLine: 4,
          endColumn: 36,
        },
      ],
    },
    {
      name: 'allowedClaims narrowed to exp: iat is reported',
      options: [{'allowedClaims':['exp']}],
      code: `
import jwt from 'jsonwebtoken'
export function age(token: string) {
  const { exp, iat } = jwt.decode(token) as jwt.JwtPayload
  return exp! - iat!
}
`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: 'jsonwebtoken.decode', claim: '`iat`', verify: '`jsonwebtoken.verify`' },
          line: 4,
          column: 24,
          endLine: 4,
          endColumn: 41,
        },
      ],
    },
  ],
})

cjsRuleTester.run(rule.name, rule, {
  assertionOptions,
  valid: [
    {
      name: 'require, decode reading only exp',
      code: `
const jwt = require('jsonwebtoken')
function isExpired(token) {
  return jwt.decode(token).exp < Date.now() / 1000
}
module.exports = { isExpired }
`,
    },
    {
      name: 'require of jwt-decode outside server code',
      filename: 'lib/token.js',
      code: `
const jwtDecode = require('jwt-decode')
function displayName(token) {
  return jwtDecode(token).name
}
module.exports = { displayName }
`,
    },
    {
      name: 'a shadowed require',
      code: `
function load(require) {
  return require('jsonwebtoken').decode(token).sub
}
`,
    },
  ],
  invalid: [
    {
      name: 'require without destructuring, member call on the require result',
      code: `
function userId(token) {
  return require('jsonwebtoken').decode(token).sub
}
module.exports = { userId }
`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: 'jsonwebtoken.decode', claim: '`sub`', verify: '`jsonwebtoken.verify`' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 47,
        },
      ],
    },
    {
      name: 'require of jsonwebtoken into a variable',
      code: `
const jwt = require('jsonwebtoken')
function permissions(token) {
  const payload = jwt.decode(token)
  return payload.permissions
}
`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: 'jsonwebtoken.decode', claim: '`permissions`', verify: '`jsonwebtoken.verify`' },
          line: 4,
          column: 19,
          endLine: 4,
          endColumn: 36,
        },
      ],
    },
    {
      name: 'jose v2 JWT.decode suggests JWT.verify',
      code: `
const { JWT } = require('jose')
function userId(token) {
  return JWT.decode(token).sub
}
`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: 'jose.JWT.decode', claim: '`sub`', verify: '`jose.JWT.verify`' },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 27,
        },
      ],
    },
    {
      name: 'jwt-simple decode with noVerify set',
      code: `
const jwt = require('jwt-simple')
function userId(token, secret) {
  return jwt.decode(token, secret, true).sub
}
`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: 'jwt-simple.decode', claim: '`sub`', verify: '`jwt-simple.decode` without `noVerify`' },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 41,
        },
      ],
    },
    {
      name: 'jwt-decode v4 required in an Express server',
      code: `
const express = require('express')
const { jwtDecode } = require('jwt-decode')
const router = express.Router()
router.use((req, res, next) => {
  req.userId = jwtDecode(req.get('authorization')).sub
  next()
})
`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: 'jwt-decode.jwtDecode', claim: '`sub`', verify: 'for example with `jose.jwtVerify`' },
          line: 6,
          column: 16,
          endLine: 6,
          endColumn: 51,
        },
      ],
    },
  ],
})
