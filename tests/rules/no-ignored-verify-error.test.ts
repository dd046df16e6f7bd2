import rule from '../../src/rules/no-ignored-verify-error.js'
import { assertionOptions, cjsRuleTester, ruleTester } from '../rule-tester.js'

ruleTester.run(rule.name, rule, {
  assertionOptions,
  valid: [
    {
      name: 'callback that checks err first and answers 401',
      code: `
import jwt from 'jsonwebtoken'
export function auth(req, res, next) {
  jwt.verify(req.token, publicKey, { algorithms: ['RS256'] }, (err, decoded) => {
    if (err) return res.status(401).json({ error: 'invalid token' })
    req.user = decoded
    next()
  })
}
`,
    },
    {
      name: 'callback that logs, then passes err to next',
      code: `
import { verify } from 'jsonwebtoken'
export function auth(req, res, next) {
  verify(req.token, publicKey, { algorithms: ['RS256'] }, function (err, decoded) {
    if (err) {
      console.error(err)
      return next(err)
    }
    req.user = decoded
    next()
  })
}
`,
    },
    {
      name: 'err branch logs, next() only on the else branch',
      code: `
import jwt from 'jsonwebtoken'
export function auth(req, res, next) {
  jwt.verify(req.token, publicKey, { algorithms: ['RS256'] }, (err, decoded) => {
    if (err) {
      logger.warn({ err }, 'token rejected')
    } else {
      req.user = decoded
      next()
    }
  })
}
`,
    },
    {
      name: 'Koa: catch that throws 401',
      code: `
import jwt from 'jsonwebtoken'
export async function auth(ctx, next) {
  try {
    ctx.state.user = jwt.verify(ctx.token, publicKey, { algorithms: ['RS256'] })
  } catch (err) {
    ctx.throw(401, err)
  }
  await next()
}
`,
    },
    {
      name: 'Promise wrapper that rejects on err',
      code: `
import jwt from 'jsonwebtoken'
export const verifyAsync = (token: string) =>
  new Promise((resolve, reject) =>
    jwt.verify(token, publicKey, { algorithms: ['RS256'] }, (err, decoded) => (err ? reject(err) : resolve(decoded))),
  )
`,
    },
    {
      name: 'passport-style done(null, false) on error',
      code: `
import jwt from 'jsonwebtoken'
export function strategy(token: string, done) {
  jwt.verify(token, publicKey, { algorithms: ['RS256'] }, (err, payload) => {
    if (err) return done(null, false)
    done(null, payload)
  })
}
`,
    },
    {
      name: 'a local function named verify whose callback ignores its argument',
      code: `
function verify(token: string, cb: (value: string) => void) {
  cb(token)
}
export function auth(req, res, next) {
  verify(req.token, () => next())
}
`,
    },
    {
      name: 'awaited jose verify in try/catch answering 401',
      code: `
import { jwtVerify } from 'jose'
export async function auth(req, res, next) {
  try {
    const { payload } = await jwtVerify(req.token, jwks, { issuer: 'https://issuer.example' })
    req.user = payload
  } catch {
    return res.status(401).json({ error: 'invalid token' })
  }
  next()
}
`,
    },
    {
      name: 'awaited verify whose catch passes the error on',
      code: `
import * as jose from 'jose'
export async function auth(req, res, next) {
  try {
    req.user = (await jose.jwtVerify(req.token, jwks)).payload
    next()
  } catch (err) {
    next(err)
  }
}
`,
    },
    {
      name: 'catch that throws',
      code: `
import jwt from 'jsonwebtoken'
export function auth(req, res, next) {
  try {
    req.user = jwt.verify(req.token, publicKey, { algorithms: ['RS256'] })
  } catch (error) {
    throw new UnauthorizedError('invalid token', { cause: error })
  }
  next()
}
`,
    },
    {
      name: 'catch that lets public routes through and rejects the rest',
      code: `
import jwt from 'jsonwebtoken'
export function auth(req, res, next) {
  try {
    req.user = jwt.verify(req.token, publicKey, { algorithms: ['RS256'] })
  } catch {
    if (isPublicRoute(req)) return next()
    return res.sendStatus(401)
  }
  next()
}
`,
    },
    {
      name: 'catch that answers on every switch case',
      code: `
import jwt from 'jsonwebtoken'
export function auth(req, res, next) {
  try {
    req.user = jwt.verify(req.token, publicKey, { algorithms: ['RS256'] })
  } catch (error) {
    switch (error.name) {
      case 'TokenExpiredError':
        return res.status(401).json({ error: 'expired' })
      default:
        return res.status(401).json({ error: 'invalid' })
    }
  }
  next()
}
`,
    },
    {
      name: 'a boolean helper that returns false from its catch',
      code: `
import jwt from 'jsonwebtoken'
export function isValid(token: string) {
  try {
    jwt.verify(token, publicKey, { algorithms: ['RS256'] })
    return true
  } catch {
    return false
  }
}
`,
    },
    {
      name: '.then().catch() chain answering 401',
      code: `
import { jwtVerify } from 'jose'
export function auth(req, res, next) {
  jwtVerify(req.token, jwks)
    .then(({ payload }) => {
      req.user = payload
      next()
    })
    .catch(() => res.status(401).end())
}
`,
    },
    {
      name: '.catch(next) passes the error on',
      code: `
import { jwtVerify } from 'jose'
export const auth = (req, res, next) =>
  jwtVerify(req.token, jwks)
    .then(({ payload }) => {
      req.user = payload
      next()
    })
    .catch(next)
`,
    },
    {
      name: 'a catch that turns failure into null, checked afterwards',
      code: `
import { jwtVerify } from 'jose'
export async function auth(req, res, next) {
  const result = await jwtVerify(req.token, jwks).catch(() => null)
  if (!result) return res.sendStatus(401)
  req.user = result.payload
  next()
}
`,
    },
    {
      name: 'returned or awaited Promises',
      code: `
import { jwtVerify } from 'jose'
export const verifyToken = (token: string) => jwtVerify(token, jwks)
export async function check(token: string) {
  const pending = jwtVerify(token, jwks)
  if (await jwtVerify(token, jwks)) return pending
}
`,
    },
    {
      name: 'an exported Promise is for the importer to await',
      code: `
import { jwtVerify } from 'jose'
export const serviceToken = jwtVerify(process.env.SERVICE_TOKEN!, jwks)
`,
    },
    {
      name: 'a callback passed by name',
      code: `
import jwt from 'jsonwebtoken'
export function auth(req, res, next) {
  jwt.verify(req.token, publicKey, { algorithms: ['RS256'] }, onVerified)
}
`,
    },
    {
      name: 'trying several keys, throwing when none matches',
      code: `
import jwt from 'jsonwebtoken'
export function authenticate(token: string, keys: string[]) {
  for (const key of keys) {
    try {
      return jwt.verify(token, key, { algorithms: ['RS256'] })
    } catch {
      // try the next key
    }
  }
  throw new Error('no key matched')
}
`,
    },
  ],
  invalid: [
    {
      name: 'callback never reads err',
      code: `
import jwt from 'jsonwebtoken'
export function auth(req, res, next) {
  jwt.verify(req.token, publicKey, { algorithms: ['RS256'] }, (err, decoded) => {
    req.user = decoded
    next()
  })
}
`,
      errors: [
        {
          messageId: 'callbackErrorUnused',
          data: { api: 'jsonwebtoken.verify', name: 'err' },
          line: 4,
          column: 64,
          endLine: 4,
          endColumn: 67,
        },
      ],
    },
    {
      name: 'callback uses decoded before checking err',
      code: `
import { verify } from 'jsonwebtoken'
export function auth(req, res, next) {
  verify(req.token, publicKey, { algorithms: ['RS256'] }, function (err, decoded) {
    req.user = decoded
    if (err) return res.sendStatus(401)
    next()
  })
}
`,
      errors: [
        {
          messageId: 'decodedBeforeErrorCheck',
          data: { api: 'jsonwebtoken.verify', name: 'err', decoded: 'decoded' },
          line: 5,
          column: 16,
          endLine: 5,
          endColumn: 23,
        },
      ],
    },
    {
      name: 'callback only logs err and carries on',
      code: `
import * as jwt from 'jsonwebtoken'
export function auth(req, res, next) {
  jwt.verify(req.token, publicKey, { algorithms: ['RS256'] }, (err, decoded) => {
    if (err) console.error('token rejected', err)
    req.user = decoded
    next()
  })
}
`,
      errors: [
        {
          messageId: 'callbackErrorNotStopped',
          data: { api: 'jsonwebtoken.verify', name: 'err' },
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 12,
        },
      ],
    },
    {
      name: 'err branch only logs, next() runs after the if/else',
      code: `
import jwt from 'jsonwebtoken'
export function optionalAuth(req, res, next) {
  jwt.verify(req.token, publicKey, { algorithms: ['RS256'] }, (err, decoded) => {
    if (err) {
      console.warn(\`token rejected: \${err.message}\`)
    } else {
      req.user = decoded
    }
    next()
  })
}
`,
      errors: [
        {
          messageId: 'callbackErrorNotStopped',
          data: { api: 'jsonwebtoken.verify', name: 'err' },
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 12,
        },
      ],
    },
    {
      name: 'Koa: empty catch, then await next()',
      code: `
import jwt from 'jsonwebtoken'
export async function auth(ctx, next) {
  try {
    ctx.state.user = jwt.verify(ctx.token, publicKey, { algorithms: ['RS256'] })
  } catch {}
  await next()
}
`,
      errors: [
        {
          messageId: 'swallowedVerifyError',
          data: { api: 'jsonwebtoken.verify' },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 13,
        },
      ],
    },
    {
      name: 'try/catch that logs, then next() after the try',
      code: `
import * as jwt from 'jsonwebtoken'
export function auth(req, res, next) {
  try {
    req.user = jwt.verify(req.token, publicKey, { algorithms: ['RS256'] })
  } catch (error) {
    console.warn(error)
  }
  next()
}
`,
      errors: [
        {
          messageId: 'swallowedVerifyError',
          data: { api: 'jsonwebtoken.verify' },
          line: 6,
          column: 5,
          endLine: 8,
          endColumn: 4,
        },
      ],
    },
    {
      name: 'catch that stops only for expired tokens',
      code: `
import jwt from 'jsonwebtoken'
export function auth(req, res, next) {
  try {
    req.user = jwt.verify(req.token, publicKey, { algorithms: ['RS256'] })
  } catch (error) {
    if (error instanceof jwt.TokenExpiredError) return res.status(401).json({ error: 'expired' })
    return next()
  }
  next()
}
`,
      errors: [
        {
          messageId: 'swallowedVerifyError',
          data: { api: 'jsonwebtoken.verify' },
          line: 6,
          column: 5,
          endLine: 9,
          endColumn: 4,
        },
      ],
    },
    {
      name: 'jose jwtVerify as an if condition in an async handler',
      code: `
import { jwtVerify } from 'jose'
export async function auth(req, res, next) {
  if (jwtVerify(req.token, jwks, { issuer: 'https://issuer.example' })) next()
  else res.sendStatus(401)
}
`,
      errors: [
        {
          messageId: 'unawaitedVerify',
          data: { api: 'jose.jwtVerify' },
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 71,
          suggestions: [
            { messageId: 'addAwait', data: {  }, output: `
import { jwtVerify } from 'jose'
export async function auth(req, res, next) {
  if (await jwtVerify(req.token, jwks, { issuer: 'https://issuer.example' })) next()
  else res.sendStatus(401)
}
` },
          ],
        },
      ],
    },
    {
      name: 'jose jwtVerify negated in a non-async function: no await suggestion',
      code: `
import * as jose from 'jose'
export function auth(req, res, next) {
  if (!jose.jwtVerify(req.token, jwks)) return res.sendStatus(401)
  next()
}
`,
      errors: [
        {
          messageId: 'unawaitedVerify',
          data: { api: 'jose.jwtVerify' },
          line: 4,
          column: 8,
          endLine: 4,
          endColumn: 39,
          suggestions: [],
        },
      ],
    },
    {
      name: 'floating jwtVerify inside try',
      code: `
import { jwtVerify } from 'jose'
export async function auth(req, res, next) {
  try {
    jwtVerify(req.token, jwks)
  } catch {
    return res.sendStatus(401)
  }
  next()
}
`,
      errors: [
        {
          messageId: 'floatingVerify',
          data: { api: 'jose.jwtVerify', inTry: ', and the surrounding try catches nothing' },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 31,
          suggestions: [
            { messageId: 'addAwait', data: {  }, output: `
import { jwtVerify } from 'jose'
export async function auth(req, res, next) {
  try {
    await jwtVerify(req.token, jwks)
  } catch {
    return res.sendStatus(401)
  }
  next()
}
` },
          ],
        },
      ],
    },
    {
      name: 'await import of jose, the Promise kept in a variable and tested',
      code: `
export async function auth(req, res, next) {
  const { jwtVerify } = await import('jose')
  const valid = jwtVerify(req.token, jwks)
  if (valid) return next()
  res.sendStatus(401)
}
`,
      errors: [
        {
          messageId: 'unawaitedVerify',
          data: { api: 'jose.jwtVerify' },
          line: 4,
          column: 17,
          endLine: 4,
          endColumn: 43,
          suggestions: [
            { messageId: 'addAwait', data: {  }, output: `
export async function auth(req, res, next) {
  const { jwtVerify } = await import('jose')
  const valid = await jwtVerify(req.token, jwks)
  if (valid) return next()
  res.sendStatus(401)
}
` },
          ],
        },
      ],
    },
    {
      name: 'a Promise stored in a variable that is never read',
      code: `
import { jwtVerify } from 'jose'
export async function auth(req, res, next) {
  const verification = jwtVerify(req.token, jwks)
  next()
}
`,
      errors: [
        {
          messageId: 'floatingVerify',
          data: { api: 'jose.jwtVerify', inTry: '' },
          line: 4,
          column: 24,
          endLine: 4,
          endColumn: 50,
          suggestions: [
            { messageId: 'addAwait', data: {  }, output: `
import { jwtVerify } from 'jose'
export async function auth(req, res, next) {
  const verification = await jwtVerify(req.token, jwks)
  next()
}
` },
          ],
        },
      ],
    },
    {
      name: '.catch that calls next()',
      code: `
import { jwtVerify } from 'jose'
export function auth(req, res, next) {
  jwtVerify(req.token, jwks)
    .then(({ payload }) => {
      req.user = payload
      next()
    })
    .catch(() => next())
}
`,
      errors: [
        {
          messageId: 'swallowedVerifyError',
          data: { api: 'jose.jwtVerify' },
          line: 9,
          column: 12,
          endLine: 9,
          endColumn: 24,
        },
      ],
    },
    {
      name: '.then(onVerified, onRejected) where onRejected calls next()',
      code: `
import { jwtVerify } from 'jose'
export function auth(req, res, next) {
  jwtVerify(req.token, jwks).then(
    ({ payload }) => {
      req.user = payload
      next()
    },
    (error) => {
      console.error(error)
      next()
    },
  )
}
`,
      errors: [
        {
          messageId: 'swallowedVerifyError',
          data: { api: 'jose.jwtVerify' },
          line: 9,
          column: 5,
          endLine: 12,
          endColumn: 6,
        },
      ],
    },
    {
      name: 'an empty .catch followed by .finally(next)',
      code: `
import { jwtVerify } from 'jose'
export function auth(req, res, next) {
  jwtVerify(req.token, jwks)
    .then(({ payload }) => { req.user = payload })
    .catch(() => {})
    .finally(() => next())
}
`,
      errors: [
        {
          messageId: 'swallowedVerifyError',
          data: { api: 'jose.jwtVerify' },
          line: 6,
          column: 12,
          endLine: 6,
          endColumn: 20,
        },
      ],
    },
    {
      name: 'awaited chain inside a try with an empty catch',
      code: `
import { jwtVerify } from 'jose'
export async function auth(req, res, next) {
  try {
    await jwtVerify(req.token, jwks).then(({ payload }) => { req.user = payload })
  } catch {}
  next()
}
`,
      errors: [
        {
          messageId: 'swallowedVerifyError',
          data: { api: 'jose.jwtVerify' },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 13,
        },
      ],
    },
  ],
})

