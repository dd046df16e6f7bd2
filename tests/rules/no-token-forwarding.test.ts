import rule from '../../src/rules/no-token-forwarding.js'
import { assertionOptions, cjsRuleTester, ruleTester } from '../rule-tester.js'

const header = "the caller's `Authorization` header"
const token = "the caller's bearer token"

const forwarded = (what: string, client: string, line: number, column: number, endColumn: number, name = 'Authorization') => ({
  messageId: 'tokenForwarded' as const,
  data: { what, header: name, client },
  line,
  column,
  endLine: line,
  endColumn,
})

ruleTester.run(rule.name, rule, {
  assertionOptions,
  valid: [
    {
      name: 'a new token obtained by token exchange (RFC 8693) and then sent',
      filename: 'server/invoices.ts',
      code: `
export async function GET(request: Request) {
  const subjectToken = request.headers.get('authorization')!.replace(/^Bearer\\s+/i, '')
  const exchange = await fetch('https://login.example.com/oauth2/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: \`Basic \${process.env.CLIENT_CREDENTIALS}\` },
    body: new URLSearchParams({
      grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
      subject_token: subjectToken,
      subject_token_type: 'urn:ietf:params:oauth:token-type:access_token',
      audience: 'https://billing.example.com',
    }),
  })
  const { access_token } = await exchange.json()
  const invoices = await fetch('https://billing.example.com/invoices', { headers: { Authorization: \`Bearer \${access_token}\` } })
  return Response.json(await invoices.json())
}
`,
    },
    {
      name: 'forwarding to an allowed prefix (an internal gateway)',
      filename: 'server/bff.ts',
      options: [{ allowedUrlPrefixes: ['https://gateway.internal/'] }],
      code: `
import express from 'express'
const app = express()
app.get('/api/orders', async (req, res) => {
  const upstream = await fetch('https://gateway.internal/orders', { headers: { authorization: req.headers.authorization! } })
  res.status(upstream.status).json(await upstream.json())
})
`,
    },
    {
      name: 'forwarding through an axios instance whose base URL is allowed',
      filename: 'server/bff.ts',
      options: [{ allowedUrlPrefixes: ['https://gateway.internal/'] }],
      code: `
import axios from 'axios'
const gateway = axios.create({ baseURL: 'https://gateway.internal/api' })
export async function handler(req, res) {
  const { data } = await gateway.get('/orders', { headers: { Authorization: req.get('Authorization') } })
  res.json(data)
}
`,
    },
    {
      name: 'a URL not known statically while prefixes are configured',
      filename: 'server/bff.ts',
      options: [{ allowedUrlPrefixes: ['https://gateway.internal/'] }],
      code: `
export async function handler(req, res) {
  const upstream = await fetch(\`\${process.env.GATEWAY_URL}/users\`, { headers: { Authorization: req.headers.authorization } })
  res.json(await upstream.json())
}
`,
    },
    {
      name: 'outbound calls outside request handlers: a service token and an interceptor',
      filename: 'server/catalog.ts',
      code: `
import axios from 'axios'
axios.interceptors.request.use((config) => {
  config.headers.Authorization = \`Bearer \${process.env.SERVICE_TOKEN}\`
  return config
})
export async function refreshCatalog(serviceToken: string) {
  return fetch('https://catalog.example.com/items', { headers: { Authorization: \`Bearer \${serviceToken}\` } })
}
`,
    },
    {
      name: 'a token issued in a response header, then used',
      filename: 'server/sync.ts',
      code: `
export async function sync() {
  const login = await fetch('https://auth.example.com/login', { method: 'POST' })
  const authorization = login.headers.get('Authorization')!
  return fetch('https://catalog.example.com/items', { headers: { Authorization: authorization } })
}
export function retry(response: Response, loginResponse: Response) {
  fetch('https://catalog.example.com/items', { headers: { Authorization: response.headers.get('authorization')! } })
  return fetch('https://catalog.example.com/items', { headers: { Authorization: loginResponse.headers.get('authorization')! } })
}
`,
    },
    {
      name: "the caller's token sent to the OIDC UserInfo endpoint",
      filename: 'server/me.ts',
      code: `
export async function GET(request: Request) {
  const userinfo = await fetch(\`\${process.env.ISSUER}/userinfo\`, { headers: { authorization: request.headers.get('authorization')! } })
  return Response.json(await userinfo.json())
}
`,
    },
    {
      name: "the service's own client-credentials token",
      filename: 'server/reports.ts',
      code: `
import got from 'got'
import { getServiceToken } from './service-auth'
export async function handler(req, res) {
  if (!req.headers.authorization) return res.sendStatus(401)
  const serviceToken = await getServiceToken('https://reports.example.com')
  const report = await got('https://reports.example.com/v1/daily', { headers: { Authorization: \`Bearer \${serviceToken}\` } }).json()
  res.json(report)
}
`,
    },
    {
      name: 'tracing and request-id headers copied from the request, the user id from verified claims',
      filename: 'server/orders.ts',
      code: `
export async function handler(req, res) {
  const response = await fetch('https://billing.example.com/orders', {
    headers: {
      traceparent: req.headers.traceparent,
      'x-request-id': req.get('x-request-id'),
      'x-user-id': req.auth.sub,
      Authorization: \`Bearer \${process.env.BILLING_API_KEY}\`,
    },
  })
  res.json(await response.json())
}
`,
    },
    {
      name: 'a helper that takes the token as a parameter is not a request handler',
      filename: 'server/client.ts',
      code: `
export function callBilling(authorization: string) {
  return fetch('https://billing.example.com/invoices', { headers: { Authorization: authorization } })
}
export async function handler(req, res) {
  res.json(await (await callBilling(process.env.BILLING_TOKEN!)).json())
}
`,
    },
    {
      name: 'the incoming header only checked, the outbound call in another function',
      filename: 'server/check.ts',
      code: `
let pending: Promise<Response> | undefined
export function schedule(apiKey: string) {
  pending = fetch('https://jobs.example.com/run', { headers: { Authorization: \`ApiKey \${apiKey}\` } })
}
export function handler(req, res) {
  const authorization = req.headers.authorization
  if (!authorization?.startsWith('Bearer ')) return res.sendStatus(401)
  res.json({ scheduled: Boolean(pending) })
}
`,
    },
    {
      name: 'a next-auth session access token (issued to this app) on a server action',
      filename: 'app/actions.ts',
      code: `
'use server'
import { auth } from '@/auth'
export async function loadRepos() {
  const session = await auth()
  return fetch('https://api.github.com/user/repos', { headers: { Authorization: \`Bearer \${session?.accessToken}\` } })
}
`,
    },
    {
      name: 'the incoming token verified, then a signed service token sent',
      filename: 'server/sign.ts',
      code: `
import jwt from 'jsonwebtoken'
export async function handler(req, res) {
  const claims = jwt.verify(req.headers.authorization!.slice(7), process.env.PUBLIC_KEY!, { algorithms: ['RS256'], audience: 'orders', issuer: 'https://login.example.com' })
  const serviceToken = jwt.sign({ sub: claims.sub, aud: 'billing' }, process.env.SERVICE_KEY!, { algorithm: 'RS256', expiresIn: '1m' })
  const response = await fetch('https://billing.example.com/charge', { method: 'POST', headers: { Authorization: \`Bearer \${serviceToken}\` } })
  res.json(await response.json())
}
`,
    },
    {
      name: 'a local object that is not a request',
      filename: 'server/fixtures.ts',
      code: `
export async function seed() {
  const req = { headers: { authorization: \`Bearer \${process.env.SEED_TOKEN}\` } }
  return fetch('https://api.example.com/seed', { headers: { Authorization: req.headers.authorization } })
}
`,
    },
    {
      name: 'a relative URL under an allowed prefix',
      filename: 'server/proxy.ts',
      options: [{ allowedUrlPrefixes: ['/internal/'] }],
      code: `
export async function handler(req, res) {
  const response = await fetch('/internal/profile', { headers: { Authorization: req.headers.authorization } })
  res.json(await response.json())
}
`,
    },
    {
      name: "requests back to this service's own origin",
      filename: 'server/compose.ts',
      code: `
export async function handler(req, res) {
  const other = await fetch(\`\${req.protocol}://\${req.get('host')}/api/other\`, { headers: { authorization: req.headers.authorization } })
  res.json(await other.json())
}
export async function GET(request: Request) {
  return fetch(new URL('/api/other', request.url), { headers: { authorization: request.headers.get('authorization')! } })
}
`,
    },
  ],
  invalid: [
    {
      name: 'Express and fetch: the token stripped from the header, sent again as a bearer',
      filename: 'server/invoices.ts',
      code: `
import express from 'express'
const router = express.Router()
router.get('/invoices', async (req, res) => {
  const token = req.headers.authorization?.split(' ')[1]
  const response = await fetch('https://billing.partner.com/invoices', { headers: { Authorization: \`Bearer \${token}\` } })
  res.json(await response.json())
})
`,
      errors: [forwarded(token, 'fetch', 6, 100, 117)],
    },
    {
      name: 'Express and axios.post: the destructured header',
      filename: 'server/notes.ts',
      code: `
import axios from 'axios'
export async function createNote(req, res) {
  const { authorization } = req.headers
  const { data } = await axios.post('https://crm.example.com/notes', req.body, { headers: { authorization } })
  res.status(201).json(data)
}
`,
      errors: [forwarded(header, 'axios.post', 5, 93, 106, 'authorization')],
    },
    {
      name: 'Koa: ctx.get() forwarded with got',
      filename: 'server/koa.ts',
      code: `
import Koa from 'koa'
import got from 'got'
const app = new Koa()
app.use(async (ctx) => {
  ctx.body = await got('https://partner.example.com/profile', { headers: { Authorization: ctx.get('Authorization') } }).json()
})
`,
      errors: [forwarded(header, 'got', 6, 91, 115)],
    },
    {
      name: 'Koa: the header set on a superagent request',
      filename: 'server/koa.ts',
      code: `
import Router from '@koa/router'
import superagent from 'superagent'
const router = new Router()
router.get('/orders', async (ctx) => {
  const res = await superagent.get('https://billing.example.com/orders').set('Authorization', ctx.headers.authorization!)
  ctx.body = res.body
})
`,
      errors: [forwarded(header, 'superagent', 6, 95, 121)],
    },
    {
      name: 'Hono',
      filename: 'server/hono.ts',
      code: `
import { Hono } from 'hono'
const app = new Hono()
app.get('/profile', async (c) => {
  const response = await fetch('https://partner.example.com/profile', { headers: { Authorization: c.req.header('Authorization')! } })
  return c.json(await response.json())
})
`,
      errors: [forwarded(header, 'fetch', 5, 99, 129)],
    },
    {
      name: 'a Next.js route handler',
      filename: 'app/api/me/route.ts',
      code: `
export async function GET(request: Request) {
  const response = await fetch('https://partner.example.com/me', { headers: { authorization: request.headers.get('authorization') ?? '' } })
  return Response.json(await response.json())
}
`,
      errors: [forwarded(header, 'fetch', 3, 94, 136, 'authorization')],
    },
    {
      name: 'a Next.js server action reading headers()',
      filename: 'app/actions.ts',
      code: `
'use server'
import { headers } from 'next/headers'
import got from 'got'
export async function sync() {
  const authorization = (await headers()).get('authorization')
  return got.post('https://partner.example.com/sync', { headers: { authorization } }).json()
}
`,
      errors: [forwarded(header, 'got.post', 7, 68, 81, 'authorization')],
    },
    {
      name: 'a NestJS @Headers parameter forwarded with ky',
      filename: 'server/orders.controller.ts',
      code: `
import { Controller, Get, Headers } from '@nestjs/common'
import ky from 'ky'
@Controller('orders')
export class OrdersController {
  @Get()
  list(@Headers('authorization') authorization: string) {
    return ky.get('https://billing.example.com/orders', { headers: { Authorization: authorization } }).json()
  }
}
`,
      errors: [forwarded(header, 'ky.get', 8, 85, 98)],
    },
    {
      name: 'an AWS Lambda handler',
      filename: 'server/lambda.ts',
      code: `
export const handler = async (event) => {
  const response = await fetch('https://partner.example.com/x', { headers: { Authorization: event.headers.Authorization } })
  return { statusCode: response.status, body: await response.text() }
}
`,
      errors: [forwarded(header, 'fetch', 3, 93, 120)],
    },
    {
      name: 'an API Gateway TOKEN authorizer',
      filename: 'server/authorizer.ts',
      code: `
export const authorize = async (event) => {
  const check = await fetch('https://sso.partner.com/check', { headers: { Authorization: event.authorizationToken } })
  return { principalId: 'user', policyDocument: await check.json() }
}
`,
      errors: [forwarded(token, 'fetch', 3, 90, 114)],
    },
    {
      name: 'Fastify and an axios instance for another service',
      filename: 'server/fastify.ts',
      code: `
import Fastify from 'fastify'
import axios from 'axios'
const billing = axios.create({ baseURL: 'https://billing.example.com' })
const app = Fastify()
app.get('/balance', async (request) => {
  const { data } = await billing.get('/balance', { headers: { Authorization: request.headers.authorization } })
  return data
})
`,
      errors: [forwarded(header, 'billing.get', 7, 78, 107)],
    },
    {
      name: 'a Headers object filled in the handler',
      filename: 'server/headers.ts',
      code: `
export async function handler(req, res) {
  const headers = new Headers({ accept: 'application/json' })
  headers.set('Authorization', req.headers.authorization)
  const response = await fetch('https://partner.example.com/items', { headers })
  res.json(await response.json())
}
`,
      errors: [forwarded(header, 'fetch', 4, 32, 57)],
    },
    {
      name: 'a URL outside the allowed prefixes',
      filename: 'server/bff.ts',
      options: [{ allowedUrlPrefixes: ['https://gateway.internal/'] }],
      code: `
export async function handler(req, res) {
  const response = await fetch('https://analytics.example.com/events', { headers: { Authorization: req.headers.authorization } })
  res.json(await response.json())
}
`,
      errors: [forwarded(header, 'fetch', 3, 100, 125)],
    },
    {
      name: 'an open proxy: the target URL comes from the query string',
      filename: 'server/proxy.ts',
      code: `
export async function proxy(req, res) {
  const upstream = await fetch(req.query.target, { headers: { authorization: req.headers.authorization } })
  res.status(upstream.status).send(await upstream.text())
}
`,
      errors: [forwarded(header, 'fetch', 3, 78, 103, 'authorization')],
    },
    {
      name: 'an axios default header set from a request',
      filename: 'server/global.ts',
      code: `
import axios from 'axios'
export function rememberCaller(req, res, next) {
  axios.defaults.headers.common.Authorization = req.headers.authorization
  next()
}
`,
      errors: [forwarded(header, 'axios.defaults.headers.common', 4, 49, 74)],
    },
    {
      name: 'a NestJS @Headers() object',
      filename: 'server/users.controller.ts',
      code: `
import { Controller, Get, Headers } from '@nestjs/common'
@Controller('users')
export class UsersController {
  @Get('me')
  async me(@Headers() requestHeaders: Record<string, string>) {
    const response = await fetch('https://directory.example.com/me', { headers: { Authorization: requestHeaders.authorization } })
    return response.json()
  }
}
`,
      errors: [forwarded(header, 'fetch', 7, 98, 126)],
    },
  ],
})

