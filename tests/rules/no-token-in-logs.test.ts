import rule from '../../src/rules/no-token-in-logs.js'
import { assertionOptions, cjsRuleTester, ruleTester } from '../rule-tester.js'

ruleTester.run(rule.name, rule, {
  assertionOptions,
  valid: [
    {
      name: 'only the length, a presence flag and a masked prefix',
      code: `
import jwt from 'jsonwebtoken'
export function issue(userId: string) {
  const token = jwt.sign({ sub: userId }, process.env.JWT_SECRET!, { expiresIn: '15m' })
  console.log('issued token', { length: token.length, present: !!token, preview: token.slice(0, 8) + '…' })
  return token
}
`,
    },
    {
      name: 'verified and decoded claims are not the token',
      code: `
import jwt from 'jsonwebtoken'
import { jwtDecode } from 'jwt-decode'
import { logger } from './logger'
export function authenticate(token: string, key: string) {
  const claims = jwt.verify(token, key, { algorithms: ['RS256'] }) as jwt.JwtPayload
  logger.info('authenticated', { sub: claims.sub, scope: claims.scope })
  console.debug('expires at', jwtDecode(token).exp)
  return claims
}
`,
    },
    {
      name: 'what a function of this file returns is followed only when it signs a token, not its parameter names',
      code: `
function describeToken(token) {
  return token
}
export function trace(node) {
  console.debug('at', describeToken(node.kind))
}
`,
    },
    {
      name: 'language-model token counters',
      code: `
export async function complete(openai, prompt: string) {
  const maxTokens = 1024
  const response = await openai.chat.completions.create({ model: 'gpt-4o', max_tokens: maxTokens, messages: [{ role: 'user', content: prompt }] })
  const { usage } = response
  console.log(\`used \${usage.total_tokens} tokens (prompt \${usage.prompt_tokens}, completion \${usage.completion_tokens})\`)
  console.log('limit', maxTokens, response.usage.input_tokens)
  return response
}
`,
    },
    {
      name: 'lexer tokens from a loop and an array callback',
      code: `
export function dump(source: string, tokenize: (s: string) => { type: string; value: string }[]) {
  const tokens = tokenize(source)
  for (const token of tokens) console.log(token.type, token)
  tokens.forEach((token) => console.debug(token))
  console.log(tokens[0])
}
`,
    },
    {
      name: 'a lexer token typed as an object',
      code: `
interface Token { type: string; value: string }
export function report(token: Token, logger: { warn(...args: unknown[]): void }) {
  logger.warn('unexpected token', token)
}
`,
    },
    {
      name: 'CSRF tokens, pagination and design tokens',
      code: `
export function handler(req, res, page, colorTokens) {
  console.log('csrf', req.csrfToken(), req.body.csrfToken, req.headers['x-csrf-token'])
  console.debug('next page', page.nextPageToken)
  console.table(colorTokens)
}
`,
    },
    {
      name: 'a hash or a masking function of the token',
      code: `
import { createHash } from 'node:crypto'
import { logger } from './logger'
export function audit(token: string) {
  logger.info('token fingerprint', createHash('sha256').update(token).digest('hex'))
  console.log('token', maskToken(token), redact(token))
}
`,
    },
    {
      name: 'the token goes to calls that are not loggers',
      code: `
export function respond(res, token: string, history) {
  res.json({ token })
  history.push(token)
  console.log('log of length', Math.log(token.length))
}
`,
    },
    {
      name: 'request headers other than Authorization',
      code: `
export function trace(req) {
  console.log(req.headers['user-agent'], req.headers.host, req.get('content-type'))
}
`,
    },
    {
      name: 'the decoded session in next-auth callbacks',
      code: `
export const authOptions = {
  callbacks: {
    async jwt({ token, account }) {
      if (account) token.provider = account.provider
      console.log('jwt callback', token)
      return token
    },
  },
}
`,
    },
    {
      name: 'single-use link tokens',
      code: `
import crypto from 'node:crypto'
export function sendReset(logger, user) {
  const resetToken = crypto.randomBytes(32).toString('hex')
  logger.info('password reset requested', { user: user.id, resetToken })
  return resetToken
}
`,
    },
    {
      name: 'presence only, through a conditional',
      code: `
export function check(accessToken?: string) {
  console.log(accessToken ? 'access token present' : 'no access token')
}
`,
    },
    {
      name: 'a verify error',
      code: `
import jwt from 'jsonwebtoken'
export function check(token: string, key: string) {
  jwt.verify(token, key, { algorithms: ['HS256'] }, (err, decoded) => {
    if (err) console.error('verify failed', err.message)
  })
}
`,
    },
    {
      name: 'an axios config whose Authorization header is not logged',
      code: `
import axios from 'axios'
axios.interceptors.request.use((config) => {
  console.debug('request', config.method, config.url, config.headers['Content-Type'])
  return config
})
`,
    },
    {
      name: 'a module named jwt is not a token',
      code: `
import jwt from 'jsonwebtoken'
console.log('jsonwebtoken loaded', typeof jwt, Object.keys(jwt))
`,
    },
    {
      name: 'a token value in a file with a custom name list',
      options: [{'tokenNames':['jwt']}],
      code: `
export function show(logger, session) {
  logger.info('session token', session.token)
}
`,
    },
    {
      name: 'push-notification and captcha tokens',
      filename: 'src/notifications.ts',
      code: `
import { getMessaging, getToken } from 'firebase/messaging'
export async function register(app, grecaptcha, siteKey: string) {
  const messaging = getMessaging(app)
  const token = await getToken(messaging, { vapidKey: process.env.VAPID_KEY })
  console.log('FCM registration token', token)
  const captchaToken = await grecaptcha.execute(siteKey, { action: 'login' })
  console.debug('captcha', captchaToken)
}
`,
    },
    {
      name: 'next-auth getToken returns the decoded session',
      code: `
import { getToken } from 'next-auth/jwt'
export async function middleware(req) {
  const token = await getToken({ req, secret: process.env.NEXTAUTH_SECRET })
  console.log('session', token)
}
`,
    },
    {
      name: 'the headers of a response',
      code: `
export async function probe(url: string, res) {
  const response = await fetch(url)
  console.log(response.status, response.headers)
  console.log(res.headers)
}
`,
    },
    {
      name: 'a parser reading tokens one by one',
      code: `
export function parse(source: string, Lexer) {
  const lexer = new Lexer(source)
  let token = lexer.next()
  while (token) {
    console.log(token)
    token = this.nextToken()
  }
}
`,
    },
  ],
  invalid: [
    {
      // The file has no token-like text: only the custom name, written with other separators, lets the rule in.
      name: 'a custom token name written in another case and with separators',
      options: [{ tokenNames: ['apiKey'] }],
      code: 'export function show(api_key: string) { console.log(api_key) }',
      errors: [
        {
          messageId: 'tokenInLog',
          data: { logger: 'console.log', what: 'a bearer token' },
          line: 1,
          column: 53,
          endLine: 1,
          endColumn: 60,
          suggestions: [
            { messageId: 'logPresence', data: { text: 'api_key' }, output: 'export function show(api_key: string) { console.log(Boolean(api_key)) }' },
          ],
        },
      ],
    },
    {
      name: 'a signed token',
      code: `
import jwt from 'jsonwebtoken'
export function issue(userId: string) {
  const token = jwt.sign({ sub: userId }, process.env.JWT_SECRET!, { expiresIn: '15m' })
  console.log('issued token', token)
  return token
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { logger: 'console.log', what: 'a bearer token' },
          line: 5,
          column: 31,
          endLine: 5,
          endColumn: 36,
          suggestions: [
            { messageId: 'logPresence', data: { text: 'token' }, output: `
import jwt from 'jsonwebtoken'
export function issue(userId: string) {
  const token = jwt.sign({ sub: userId }, process.env.JWT_SECRET!, { expiresIn: '15m' })
  console.log('issued token', Boolean(token))
  return token
}
` },
          ],
        },
      ],
    },
    {
      name: 'the Authorization header in a template literal',
      code: `
import { logger } from './logger'
export function authenticate(req, res, next) {
  logger.info(\`auth header: \${req.headers.authorization}\`)
  next()
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { logger: 'logger.info', what: 'a value built with the `Authorization` header' },
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 58,
        },
      ],
    },
    {
      name: 'the whole request headers',
      code: `
export function handler(req, res) {
  console.log('incoming request headers', req.headers)
  res.sendStatus(204)
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { logger: 'console.log', what: 'the request headers, `Authorization` included' },
          line: 3,
          column: 43,
          endLine: 3,
          endColumn: 54,
        },
      ],
    },
    {
      name: 'pino: the headers inside a logged object',
      code: `
import pino from 'pino'
const log = pino()
export async function onRequest(request) {
  log.info({ method: request.method, headers: request.headers }, 'request')
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { logger: 'log.info', what: 'a value that holds the request headers, `Authorization` included' },
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 64,
        },
      ],
    },
    {
      name: 'NestJS logger in a guard, after Bearer stripping',
      code: `
import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common'
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name)
  canActivate(context: ExecutionContext) {
    const request = context.switchToHttp().getRequest()
    const [type, token] = request.headers.authorization?.split(' ') ?? []
    this.logger.debug(\`\${type} token: \${token}\`)
    return type === 'Bearer'
  }
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { logger: 'this.logger.debug', what: 'a value built with the `Authorization` header' },
          line: 9,
          column: 23,
          endLine: 9,
          endColumn: 48,
        },
      ],
    },
    {
      name: 'winston logger and a token response',
      code: `
import winston from 'winston'
const logger = winston.createLogger({ level: 'debug' })
export async function exchange(client, code: string) {
  const { tokens } = await client.getToken(code)
  logger.debug('google tokens', tokens.access_token)
  return tokens
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { logger: 'logger.debug', what: 'a bearer token' },
          line: 6,
          column: 33,
          endLine: 6,
          endColumn: 52,
          suggestions: [
            { messageId: 'logPresence', data: { text: 'tokens.access_token' }, output: `
import winston from 'winston'
const logger = winston.createLogger({ level: 'debug' })
export async function exchange(client, code: string) {
  const { tokens } = await client.getToken(code)
  logger.debug('google tokens', Boolean(tokens.access_token))
  return tokens
}
` },
          ],
        },
      ],
    },
    {
      name: 'a debug logger',
      code: `
import createDebug from 'debug'
const debug = createDebug('app:auth')
export function remember(req) {
  const token = req.cookies.jwt
  debug('session cookie %s', token)
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { logger: 'debug', what: 'a bearer token' },
          line: 6,
          column: 30,
          endLine: 6,
          endColumn: 35,
          suggestions: [
            { messageId: 'logPresence', data: { text: 'token' }, output: `
import createDebug from 'debug'
const debug = createDebug('app:auth')
export function remember(req) {
  const token = req.cookies.jwt
  debug('session cookie %s', Boolean(token))
}
` },
          ],
        },
      ],
    },
    {
      name: 'bunyan with a token in the fields',
      code: `
import bunyan from 'bunyan'
const log = bunyan.createLogger({ name: 'api' })
export function reject(jwt: string) {
  log.warn({ jwt }, 'rejected token')
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { logger: 'log.warn', what: 'a value built with a bearer token' },
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 19,
        },
      ],
    },
    {
      name: 'log4js with concatenation',
      code: `
import log4js from 'log4js'
const logger = log4js.getLogger('auth')
export function failed(token: string) {
  logger.error('verify failed for ' + token)
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { logger: 'logger.error', what: 'a value built with a bearer token' },
          line: 5,
          column: 16,
          endLine: 5,
          endColumn: 44,
        },
      ],
    },
    {
      name: 'an MSAL ID token',
      code: `
export async function signIn(msalInstance, request) {
  const result = await msalInstance.acquireTokenSilent(request)
  console.debug('signed in', result.idToken)
  return result
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { logger: 'console.debug', what: 'an ID token' },
          line: 4,
          column: 30,
          endLine: 4,
          endColumn: 44,
          suggestions: [
            { messageId: 'logPresence', data: { text: 'result.idToken' }, output: `
export async function signIn(msalInstance, request) {
  const result = await msalInstance.acquireTokenSilent(request)
  console.debug('signed in', Boolean(result.idToken))
  return result
}
` },
          ],
        },
      ],
    },
    {
      name: 'a Firebase ID token',
      code: `
export async function callApi(user) {
  const idToken = await user.getIdToken()
  console.log('firebase token', idToken)
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { logger: 'console.log', what: 'an ID token' },
          line: 4,
          column: 33,
          endLine: 4,
          endColumn: 40,
          suggestions: [
            { messageId: 'logPresence', data: { text: 'idToken' }, output: `
export async function callApi(user) {
  const idToken = await user.getIdToken()
  console.log('firebase token', Boolean(idToken))
}
` },
          ],
        },
      ],
    },
    {
      name: 'the token stripped from the header',
      code: `
export function authenticate(req, res, next) {
  const authHeader = req.get('Authorization')
  const token = authHeader && authHeader.split(' ')[1]
  console.info('token:', token)
  next()
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { logger: 'console.info', what: 'the bearer token from the `Authorization` header' },
          line: 5,
          column: 26,
          endLine: 5,
          endColumn: 31,
          suggestions: [
            { messageId: 'logPresence', data: { text: 'token' }, output: `
export function authenticate(req, res, next) {
  const authHeader = req.get('Authorization')
  const token = authHeader && authHeader.split(' ')[1]
  console.info('token:', Boolean(token))
  next()
}
` },
          ],
        },
      ],
    },
    {
      name: 'a Lambda event header',
      code: `
export const handler = async (event) => {
  console.log('Authorization', event.headers.Authorization)
  return { statusCode: 200 }
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { logger: 'console.log', what: 'the `Authorization` header' },
          line: 3,
          column: 32,
          endLine: 3,
          endColumn: 59,
          suggestions: [
            { messageId: 'logPresence', data: { text: 'event.headers.Authorization' }, output: `
export const handler = async (event) => {
  console.log('Authorization', Boolean(event.headers.Authorization))
  return { statusCode: 200 }
}
` },
          ],
        },
      ],
    },
    {
      name: 'JSON of an object with tokens',
      code: `
export async function login(api, credentials) {
  const res = await api.post('/login', credentials)
  const { accessToken, refreshToken } = res.data
  console.log(JSON.stringify({ accessToken, refreshToken }))
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { logger: 'console.log', what: 'a value built with a bearer token' },
          line: 5,
          column: 15,
          endLine: 5,
          endColumn: 60,
        },
      ],
    },
    {
      name: 'a Fastify request logger',
      code: `
export async function preHandler(request) {
  request.log.info(\`token=\${request.headers['x-access-token']}\`)
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { logger: 'request.log.info', what: 'a value built with the `Authorization` header' },
          line: 3,
          column: 20,
          endLine: 3,
          endColumn: 64,
        },
      ],
    },
    {
      name: 'NestJS static Logger with the suggestion',
      code: `
import { Logger } from '@nestjs/common'
export function keep(accessToken: string) {
  Logger.log(accessToken)
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { logger: 'Logger.log', what: 'a bearer token' },
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 25,
          suggestions: [
            { messageId: 'logPresence', data: { text: 'accessToken' }, output: `
import { Logger } from '@nestjs/common'
export function keep(accessToken: string) {
  Logger.log(Boolean(accessToken))
}
` },
          ],
        },
      ],
    },
    {
      name: 'an auth0-spa-js token',
      code: `
export async function load(auth0) {
  const token = await auth0.getTokenSilently()
  console.warn(token)
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { logger: 'console.warn', what: 'a bearer token' },
          line: 4,
          column: 16,
          endLine: 4,
          endColumn: 21,
          suggestions: [
            { messageId: 'logPresence', data: { text: 'token' }, output: `
export async function load(auth0) {
  const token = await auth0.getTokenSilently()
  console.warn(Boolean(token))
}
` },
          ],
        },
      ],
    },
    {
      name: 'next-auth getToken with raw: true',
      code: `
import { getToken } from 'next-auth/jwt'
export async function GET(req) {
  const token = await getToken({ req, raw: true })
  console.log('raw session token', token)
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { logger: 'console.log', what: 'a bearer token' },
          line: 5,
          column: 36,
          endLine: 5,
          endColumn: 41,
          suggestions: [
            { messageId: 'logPresence', data: { text: 'token' }, output: `
import { getToken } from 'next-auth/jwt'
export async function GET(req) {
  const token = await getToken({ req, raw: true })
  console.log('raw session token', Boolean(token))
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
      name: 'CommonJS: a logger reading only the expiry',
      code: `
const jwt = require('jsonwebtoken')
const logger = require('pino')()
module.exports = function expiry(token) {
  const { exp } = jwt.decode(token)
  logger.info({ exp }, 'token expiry')
}
`,
    },
  ],
  invalid: [
    {
      name: 'CommonJS: a callback-style sign',
      code: `
const jwt = require('jsonwebtoken')
module.exports = function issue(payload, secret, done) {
  jwt.sign(payload, secret, { expiresIn: '1h' }, (err, token) => {
    console.log('signed', token)
    done(err, token)
  })
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { logger: 'console.log', what: 'a bearer token' },
          line: 5,
          column: 27,
          endLine: 5,
          endColumn: 32,
          suggestions: [
            { messageId: 'logPresence', data: { text: 'token' }, output: `
const jwt = require('jsonwebtoken')
module.exports = function issue(payload, secret, done) {
  jwt.sign(payload, secret, { expiresIn: '1h' }, (err, token) => {
    console.log('signed', Boolean(token))
    done(err, token)
  })
}
` },
          ],
        },
      ],
    },
  ],
})