cjsRuleTester.run(rule.name, rule, {
  assertionOptions,
  valid: [
    {
      name: 'require: callback checks err',
      code: `
const jwt = require('jsonwebtoken')
function auth(req, res, next) {
  jwt.verify(req.token, publicKey, { algorithms: ['RS256'] }, (err, decoded) => {
    if (err) {
      return res.status(401).send('Unauthorized')
    }
    req.user = decoded
    next()
  })
}
`,
    },
    {
      name: 'require: catch that returns 401',
      code: `
const { verify } = require('jsonwebtoken')
function auth(req, res, next) {
  try {
    req.user = verify(req.token, publicKey, { algorithms: ['RS256'] })
  } catch (e) {
    return res.status(401).end()
  }
  next()
}
`,
    },
  ],
  invalid: [
    {
      name: 'require with destructuring: callback without parameters',
      code: `
const { verify } = require('jsonwebtoken')
function auth(req, res, next) {
  verify(req.token, publicKey, { algorithms: ['RS256'] }, () => next())
}
`,
      errors: [
        {
          messageId: 'callbackErrorMissing',
          data: { api: 'jsonwebtoken.verify' },
          line: 4,
          column: 59,
          endLine: 4,
          endColumn: 71,
        },
      ],
    },
    {
      name: 'require without destructuring: catch that calls next()',
      code: `
function auth(req, res, next) {
  try {
    req.user = require('jsonwebtoken').verify(req.token, publicKey, { algorithms: ['RS256'] })
  } catch (e) {
    next()
  }
}
`,
      errors: [
        {
          messageId: 'swallowedVerifyError',
          data: { api: 'jsonwebtoken.verify' },
          line: 5,
          column: 5,
          endLine: 7,
          endColumn: 4,
        },
      ],
    },
    {
      name: 'jose v2 JWT.verify with a catch that resets the user',
      code: `
const { JWT } = require('jose')
function auth(req, res, next) {
  try {
    req.user = JWT.verify(req.token, key, { algorithms: ['ES256'] })
  } catch (e) {
    req.user = null
  }
  next()
}
`,
      errors: [
        {
          messageId: 'swallowedVerifyError',
          data: { api: 'jose.JWT.verify' },
          line: 6,
          column: 5,
          endLine: 8,
          endColumn: 4,
        },
      ],
    },
    {
      name: 'jwt-simple decode with an empty catch',
      code: `
const jwt = require('jwt-simple')
function auth(req, res, next) {
  try {
    req.user = jwt.decode(req.token, secret, false, 'HS256')
  } catch (e) {}
  return next()
}
`,
      errors: [
        {
          messageId: 'swallowedVerifyError',
          data: { api: 'jwt-simple.decode' },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 17,
        },
      ],
    },
  ],
})
