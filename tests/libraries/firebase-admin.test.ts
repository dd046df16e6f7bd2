/**
 * firebase-admin: `getAuth().verifyIdToken(token)` (`firebase-admin/auth`), the
 * namespaced `admin.auth().verifyIdToken(token)` (up to 13), `verifySessionCookie`
 * and per-tenant `tenantManager().authForTenant(id)`. Firebase checks the algorithm,
 * issuer and audience against the project itself, so only the handling of the
 * returned Promise is judged.
 */
import { describe, expect, it } from 'vitest'
import noIgnoredVerifyError from '../../src/rules/no-ignored-verify-error.js'
import requireAlgorithms from '../../src/rules/require-algorithms.js'
import requireAudience from '../../src/rules/require-audience.js'
import requireIssuer from '../../src/rules/require-issuer.js'
import { withAnalysis } from '../core/probe.js'
import { assertionOptions, cjsRuleTester, ruleTester } from '../rule-tester.js'

ruleTester.run(noIgnoredVerifyError.name, noIgnoredVerifyError, {
  assertionOptions,
  valid: [
    {
      name: 'awaited in a try whose catch answers 401',
      code: `import { getAuth } from 'firebase-admin/auth'

export async function authenticate(req: Request, res: Response, next: () => void) {
  try {
    req.user = await getAuth().verifyIdToken(req.headers.authorization!.slice(7))
  } catch {
    return res.status(401).end()
  }
  next()
}`,
    },
    {
      name: 'a session cookie checked for revocation and returned',
      code: `import admin from 'firebase-admin'

export function sessionUser(cookie: string) {
  return admin.auth().verifySessionCookie(cookie, true)
}`,
    },
    {
      name: 'awaited through a stored Auth',
      code: `import { initializeApp } from 'firebase-admin/app'
import { getAuth } from 'firebase-admin/auth'

const auth = getAuth(initializeApp())
export const uid = async (idToken: string) => (await auth.verifyIdToken(idToken)).uid`,
    },
    {
      name: 'a rejection handler that answers 401',
      code: `import { getAuth } from 'firebase-admin/auth'

export function authenticate(req: Request, res: Response, next: () => void) {
  getAuth()
    .verifyIdToken(req.token)
    .then((decoded) => {
      req.user = decoded
      next()
    })
    .catch(() => res.status(401).send('Unauthorized'))
}`,
    },
    {
      name: 'createCustomToken and getUser are not verifications',
      code: `import { getAuth } from 'firebase-admin/auth'

export async function warmUp(uid: string) {
  getAuth().createCustomToken(uid)
  getAuth().getUser(uid)
}`,
    },
    {
      name: 'the client SDK getAuth, from another module',
      filename: 'src/App.tsx',
      code: `import { getAuth } from 'firebase/auth'

export async function refresh() {
  getAuth().currentUser?.getIdToken(true)
}`,
    },
    {
      name: 'an auth object of your own',
      code: `const auth = { verifyIdToken: async (token: string) => token.length > 0 }
export async function check(token: string) {
  if (auth.verifyIdToken(token)) return true
}`,
    },
  ],
  invalid: [
    {
      name: 'a floating verifyIdToken',
      code: `import { getAuth } from 'firebase-admin/auth'

export async function authenticate(req: Request, next: () => void) {
  getAuth().verifyIdToken(req.token)
  next()
}`,
      errors: [
        {
          messageId: 'floatingVerify',
          data: { api: 'firebase-admin.getAuth().verifyIdToken', inTry: '' },
          line: 4, column: 3, endLine: 4, endColumn: 37,
          suggestions: [
            {
              messageId: 'addAwait',
              data: {},
              output: `import { getAuth } from 'firebase-admin/auth'

export async function authenticate(req: Request, next: () => void) {
  await getAuth().verifyIdToken(req.token)
  next()
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'a Promise used as a boolean',
      code: `import admin from 'firebase-admin'

export async function authenticate(req: Request, next: () => void) {
  if (admin.auth().verifySessionCookie(req.cookies.session)) next()
}`,
      errors: [
        {
          messageId: 'unawaitedVerify',
          data: { api: 'firebase-admin.auth().verifySessionCookie' },
          line: 4, column: 7, endLine: 4, endColumn: 60,
          suggestions: [
            {
              messageId: 'addAwait',
              data: {},
              output: `import admin from 'firebase-admin'

export async function authenticate(req: Request, next: () => void) {
  if (await admin.auth().verifySessionCookie(req.cookies.session)) next()
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'a try around a floating verifyIdToken catches nothing',
      code: `import { getAuth } from 'firebase-admin/auth'

export async function authenticate(req: Request, res: Response, next: () => void) {
  try {
    getAuth().verifyIdToken(req.token)
    next()
  } catch {
    res.status(401).end()
  }
}`,
      errors: [
        {
          messageId: 'floatingVerify',
          data: { api: 'firebase-admin.getAuth().verifyIdToken', inTry: ', and the surrounding try catches nothing' },
          line: 5, column: 5, endLine: 5, endColumn: 39,
          suggestions: [
            {
              messageId: 'addAwait',
              data: {},
              output: `import { getAuth } from 'firebase-admin/auth'

export async function authenticate(req: Request, res: Response, next: () => void) {
  try {
    await getAuth().verifyIdToken(req.token)
    next()
  } catch {
    res.status(401).end()
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'a rejection handler that carries on',
      code: `import * as admin from 'firebase-admin'

export function authenticate(req: Request, next: () => void) {
  admin
    .auth()
    .verifyIdToken(req.token)
    .then((decoded) => {
      req.user = decoded
      next()
    })
    .catch(() => next())
}`,
      errors: [
        {
          messageId: 'swallowedVerifyError',
          data: { api: 'firebase-admin.auth().verifyIdToken' },
          line: 11, column: 12, endLine: 11, endColumn: 24,
        },
      ],
    },
    {
      name: 'an awaited verify in a try whose catch carries on',
      code: `import { getAuth } from 'firebase-admin/auth'

export async function authenticate(req: Request, next: () => void) {
  try {
    req.user = await getAuth().verifySessionCookie(req.cookies.session, true)
  } catch (error) {
    console.warn('invalid session', error)
  }
  next()
}`,
      errors: [
        {
          messageId: 'swallowedVerifyError',
          data: { api: 'firebase-admin.getAuth().verifySessionCookie' },
          line: 6, column: 5, endLine: 8, endColumn: 4,
        },
      ],
    },
    {
      name: 'a per-tenant verify left floating',
      code: `import { getAuth } from 'firebase-admin/auth'

export async function authenticate(tenantId: string, idToken: string, next: () => void) {
  const tenantAuth = getAuth().tenantManager().authForTenant(tenantId)
  tenantAuth.verifyIdToken(idToken)
  next()
}`,
      errors: [
        {
          messageId: 'floatingVerify',
          data: { api: 'firebase-admin.getAuth().tenantManager().authForTenant().verifyIdToken', inTry: '' },
          line: 5, column: 3, endLine: 5, endColumn: 36,
          suggestions: [
            {
              messageId: 'addAwait',
              data: {},
              output: `import { getAuth } from 'firebase-admin/auth'

export async function authenticate(tenantId: string, idToken: string, next: () => void) {
  const tenantAuth = getAuth().tenantManager().authForTenant(tenantId)
  await tenantAuth.verifyIdToken(idToken)
  next()
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'the Auth of an initialized app, stored Promise tested for truth',
      code: `import admin from 'firebase-admin'

const app = admin.initializeApp()
export async function authenticate(idToken: string, next: () => void) {
  const verified = app.auth().verifyIdToken(idToken)
  if (verified) next()
}`,
      errors: [
        {
          messageId: 'unawaitedVerify',
          data: { api: 'firebase-admin.initializeApp().auth().verifyIdToken' },
          line: 5, column: 20, endLine: 5, endColumn: 53,
          suggestions: [
            {
              messageId: 'addAwait',
              data: {},
              output: `import admin from 'firebase-admin'

const app = admin.initializeApp()
export async function authenticate(idToken: string, next: () => void) {
  const verified = await app.auth().verifyIdToken(idToken)
  if (verified) next()
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'admin.app().auth()',
      code: `import admin from 'firebase-admin'

export async function authenticate(idToken: string, next: () => void) {
  admin.app().auth().verifyIdToken(idToken)
  next()
}`,
      errors: [
        {
          messageId: 'floatingVerify',
          data: { api: 'firebase-admin.app().auth().verifyIdToken', inTry: '' },
          line: 4, column: 3, endLine: 4, endColumn: 44,
          suggestions: [
            {
              messageId: 'addAwait',
              data: {},
              output: `import admin from 'firebase-admin'

export async function authenticate(idToken: string, next: () => void) {
  await admin.app().auth().verifyIdToken(idToken)
  next()
}`,
            },
          ],
        },
      ],
    },
  ],
})

cjsRuleTester.run(noIgnoredVerifyError.name, noIgnoredVerifyError, {
  assertionOptions,
  valid: [
    {
      name: 'CommonJS: awaited',
      code: `const admin = require('firebase-admin')

module.exports = async (idToken) => (await admin.auth().verifyIdToken(idToken)).uid`,
    },
  ],
  invalid: [
    {
      name: 'CommonJS: require of the auth subpath',
      code: `const { getAuth } = require('firebase-admin/auth')

module.exports = async function authenticate(req, res, next) {
  getAuth().verifyIdToken(req.token)
  next()
}`,
      errors: [
        {
          messageId: 'floatingVerify',
          data: { api: 'firebase-admin.getAuth().verifyIdToken', inTry: '' },
          line: 4, column: 3, endLine: 4, endColumn: 37,
          suggestions: [
            {
              messageId: 'addAwait',
              data: {},
              output: `const { getAuth } = require('firebase-admin/auth')

module.exports = async function authenticate(req, res, next) {
  await getAuth().verifyIdToken(req.token)
  next()
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'CommonJS: namespaced auth',
      code: `const admin = require('firebase-admin')

module.exports = function authenticate(req, res, next) {
  if (!admin.auth().verifyIdToken(req.token)) return res.status(401).end()
  next()
}`,
      errors: [
        {
          messageId: 'unawaitedVerify',
          data: { api: 'firebase-admin.auth().verifyIdToken' },
          line: 4, column: 8, endLine: 4, endColumn: 45,
        },
      ],
    },
  ],
})

ruleTester.run(requireAudience.name, requireAudience, {
  assertionOptions,
  valid: [
    {
      name: 'Firebase checks the audience against the project itself',
      code: `import { getAuth } from 'firebase-admin/auth'

export const verify = (idToken: string) => getAuth().verifyIdToken(idToken)`,
    },
  ],
  invalid: [

  ],
})

ruleTester.run(requireIssuer.name, requireIssuer, {
  assertionOptions,
  valid: [
    {
      name: 'Firebase checks the issuer against the project itself',
      code: `import admin from 'firebase-admin'

export const verify = (cookie: string) => admin.auth().verifySessionCookie(cookie, true)`,
    },
  ],
  invalid: [

  ],
})

ruleTester.run(requireAlgorithms.name, requireAlgorithms, {
  assertionOptions,
  valid: [
    {
      name: 'Firebase accepts RS256 only',
      code: `import { getAuth } from 'firebase-admin/auth'

export const verify = (idToken: string) => getAuth().verifyIdToken(idToken)`,
    },
  ],
  invalid: [

  ],
})

describe('firebase-admin resolves from every import form', () => {
  const resolved = (code: string, sourceType: 'module' | 'commonjs' = 'module'): string[] =>
    withAnalysis(code, (analysis) => analysis.references.map((reference) => reference.displayName), { sourceType }).filter((name) =>
      name.endsWith('verifyIdToken'),
    )

  it('modular and namespaced APIs, from imports, require and import()', () => {
    expect(
      resolved(`
        import { getAuth } from 'firebase-admin/auth'
        import { getAuth as auth2 } from 'firebase-admin/auth'
        import admin from 'firebase-admin'
        import * as firebase from 'firebase-admin'
        import { auth } from 'firebase-admin'
        getAuth().verifyIdToken(a); auth2(app).verifyIdToken(b); admin.auth().verifyIdToken(c)
        firebase.auth().verifyIdToken(d); auth().verifyIdToken(e)
        const { getAuth: modular } = await import('firebase-admin/auth'); modular().verifyIdToken(f)
      `),
    ).toEqual([
      'firebase-admin.getAuth().verifyIdToken',
      'firebase-admin.getAuth().verifyIdToken',
      'firebase-admin.auth().verifyIdToken',
      'firebase-admin.auth().verifyIdToken',
      'firebase-admin.auth().verifyIdToken',
      'firebase-admin.getAuth().verifyIdToken',
    ])
    expect(
      resolved(
        `
        const admin = require('firebase-admin')
        const { getAuth } = require('firebase-admin/auth')
        admin.auth().verifyIdToken(a); getAuth().verifyIdToken(b); admin.initializeApp(config).auth().verifyIdToken(c)
      `,
        'commonjs',
      ),
    ).toEqual([
      'firebase-admin.auth().verifyIdToken',
      'firebase-admin.getAuth().verifyIdToken',
      'firebase-admin.initializeApp().auth().verifyIdToken',
    ])
  })
})
