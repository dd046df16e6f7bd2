import rule from '../../src/rules/no-token-in-url.js'
import { assertionOptions, cjsRuleTester, ruleTester } from '../rule-tester.js'

ruleTester.run(rule.name, rule, {
  assertionOptions,
  valid: [
    {
      name: 'a signed password-reset link',
      filename: 'server/mail.ts',
      code: `
import jwt from 'jsonwebtoken'
export function resetLink(userId: string) {
  const token = jwt.sign({ sub: userId, purpose: 'reset' }, process.env.RESET_SECRET!, { expiresIn: '15m' })
  return \`\${process.env.APP_URL}/reset-password?token=\${token}\`
}
`,
    },
    {
      name: 'a signed link whose purpose is only in a constant after the token (the URL text is read whole)',
      filename: 'server/mail.ts',
      code: `
import jwt from 'jsonwebtoken'
const purpose = '&purpose=verify-email'
export function buildUrl(userId: string) {
  const token = jwt.sign({ sub: userId }, process.env.LINK_SECRET!, { expiresIn: '15m' })
  return \`https://app.example.com/links?token=\${token}\${purpose}\`
}
`,
    },
    {
      name: 'an e-mail verification route reading the query',
      filename: 'server/routes.ts',
      code: `
import express from 'express'
const router = express.Router()
router.get('/verify-email', async (req, res) => {
  const { token } = req.query
  const token2 = req.query.token
  res.json({ ok: Boolean(token && token2) })
})
`,
    },
    {
      name: 'invitation and unsubscribe links',
      filename: 'server/invite.ts',
      code: `
export function links(app: string, inviteToken: string, unsubscribeToken: string) {
  return [\`\${app}/invitations/accept?token=\${inviteToken}\`, \`\${app}/unsubscribe/\${unsubscribeToken}\`]
}
`,
    },
    {
      name: 'an authorization request with code, state and PKCE',
      filename: 'src/login.ts',
      code: `
export function authorizeUrl(issuer: string, clientId: string, state: string, challenge: string) {
  return \`\${issuer}/authorize?response_type=code&client_id=\${clientId}&state=\${state}&code_challenge=\${challenge}&code_challenge_method=S256\`
}
`,
    },
    {
      name: 'OIDC logout with id_token_hint',
      filename: 'src/logout.ts',
      code: `
export function logout(issuer: string, idToken: string) {
  window.location.href = \`\${issuer}/logout?id_token_hint=\${idToken}&post_logout_redirect_uri=\${encodeURIComponent(location.origin)}\`
}
`,
    },
    {
      name: 'a refresh token in a form body',
      filename: 'server/refresh.ts',
      code: `
export async function refresh(tokenUrl: string, refreshToken: string) {
  const body = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken })
  const form = \`grant_type=refresh_token&refresh_token=\${refreshToken}\`
  await fetch(tokenUrl, { method: 'POST', body: form })
  return fetch(tokenUrl, { method: 'POST', body })
}
`,
    },
    {
      name: 'the token in the Authorization header',
      filename: 'src/api.ts',
      code: `
export async function me(api: string, token: string) {
  return fetch(\`\${api}/me\`, { headers: { Authorization: \`Bearer \${token}\` } })
}
`,
    },
    {
      name: 'pagination and language-model parameters',
      filename: 'src/list.ts',
      code: `
export async function page(api: string, nextPageToken: string, maxTokens: number) {
  await fetch(\`\${api}/items?pageToken=\${nextPageToken}\`)
  return fetch(\`\${api}/complete?max_tokens=\${maxTokens}\`)
}
`,
    },
    {
      name: 'a presence flag and a length',
      filename: 'src/flags.ts',
      code: `
export function track(token: string) {
  return fetch(\`/metrics?hasToken=\${Boolean(token)}&len=\${token.length}\`)
}
`,
    },
    {
      name: 'an assignment below a property every object has (constructor) is not a navigation',
      code: `
export class Format {
  static use(token) {
    this.constructor.href = token
  }
}
`,
    },
    {
      name: 'a magic-link login route',
      filename: 'server/magic.ts',
      code: `
export function register(app) {
  app.get('/auth/magic-link', (req, res) => {
    const token = req.query.token
    res.redirect(\`/app?session=\${Boolean(token)}\`)
  })
}
`,
    },
    {
      name: 'a browser page reading ?token= from its own URL',
      filename: 'src/ResetPassword.tsx',
      code: `
import { useState } from 'react'
export function ResetPassword() {
  const [token] = useState(() => new URLSearchParams(window.location.search).get('token'))
  return <form data-token={token} />
}
`,
    },
    {
      name: 'messages, cache keys and cookies that are not URLs',
      filename: 'server/misc.ts',
      code: `
export async function misc(redis, token: string) {
  await redis.get(\`sessions/\${token}\`)
  document.cookie = \`token=\${token}; Secure; SameSite=Strict\`
  throw new Error(\`Invalid token? \${token}\`)
}
`,
    },
    {
      name: 'a CSRF token in a logout URL',
      filename: 'src/logout.ts',
      code: `
export function logoutUrl(csrfToken: string) {
  return \`/logout?csrf_token=\${csrfToken}\`
}
`,
    },
    {
      name: 'other query parameters on the server',
      filename: 'server/search.ts',
      code: `
export function search(req, res) {
  const { page, pageToken } = req.query
  res.json({ page, pageToken, sort: req.query.sort })
}
`,
    },
    {
      name: 'a token revocation endpoint that takes the token in the query',
      filename: 'server/google.ts',
      code: `
export function revoke(accessToken: string) {
  return fetch(\`https://oauth2.googleapis.com/revoke?token=\${accessToken}\`, { method: 'POST' })
}
`,
    },
    {
      name: 'setting a map entry is not a query parameter',
      filename: 'server/cache.ts',
      code: `
export function remember(cache: Map<string, string>, userId: string, token: string) {
  cache.set(userId, token)
  new Headers().set('authorization', \`Bearer \${token}\`)
}
`,
    },
    {
      name: 'a masked token in a URL',
      filename: 'src/debug.ts',
      code: `
export function debugUrl(token: string) {
  return \`/debug?token_prefix=\${token.slice(0, 6)}\`
}
`,
    },
    {
      name: 'static API keys from the configuration, taken in URLs by the APIs that issue them',
      filename: 'server/geo.ts',
      code: `
export function geocode(place: string) {
  const token = process.env.TELEGRAM_BOT_TOKEN
  fetch(\`https://api.telegram.org/bot\${token}/sendMessage?text=\${place}\`)
  return fetch(\`https://api.mapbox.com/geocoding/v5/mapbox.places/\${place}.json?access_token=\${process.env.MAPBOX_TOKEN}\`)
}
`,
    },
    {
      name: 'a captcha token sent for verification',
      filename: 'src/signup.ts',
      code: `
export async function check(grecaptcha, siteKey: string) {
  const token = await grecaptcha.execute(siteKey, { action: 'signup' })
  return fetch(\`/api/captcha?token=\${token}\`)
}
`,
    },
    {
      name: 'axios with the token in the body and the header',
      filename: 'src/data.ts',
      code: `
import axios from 'axios'
export async function load(accessToken: string, refreshToken: string, q: string) {
  await axios.post('/oauth/token', { grant_type: 'refresh_token', refresh_token: refreshToken })
  return axios.get('/api/data', { params: { q, pageToken: 'next' }, headers: { Authorization: \`Bearer \${accessToken}\` } })
}
`,
    },
  ],
  invalid: [
    {
      // espree gives JavaScript classes no \`decorators\` array: the parser check of this case runs it without one.
      name: 'a class method in plain JavaScript puts the token into a query parameter',
      code: `
export class Session {
  transfer(target, result) {
    const url = new URL(target)
    url.searchParams.set('access_token', result.accessToken)
    return url
  }
}
`,
      errors: [{ messageId: 'tokenInUrl', data: { what: 'a bearer token', part: 'query string' }, line: 5, column: 42, endLine: 5, endColumn: 60 }],
    },
    {
      name: 'a social-login callback redirects with the token in the query',
      filename: 'server/auth.ts',
      code: `
import jwt from 'jsonwebtoken'
export function googleCallback(req, res) {
  const token = jwt.sign({ sub: req.user.id }, process.env.JWT_SECRET!, { expiresIn: '7d' })
  res.redirect(\`\${process.env.CLIENT_URL}/auth/callback?token=\${token}\`)
}
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          data: { what: 'a bearer token', part: 'query string' },
          line: 5,
          column: 65,
          endLine: 5,
          endColumn: 70,
        },
      ],
    },
    {
      name: 'a token in the path of a redirect',
      filename: 'server/auth.ts',
      code: `
import { SignJWT } from 'jose'
export async function callback(req, res, key) {
  const accessToken = await new SignJWT({ sub: req.user.id }).setProtectedHeader({ alg: 'ES256' }).sign(key)
  res.redirect(302, \`\${process.env.FRONTEND_URL}/login/success/\${accessToken}\`)
}
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          data: { what: 'a bearer token', part: 'path' },
          line: 5,
          column: 66,
          endLine: 5,
          endColumn: 77,
        },
      ],
    },
    {
      name: 'a fragment',
      filename: 'src/handoff.ts',
      code: `
export function handOff(accessToken: string) {
  window.location.href = \`/app#access_token=\${accessToken}\`
}
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          data: { what: 'a bearer token', part: 'fragment' },
          line: 3,
          column: 47,
          endLine: 3,
          endColumn: 58,
        },
      ],
    },
    {
      name: 'fetch with a token from auth0',
      filename: 'src/api.ts',
      code: `
export async function me(api: string, auth0) {
  return fetch(\`\${api}/me?access_token=\${await auth0.getTokenSilently()}\`)
}
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          data: { what: 'a bearer token', part: 'query string' },
          line: 3,
          column: 42,
          endLine: 3,
          endColumn: 72,
        },
      ],
    },
    {
      name: 'axios with a token from localStorage',
      filename: 'src/reports.ts',
      code: `
import axios from 'axios'
export function reports() {
  const token = localStorage.getItem('token')
  return axios.get(\`/api/reports?jwt=\${token}\`)
}
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          data: { what: 'a bearer token', part: 'query string' },
          line: 5,
          column: 40,
          endLine: 5,
          endColumn: 45,
        },
      ],
    },
    {
      name: 'URLSearchParams that end up in a URL',
      filename: 'src/dashboard.ts',
      code: `
export function open(tokens: { access_token: string }) {
  const params = new URLSearchParams({ access_token: tokens.access_token, view: 'full' })
  window.location.assign(\`/dashboard?\${params}\`)
}
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          data: { what: 'a bearer token', part: 'query string' },
          line: 3,
          column: 54,
          endLine: 3,
          endColumn: 73,
        },
      ],
    },
    {
      name: 'url.searchParams.set with an ID token',
      filename: 'src/export.ts',
      code: `
export function exportUrl(api: string, idToken: string) {
  const url = new URL('/export', api)
  url.searchParams.set('auth', idToken)
  return url.toString()
}
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          data: { what: 'an ID token', part: 'query string' },
          line: 4,
          column: 32,
          endLine: 4,
          endColumn: 39,
        },
      ],
    },
    {
      name: 'window.open with an encoded token',
      filename: 'src/report.ts',
      code: `
export function openReport(reportUrl: string, token: string) {
  window.open(\`\${reportUrl}?token=\${encodeURIComponent(token)}\`, '_blank')
}
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          data: { what: 'a bearer token', part: 'query string' },
          line: 3,
          column: 37,
          endLine: 3,
          endColumn: 62,
        },
      ],
    },
    {
      name: 'a WebSocket URL',
      filename: 'src/live.ts',
      code: `
export async function connect(auth0) {
  const token = await auth0.getTokenSilently()
  return new WebSocket(\`wss://api.example.com/live?token=\${token}\`)
}
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          data: { what: 'a bearer token', part: 'query string' },
          line: 4,
          column: 60,
          endLine: 4,
          endColumn: 65,
        },
      ],
    },
    {
      name: 'the incoming bearer token forwarded in a URL',
      filename: 'server/legacy.ts',
      code: `
export function toLegacy(req, res) {
  const token = req.headers.authorization?.replace('Bearer ', '')
  res.redirect(\`\${process.env.LEGACY_URL}/session?t=\${token}\`)
}
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          data: { what: 'the bearer token from the `Authorization` header', part: 'query string' },
          line: 4,
          column: 55,
          endLine: 4,
          endColumn: 60,
        },
      ],
    },
    {
      name: 'express-jwt getToken falling back to the query',
      filename: 'server/middleware.ts',
      code: `
import { expressjwt } from 'express-jwt'
export const auth = expressjwt({
  secret: process.env.JWT_SECRET!,
  algorithms: ['HS256'],
  getToken: (req) => req.headers.authorization?.split(' ')[1] ?? (req.query.token as string),
})
`,
      errors: [
        {
          messageId: 'tokenFromQuery',
          data: { source: 'req.query.token' },
          line: 6,
          column: 67,
          endLine: 6,
          endColumn: 82,
        },
      ],
    },
    {
      name: 'passport-jwt reading the query, with the suggestion',
      filename: 'server/passport.ts',
      code: `
import { ExtractJwt, Strategy } from 'passport-jwt'
export const strategy = new Strategy(
  { jwtFromRequest: ExtractJwt.fromUrlQueryParameter('token'), secretOrKey: process.env.JWT_SECRET!, algorithms: ['HS256'] },
  (payload, done) => done(null, payload),
)
`,
      errors: [
        {
          messageId: 'tokenFromQuery',
          data: { source: "ExtractJwt.fromUrlQueryParameter('token')" },
          line: 4,
          column: 21,
          endLine: 4,
          endColumn: 62,
          suggestions: [
            { messageId: 'useHeaderExtractor', data: { replacement: 'ExtractJwt.fromAuthHeaderAsBearerToken()' }, output: `
import { ExtractJwt, Strategy } from 'passport-jwt'
export const strategy = new Strategy(
  { jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_SECRET!, algorithms: ['HS256'] },
  (payload, done) => done(null, payload),
)
` },
          ],
        },
      ],
    },
    {
      name: 'destructuring the token from the query',
      filename: 'server/download.ts',
      code: `
export function report(req, res) {
  const { access_token } = req.query
  res.json({ ok: Boolean(access_token) })
}
`,
      errors: [
        {
          messageId: 'tokenFromQuery',
          data: { source: 'req.query.access_token' },
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 23,
        },
      ],
    },
    {
      name: 'a Lambda query string parameter',
      filename: 'server/handler.ts',
      code: `
export const handler = async (event) => {
  const token = event.queryStringParameters?.token
  return { statusCode: token ? 200 : 401 }
}
`,
      errors: [
        {
          messageId: 'tokenFromQuery',
          data: { source: 'event.queryStringParameters?.token' },
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 51,
        },
      ],
    },
    {
      name: 'Hono c.req.query',
      filename: 'server/app.ts',
      code: `
import { Hono } from 'hono'
const app = new Hono()
app.get('/api/data', (c) => {
  const jwt = c.req.query('jwt')
  return c.json({ ok: Boolean(jwt) })
})
`,
      errors: [
        {
          messageId: 'tokenFromQuery',
          data: { source: "c.req.query('jwt')" },
          line: 5,
          column: 15,
          endLine: 5,
          endColumn: 33,
        },
      ],
    },
    {
      name: 'a Next.js route handler reading searchParams',
      filename: 'app/api/export/route.ts',
      code: `
import { NextRequest } from 'next/server'
export async function GET(request: NextRequest) {
  const token = request.nextUrl.searchParams.get('access_token')
  return Response.json({ ok: Boolean(token) })
}
`,
      errors: [
        {
          messageId: 'tokenFromQuery',
          data: { source: "request.nextUrl.searchParams.get('access_token')" },
          line: 4,
          column: 17,
          endLine: 4,
          endColumn: 65,
        },
      ],
    },
    {
      name: 'socket.io handshake query',
      filename: 'server/socket.ts',
      code: `
export function authenticate(io) {
  io.use((socket, next) => {
    const token = socket.handshake.query.token
    next(token ? undefined : new Error('unauthorized'))
  })
}
`,
      errors: [
        {
          messageId: 'tokenFromQuery',
          data: { source: 'socket.handshake.query.token' },
          line: 4,
          column: 19,
          endLine: 4,
          endColumn: 47,
        },
      ],
    },
    {
      name: 'axios query parameters',
      filename: 'src/data.ts',
      code: `
import axios from 'axios'
export function load(accessToken: string, q: string) {
  return axios.get('/api/data', { params: { q, access_token: accessToken } })
}
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          data: { what: 'a bearer token', part: 'query string' },
          line: 4,
          column: 62,
          endLine: 4,
          endColumn: 73,
        },
      ],
    },
  ],
})

cjsRuleTester.run(rule.name, rule, {
  assertionOptions,
  valid: [
    {
      name: 'CommonJS: reset and verify handlers named through a catchAsync wrapper',
      filename: 'src/controllers/auth.controller.js',
      code: `
const resetPassword = catchAsync(async (req, res) => {
  await authService.resetPassword(req.query.token, req.body.password)
  res.status(204).send()
})
const verifyEmail = catchAsync(async (req, res) => {
  await authService.verifyEmail(req.query.token)
  res.status(204).send()
})
module.exports = { resetPassword, verifyEmail }
`,
    },
    {
      name: 'CommonJS: a reset route',
      filename: 'server/reset.js',
      code: `
const jwt = require('jsonwebtoken')
module.exports = function sendPasswordReset(user, mailer) {
  const token = jwt.sign({ sub: user.id }, process.env.RESET_SECRET, { expiresIn: '1h' })
  return mailer.send(user.email, process.env.APP_URL + '/reset?token=' + token)
}
`,
    },
  ],
  invalid: [
    {
      name: 'CommonJS: a wrapped handler whose name is not about links, and a callback of a method call, which takes no name from it',
      filename: 'src/controllers/user.controller.js',
      code: `
const getProfile = catchAsync(async (req, res) => {
  res.send(await userService.fromToken(req.query.token))
})
const resetLinks = links.map((req) => userService.fromToken(req.query.token))
module.exports = { getProfile, resetLinks }
`,
      errors: [
        { messageId: 'tokenFromQuery', data: { source: 'req.query.token' }, line: 3, column: 40, endLine: 3, endColumn: 55 },
        { messageId: 'tokenFromQuery', data: { source: 'req.query.token' }, line: 5, column: 61, endLine: 5, endColumn: 76 },
      ],
    },
    {
      name: 'CommonJS: concatenation with a signed token',
      filename: 'server/sso.js',
      code: `
const jwt = require('jsonwebtoken')
module.exports = function sso(req, res) {
  res.redirect('/app?token=' + jwt.sign({ sub: req.user.id }, process.env.JWT_SECRET))
}
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          data: { what: 'a bearer token', part: 'query string' },
          line: 4,
          column: 32,
          endLine: 4,
          endColumn: 86,
        },
      ],
    },
  ],
})
