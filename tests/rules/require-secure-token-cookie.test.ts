import rule from '../../src/rules/require-secure-token-cookie.js'
import { assertionOptions, cjsRuleTester, ruleTester } from '../rule-tester.js'

const bearer = 'a bearer token'

ruleTester.run(rule.name, rule, {
  assertionOptions,
  valid: [
    {
      name: 'cookies that are not tokens: theme, locale, a session id',
      filename: 'server/prefs.ts',
      code: `
export function savePreferences(req, res) {
  res.cookie('theme', req.body.theme, { maxAge: 31_536_000_000 })
  res.cookie('locale', 'en-GB')
  res.cookie('sid', req.sessionID)
  res.json({ ok: true })
}
`,
    },
    {
      name: 'CSRF cookies meant to be read by scripts',
      filename: 'server/csrf.ts',
      code: `
export function issueCsrf(req, res) {
  res.cookie('XSRF-TOKEN', req.csrfToken(), { sameSite: 'strict', secure: true })
  const token = req.csrfToken()
  res.cookie('_csrf', token)
  res.setHeader('Set-Cookie', \`csrf_token=\${token}; Path=/; SameSite=Strict\`)
  res.sendStatus(204)
}
`,
    },
    {
      name: 'a token cookie with every attribute',
      filename: 'server/login.ts',
      code: `
import jwt from 'jsonwebtoken'
export function login(req, res) {
  const accessToken = jwt.sign({ sub: req.user.id }, process.env.JWT_SECRET!, { expiresIn: '15m' })
  res.cookie('access_token', accessToken, { httpOnly: true, secure: true, sameSite: 'strict', maxAge: 900_000 })
  res.json({ ok: true })
}
`,
    },
    {
      name: 'options spread from elsewhere, or taken from an imported constant',
      filename: 'server/login.ts',
      code: `
import { cookieDefaults, refreshCookieOptions } from './cookie-options'
export function login(req, res, tokens) {
  res.cookie('access_token', tokens.access_token, { ...cookieDefaults, maxAge: 900_000 })
  res.cookie('refresh_token', tokens.refresh_token, refreshCookieOptions)
  res.json({ ok: true })
}
`,
    },
    {
      name: 'options from a local constant with every attribute',
      filename: 'server/login.ts',
      code: `
const cookieOptions = { httpOnly: true, secure: true, sameSite: 'lax' as const, path: '/' }
export function login(req, res, token: string) {
  res.cookie('token', token, cookieOptions)
  res.cookie('refresh_token', token, { ...cookieOptions, path: '/auth/refresh' })
  res.end()
}
`,
    },
    {
      name: 'secure decided at run time',
      filename: 'server/login.ts',
      code: `
export function login(req, res, token: string) {
  res.cookie('token', token, { httpOnly: true, secure: process.env.NODE_ENV === 'production' })
  res.cookie('jwt', token, { httpOnly: true, secure: req.secure })
  res.end()
}
`,
    },
    {
      name: 'options changed after their declaration, or built by a function',
      filename: 'server/login.ts',
      code: `
interface CookieOptions { httpOnly?: boolean; secure?: boolean }
export function login(req, res, token: string, production: boolean) {
  const options: CookieOptions = { httpOnly: true }
  if (production) options.secure = true
  res.cookie('token', token, options)
  res.cookie('refresh_token', token, cookieOptionsFor(req))
  res.end()
}
`,
    },
    {
      name: 'a __Host- cookie, which browsers accept only with Secure',
      filename: 'server/login.ts',
      code: `
export function login(req, res, token: string) {
  res.cookie('__Host-token', token, { httpOnly: true, path: '/' })
  res.end()
}
`,
    },
    {
      name: 'clearing a token cookie',
      filename: 'server/logout.ts',
      code: `
export function logout(req, res) {
  res.cookie('jwt', '', { expires: new Date(0) })
  res.cookie('token', 'none', { maxAge: 0 })
  res.clearCookie('refresh_token')
  res.sendStatus(204)
}
`,
    },
    {
      name: 'Koa sets httpOnly itself and secure from the connection; Fastify merges the registration options',
      filename: 'server/koa.ts',
      code: `
export async function login(ctx, reply, token: string) {
  ctx.cookies.set('token', token)
  ctx.cookies.set('refresh_token', token, { signed: true, sameSite: 'strict' })
  reply.setCookie('token', token, { path: '/' })
}
`,
    },
    {
      name: 'Next.js cookies() with every attribute, also in the object form',
      filename: 'app/actions.ts',
      code: `
'use server'
import { cookies } from 'next/headers'
export async function signIn(accessToken: string) {
  const store = await cookies()
  store.set('session', accessToken, { httpOnly: true, secure: true, sameSite: 'lax' })
  ;(await cookies()).set({ name: 'token', value: accessToken, httpOnly: true, secure: true })
}
`,
    },
    {
      name: 'Hono with a __Host- prefix, and cookie.serialize with every attribute',
      filename: 'server/hono.ts',
      code: `
import { setCookie } from 'hono/cookie'
import { serialize } from 'cookie'
export function issue(c, jwt: string) {
  setCookie(c, 'token', jwt, { httpOnly: true, prefix: 'host' })
  return new Response(null, { headers: { 'Set-Cookie': serialize('token', jwt, { httpOnly: true, secure: true }) } })
}
`,
    },
    {
      name: 'Set-Cookie headers with every attribute, and one that is not a token',
      filename: 'server/raw.ts',
      code: `
export function issue(req, res, token: string) {
  res.setHeader('Set-Cookie', ['theme=dark; Path=/', \`token=\${token}; Path=/; HttpOnly; Secure; SameSite=Strict\`])
  res.end()
}
`,
    },
    {
      name: 'document.cookie clearing a token cookie',
      filename: 'src/logout.ts',
      code: `
export function logout() {
  document.cookie = 'token=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'
  location.assign('/login')
}
`,
    },
    {
      name: 'document.cookie and js-cookie for preferences',
      filename: 'src/prefs.ts',
      code: `
import Cookies from 'js-cookie'
export function remember(theme: string, locale: string) {
  document.cookie = \`theme=\${theme}; path=/; max-age=31536000\`
  Cookies.set('locale', locale, { expires: 365 })
}
`,
    },
    {
      name: 'a cookie jar of an HTTP client and a request Cookie header in a test',
      filename: 'tests/login.test.ts',
      code: `
import { CookieJar } from 'tough-cookie'
import request from 'supertest'
export async function loggedIn(app, token: string) {
  const jar = new CookieJar()
  await jar.setCookie(\`token=\${token}\`, 'https://app.example.com')
  return request(app).get('/me').set('Cookie', \`token=\${token}\`)
}
`,
    },
    {
      name: 'sameSite left out is reported only with requireSameSite',
      filename: 'server/login.ts',
      code: `
export function login(req, res, token: string) {
  res.cookie('token', token, { httpOnly: true, secure: true })
  res.end()
}
`,
    },
    {
      name: 'a method named cookie on something that is not a response',
      filename: 'server/cart.ts',
      code: `
export function persist(cart: { cookie(name: string, value: string): void }, token: string) {
  cart.cookie('token', token)
}
`,
    },
  ],
  invalid: [
    {
      name: 'Express: a signed JWT without httpOnly and secure',
      filename: 'server/login.ts',
      code: `
import jwt from 'jsonwebtoken'
export function login(req, res) {
  const token = jwt.sign({ sub: req.user.id }, process.env.JWT_SECRET!, { expiresIn: '1h' })
  res.cookie('session', token, { maxAge: 3_600_000 })
  res.json({ ok: true })
}
`,
      errors: [
        {
          messageId: 'missingHttpOnly',
          data: { cookie: 'The `session` cookie', what: bearer, attribute: 'httpOnly: true' },
          line: 5,
          column: 32,
          endLine: 5,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'setAttribute',
              data: { text: 'httpOnly: true' },
              output: `
import jwt from 'jsonwebtoken'
export function login(req, res) {
  const token = jwt.sign({ sub: req.user.id }, process.env.JWT_SECRET!, { expiresIn: '1h' })
  res.cookie('session', token, { maxAge: 3_600_000, httpOnly: true })
  res.json({ ok: true })
}
`,
            },
          ],
        },
        {
          messageId: 'missingSecure',
          data: { cookie: 'The `session` cookie', what: bearer, attribute: 'secure: true' },
          line: 5,
          column: 32,
          endLine: 5,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'setAttribute',
              data: { text: 'secure: true' },
              output: `
import jwt from 'jsonwebtoken'
export function login(req, res) {
  const token = jwt.sign({ sub: req.user.id }, process.env.JWT_SECRET!, { expiresIn: '1h' })
  res.cookie('session', token, { maxAge: 3_600_000, secure: true })
  res.json({ ok: true })
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'Express: no options at all, in a chain',
      filename: 'server/login.ts',
      code: `
export function login(req, res, refreshToken: string) {
  res.status(200).cookie('refresh_token', refreshToken).json({ ok: true })
}
`,
      errors: [
        {
          messageId: 'missingHttpOnly',
          data: { cookie: 'The `refresh_token` cookie', what: bearer, attribute: 'httpOnly: true' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'setAttribute',
              data: { text: 'httpOnly: true' },
              output: `
export function login(req, res, refreshToken: string) {
  res.status(200).cookie('refresh_token', refreshToken, { httpOnly: true }).json({ ok: true })
}
`,
            },
          ],
        },
        {
          messageId: 'missingSecure',
          data: { cookie: 'The `refresh_token` cookie', what: bearer, attribute: 'secure: true' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'setAttribute',
              data: { text: 'secure: true' },
              output: `
export function login(req, res, refreshToken: string) {
  res.status(200).cookie('refresh_token', refreshToken, { secure: true }).json({ ok: true })
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'Express: httpOnly switched off',
      filename: 'server/login.ts',
      code: `
export function login(req, res, tokens) {
  res.cookie('id_token', tokens.id_token, { httpOnly: false, secure: true, sameSite: 'lax' })
  res.end()
}
`,
      errors: [
        {
          messageId: 'missingHttpOnly',
          data: { cookie: 'The `id_token` cookie', what: 'an ID token', attribute: 'httpOnly: true' },
          line: 3,
          column: 45,
          endLine: 3,
          endColumn: 60,
          suggestions: [
            {
              messageId: 'setAttribute',
              data: { text: 'httpOnly: true' },
              output: `
export function login(req, res, tokens) {
  res.cookie('id_token', tokens.id_token, { httpOnly: true, secure: true, sameSite: 'lax' })
  res.end()
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'options from a local constant that lacks secure',
      filename: 'server/login.ts',
      code: `
const cookieOptions = { httpOnly: true, path: '/' }
export function login(req, res, token: string) {
  res.cookie('token', token, cookieOptions)
  res.end()
}
`,
      errors: [
        {
          messageId: 'missingSecure',
          data: { cookie: 'The `token` cookie', what: bearer, attribute: 'secure: true' },
          line: 4,
          column: 30,
          endLine: 4,
          endColumn: 43,
        },
      ],
    },
    {
      name: 'Koa: httpOnly and secure switched off',
      filename: 'server/koa.ts',
      code: `
export async function login(ctx, next) {
  ctx.cookies.set('jwt', ctx.state.jwt, { httpOnly: false, secure: false })
  await next()
}
`,
      errors: [
        {
          messageId: 'missingHttpOnly',
          data: { cookie: 'The `jwt` cookie', what: bearer, attribute: 'httpOnly: true' },
          line: 3,
          column: 43,
          endLine: 3,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'setAttribute',
              data: { text: 'httpOnly: true' },
              output: `
export async function login(ctx, next) {
  ctx.cookies.set('jwt', ctx.state.jwt, { httpOnly: true, secure: false })
  await next()
}
`,
            },
          ],
        },
        {
          messageId: 'missingSecure',
          data: { cookie: 'The `jwt` cookie', what: bearer, attribute: 'secure: true' },
          line: 3,
          column: 60,
          endLine: 3,
          endColumn: 73,
          suggestions: [
            {
              messageId: 'setAttribute',
              data: { text: 'secure: true' },
              output: `
export async function login(ctx, next) {
  ctx.cookies.set('jwt', ctx.state.jwt, { httpOnly: false, secure: true })
  await next()
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'Fastify: secure switched off',
      filename: 'server/fastify.ts',
      code: `
export async function login(request, reply) {
  const token = await reply.jwtSign({ sub: request.user.id })
  return reply.setCookie('token', token, { path: '/', secure: false }).send({ ok: true })
}
`,
      errors: [
        {
          messageId: 'missingSecure',
          data: { cookie: 'The `token` cookie', what: bearer, attribute: 'secure: true' },
          line: 4,
          column: 55,
          endLine: 4,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'setAttribute',
              data: { text: 'secure: true' },
              output: `
export async function login(request, reply) {
  const token = await reply.jwtSign({ sub: request.user.id })
  return reply.setCookie('token', token, { path: '/', secure: true }).send({ ok: true })
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'Next.js cookies().set in the object form without secure',
      filename: 'app/actions.ts',
      code: `
'use server'
import { cookies } from 'next/headers'
export async function signIn(accessToken: string) {
  ;(await cookies()).set({ name: 'token', value: accessToken, httpOnly: true })
}
`,
      errors: [
        {
          messageId: 'missingSecure',
          data: { cookie: 'The `token` cookie', what: bearer, attribute: 'secure: true' },
          line: 5,
          column: 26,
          endLine: 5,
          endColumn: 79,
          suggestions: [
            {
              messageId: 'setAttribute',
              data: { text: 'secure: true' },
              output: `
'use server'
import { cookies } from 'next/headers'
export async function signIn(accessToken: string) {
  ;(await cookies()).set({ name: 'token', value: accessToken, httpOnly: true, secure: true })
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'NextResponse cookies without httpOnly',
      filename: 'app/api/login/route.ts',
      code: `
import { NextResponse } from 'next/server'
export async function POST(request: Request) {
  const { access_token } = await request.json()
  const response = NextResponse.json({ ok: true })
  response.cookies.set('access_token', access_token, { secure: true, sameSite: 'strict' })
  return response
}
`,
      errors: [
        {
          messageId: 'missingHttpOnly',
          data: { cookie: 'The `access_token` cookie', what: bearer, attribute: 'httpOnly: true' },
          line: 6,
          column: 54,
          endLine: 6,
          endColumn: 90,
          suggestions: [
            {
              messageId: 'setAttribute',
              data: { text: 'httpOnly: true' },
              output: `
import { NextResponse } from 'next/server'
export async function POST(request: Request) {
  const { access_token } = await request.json()
  const response = NextResponse.json({ ok: true })
  response.cookies.set('access_token', access_token, { secure: true, sameSite: 'strict', httpOnly: true })
  return response
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'Hono setCookie with secure only',
      filename: 'server/hono.ts',
      code: `
import { setCookie } from 'hono/cookie'
export function issue(c, jwt: string) {
  setCookie(c, 'jwt', jwt, { secure: true })
  return c.json({ ok: true })
}
`,
      errors: [
        {
          messageId: 'missingHttpOnly',
          data: { cookie: 'The `jwt` cookie', what: bearer, attribute: 'httpOnly: true' },
          line: 4,
          column: 28,
          endLine: 4,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'setAttribute',
              data: { text: 'httpOnly: true' },
              output: `
import { setCookie } from 'hono/cookie'
export function issue(c, jwt: string) {
  setCookie(c, 'jwt', jwt, { secure: true, httpOnly: true })
  return c.json({ ok: true })
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'cookie.serialize without httpOnly, in a Set-Cookie header',
      filename: 'server/raw.ts',
      code: `
import cookie from 'cookie'
export function issue(res, accessToken: string) {
  res.setHeader('Set-Cookie', cookie.serialize('access_token', accessToken, { secure: true, path: '/' }))
  res.end()
}
`,
      errors: [
        {
          messageId: 'missingHttpOnly',
          data: { cookie: 'The `access_token` cookie', what: bearer, attribute: 'httpOnly: true' },
          line: 4,
          column: 77,
          endLine: 4,
          endColumn: 104,
          suggestions: [
            {
              messageId: 'setAttribute',
              data: { text: 'httpOnly: true' },
              output: `
import cookie from 'cookie'
export function issue(res, accessToken: string) {
  res.setHeader('Set-Cookie', cookie.serialize('access_token', accessToken, { secure: true, path: '/', httpOnly: true }))
  res.end()
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a Set-Cookie header template without Secure',
      filename: 'server/raw.ts',
      code: `
export function issue(res, token: string) {
  res.setHeader('Set-Cookie', \`session=\${token}; Path=/; HttpOnly\`)
  res.end()
}
`,
      errors: [
        {
          messageId: 'missingSecure',
          data: { cookie: 'The `session` cookie', what: bearer, attribute: 'Secure' },
          line: 3,
          column: 31,
          endLine: 3,
          endColumn: 67,
          suggestions: [
            {
              messageId: 'setAttribute',
              data: { text: 'Secure' },
              output: `
export function issue(res, token: string) {
  res.setHeader('Set-Cookie', \`session=\${token}; Path=/; HttpOnly; Secure\`)
  res.end()
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a Lambda response with multiValueHeaders',
      filename: 'server/lambda.ts',
      code: `
export const handler = async (event) => {
  const { idToken } = JSON.parse(event.body)
  return { statusCode: 200, multiValueHeaders: { 'Set-Cookie': [\`id_token=\${idToken}; Secure; SameSite=Lax\`] }, body: '' }
}
`,
      errors: [
        {
          messageId: 'missingHttpOnly',
          data: { cookie: 'The `id_token` cookie', what: 'an ID token', attribute: 'HttpOnly' },
          line: 4,
          column: 65,
          endLine: 4,
          endColumn: 108,
          suggestions: [
            {
              messageId: 'setAttribute',
              data: { text: 'HttpOnly' },
              output: `
export const handler = async (event) => {
  const { idToken } = JSON.parse(event.body)
  return { statusCode: 200, multiValueHeaders: { 'Set-Cookie': [\`id_token=\${idToken}; Secure; SameSite=Lax; HttpOnly\`] }, body: '' }
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'document.cookie holding a token',
      filename: 'src/login.ts',
      code: `
export function onLogin(response: { access_token: string }) {
  document.cookie = \`token=\${response.access_token}; path=/; Secure; SameSite=Strict\`
}
`,
      errors: [
        {
          messageId: 'scriptCookie',
          data: { setter: 'document.cookie', what: bearer },
          line: 3,
          column: 21,
          endLine: 3,
          endColumn: 86,
        },
      ],
    },
    {
      name: 'js-cookie holding a token',
      filename: 'src/login.ts',
      code: `
import Cookies from 'js-cookie'
export function onLogin(jwt: string) {
  Cookies.set('jwt', jwt, { secure: true, sameSite: 'strict' })
}
`,
      errors: [
        {
          messageId: 'scriptCookie',
          data: { setter: 'Cookies.set', what: bearer },
          line: 4,
          column: 22,
          endLine: 4,
          endColumn: 25,
        },
      ],
    },
    {
      name: 'sameSite is required with requireSameSite',
      filename: 'server/login.ts',
      options: [{ requireSameSite: true }],
      code: `
export function login(req, res, token: string) {
  res.cookie('token', token, { httpOnly: true, secure: true })
  res.end()
}
`,
      errors: [
        {
          messageId: 'missingSameSite',
          data: { cookie: 'The `token` cookie', what: bearer, attribute: 'sameSite' },
          line: 3,
          column: 30,
          endLine: 3,
          endColumn: 62,
          suggestions: [
            {
              messageId: 'setAttribute',
              data: { text: "sameSite: 'lax'" },
              output: `
export function login(req, res, token: string) {
  res.cookie('token', token, { httpOnly: true, secure: true, sameSite: 'lax' })
  res.end()
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'the incoming Authorization header copied into a cookie with an unknown name',
      filename: 'server/bridge.ts',
      code: `
export function bridge(req, res, name: string) {
  res.cookie(name, req.headers.authorization, { secure: true })
  res.end()
}
`,
      errors: [
        {
          messageId: 'missingHttpOnly',
          data: { cookie: 'This cookie', what: 'the `Authorization` header', attribute: 'httpOnly: true' },
          line: 3,
          column: 47,
          endLine: 3,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'setAttribute',
              data: { text: 'httpOnly: true' },
              output: `
export function bridge(req, res, name: string) {
  res.cookie(name, req.headers.authorization, { secure: true, httpOnly: true })
  res.end()
}
`,
            },
          ],
        },
      ],
    },
  ],
})

cjsRuleTester.run(`${rule.name} (CommonJS)`, rule, {
  assertionOptions,
  valid: [
    {
      name: 'Express with every attribute',
      filename: 'server/login.js',
      code: `
const express = require('express')
const router = express.Router()
router.post('/login', (req, res) => {
  res.cookie('token', req.user.token, { httpOnly: true, secure: true, sameSite: 'lax' }).json({ ok: true })
})
module.exports = router
`,
    },
  ],
  invalid: [
    {
      name: 'a Set-Cookie header built by concatenation in writeHead',
      filename: 'server/raw.js',
      code: `
module.exports = function login(req, res, token) {
  res.writeHead(302, { Location: '/', 'Set-Cookie': 'token=' + token + '; Path=/' })
  res.end()
}
`,
      errors: [
        {
          messageId: 'missingHttpOnly',
          data: { cookie: 'The `token` cookie', what: bearer, attribute: 'HttpOnly' },
          line: 3,
          column: 53,
          endLine: 3,
          endColumn: 82,
          suggestions: [
            {
              messageId: 'setAttribute',
              data: { text: 'HttpOnly' },
              output: `
module.exports = function login(req, res, token) {
  res.writeHead(302, { Location: '/', 'Set-Cookie': 'token=' + token + '; Path=/; HttpOnly' })
  res.end()
}
`,
            },
          ],
        },
        {
          messageId: 'missingSecure',
          data: { cookie: 'The `token` cookie', what: bearer, attribute: 'Secure' },
          line: 3,
          column: 53,
          endLine: 3,
          endColumn: 82,
          suggestions: [
            {
              messageId: 'setAttribute',
              data: { text: 'Secure' },
              output: `
module.exports = function login(req, res, token) {
  res.writeHead(302, { Location: '/', 'Set-Cookie': 'token=' + token + '; Path=/; Secure' })
  res.end()
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'res.append with a trailing semicolon',
      filename: 'server/raw.js',
      code: `
exports.refresh = (req, res, refreshToken) => {
  res.append('Set-Cookie', \`refreshToken=\${refreshToken}; HttpOnly;\`)
  res.end()
}
`,
      errors: [
        {
          messageId: 'missingSecure',
          data: { cookie: 'The `refreshToken` cookie', what: bearer, attribute: 'Secure' },
          line: 3,
          column: 28,
          endLine: 3,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'setAttribute',
              data: { text: 'Secure' },
              output: `
exports.refresh = (req, res, refreshToken) => {
  res.append('Set-Cookie', \`refreshToken=\${refreshToken}; HttpOnly; Secure\`)
  res.end()
}
`,
            },
          ],
        },
      ],
    },
  ],
})