cjsRuleTester.run(`${rule.name} (CommonJS)`, rule, {
  assertionOptions,
  valid: [
    {
      name: 'forwarding to an allowed internal service over http.request',
      filename: 'server/proxy.js',
      options: [{ allowedUrlPrefixes: ['http://orders.internal:8080/'] }],
      code: `
const http = require('node:http')
module.exports = function proxy(req, res) {
  http.request('http://orders.internal:8080/orders', { headers: { authorization: req.headers['authorization'] } }, (upstream) => upstream.pipe(res)).end()
}
`,
    },
  ],
  invalid: [
    {
      name: 'http.request to another service',
      filename: 'server/proxy.js',
      code: `
const https = require('node:https')
module.exports = function proxy(req, res) {
  https.request('https://partner.example.com/orders', { headers: { authorization: req.headers['authorization'] } }, (upstream) => upstream.pipe(res)).end()
}
`,
      errors: [forwarded(header, 'https.request', 4, 83, 111, 'authorization')],
    },
    {
      name: 'superagent .auth() with the stripped token',
      filename: 'server/client.js',
      code: `
const request = require('superagent')
exports.orders = async (req, res) => {
  const bearer = req.get('authorization').replace('Bearer ', '')
  const upstream = await request.get('https://billing.example.com/orders').auth(bearer, { type: 'bearer' })
  res.json(upstream.body)
}
`,
      errors: [forwarded(token, 'superagent', 5, 81, 87)],
    },
  ],
})
