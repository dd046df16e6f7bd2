/**
 * google-auth-library: `new OAuth2Client(...).verifyIdToken({ idToken, audience }, callback?)`.
 * The signature, issuer and expiry are checked against Google's certificates; the
 * `aud` claim only when `audience` is given (`undefined` and `null` skip it, `''`
 * rejects every token). Without a callback it returns a Promise.
 */
import { describe, expect, it } from 'vitest'
import noIgnoredVerifyError from '../../src/rules/no-ignored-verify-error.js'
import requireAudience from '../../src/rules/require-audience.js'
import { withAnalysis } from '../core/probe.js'
import { assertionOptions, cjsRuleTester, ruleTester } from '../rule-tester.js'

ruleTester.run(requireAudience.name, requireAudience, {
  assertionOptions,
  valid: [
    {
      name: 'the web client id as audience',
      code: `import { OAuth2Client } from 'google-auth-library'

const client = new OAuth2Client()
export async function signIn(credential: string) {
  const ticket = await client.verifyIdToken({ idToken: credential, audience: process.env.GOOGLE_CLIENT_ID })
  return ticket.getPayload()
}`,
    },
    {
      name: 'several client ids',
      code: `import { OAuth2Client } from 'google-auth-library'

const client = new OAuth2Client(WEB_CLIENT_ID)
export const verify = (idToken: string) => client.verifyIdToken({ idToken, audience: [WEB_CLIENT_ID, IOS_CLIENT_ID] })`,
    },
    {
      name: 'an empty audience is compared, and rejects every token',
      code: `import { OAuth2Client } from 'google-auth-library'

const client = new OAuth2Client()
export const verify = (idToken: string) => client.verifyIdToken({ idToken, audience: '' })`,
    },
    {
      name: 'options from a parameter',
      code: `import { OAuth2Client, type VerifyIdTokenOptions } from 'google-auth-library'

const client = new OAuth2Client()
export const verify = (options: VerifyIdTokenOptions) => client.verifyIdToken(options)`,
    },
    {
      name: 'options spread from elsewhere may carry the audience',
      code: `import { OAuth2Client } from 'google-auth-library'
import { googleOptions } from './config'

const client = new OAuth2Client()
export const verify = (idToken: string) => client.verifyIdToken({ ...googleOptions, idToken })`,
    },
    {
      name: 'an access token checked with getTokenInfo is not an ID token verification',
      code: `import { OAuth2Client } from 'google-auth-library'

const client = new OAuth2Client()
export const scopes = async (accessToken: string) => (await client.getTokenInfo(accessToken)).scopes`,
    },
    {
      name: 'a verifyIdToken of your own',
      code: `const client = { verifyIdToken: async (options: { idToken: string }) => options.idToken.length > 0 }
export const verify = (idToken: string) => client.verifyIdToken({ idToken })`,
    },
    {
      name: 'an OAuth2Client from another module',
      code: `import { OAuth2Client } from './testing/fake-google'

const client = new OAuth2Client()
export const verify = (idToken: string) => client.verifyIdToken({ idToken })`,
    },
  ],
  invalid: [
    {
      name: 'no audience',
      code: `import { OAuth2Client } from 'google-auth-library'

const client = new OAuth2Client(CLIENT_ID)
export async function signIn(credential: string) {
  const ticket = await client.verifyIdToken({ idToken: credential })
  return ticket.getPayload()?.sub
}`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: 'google-auth-library.OAuth2Client.verifyIdToken', option: 'audience', claim: 'audience' },
          line: 5, column: 24, endLine: 5, endColumn: 44,
        },
      ],
    },
    {
      name: 'audience: null',
      filename: 'server/auth.js',
      code: `import { OAuth2Client } from 'google-auth-library'

const client = new OAuth2Client()
export const verify = (idToken) => client.verifyIdToken({ idToken, audience: null })`,
      errors: [
        {
          messageId: 'emptyClaimCheck',
          data: { api: 'google-auth-library.OAuth2Client.verifyIdToken', option: 'audience', claim: 'audience', value: 'null' },
          line: 4, column: 78, endLine: 4, endColumn: 82,
        },
      ],
    },
    {
      name: 'audience: undefined',
      code: `import { OAuth2Client } from 'google-auth-library'

const client = new OAuth2Client()
export const verify = (idToken: string) => client.verifyIdToken({ idToken, audience: undefined })`,
      errors: [
        {
          messageId: 'emptyClaimCheck',
          data: { api: 'google-auth-library.OAuth2Client.verifyIdToken', option: 'audience', claim: 'audience', value: 'undefined' },
          line: 4, column: 86, endLine: 4, endColumn: 95,
        },
      ],
    },
    {
      name: 'options built in a constant without audience',
      code: `import { OAuth2Client } from 'google-auth-library'

const client = new OAuth2Client()
export async function verify(idToken: string) {
  const options = { idToken, maxExpiry: 3600 }
  return client.verifyIdToken(options)
}`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: 'google-auth-library.OAuth2Client.verifyIdToken', option: 'audience', claim: 'audience' },
          line: 6, column: 10, endLine: 6, endColumn: 30,
        },
      ],
    },
    {
      name: 'callback form without audience',
      code: `import { OAuth2Client } from 'google-auth-library'

const client = new OAuth2Client()
export function verify(idToken: string, done: (error: Error | null, subject?: string) => void) {
  client.verifyIdToken({ idToken }, (error, login) => {
    if (error) return done(error)
    done(null, login?.getPayload()?.sub)
  })
}`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: 'google-auth-library.OAuth2Client.verifyIdToken', option: 'audience', claim: 'audience' },
          line: 5, column: 3, endLine: 5, endColumn: 23,
        },
      ],
    },
    {
      name: 'namespace import',
      code: `import * as google from 'google-auth-library'

const client = new google.OAuth2Client()
export const verify = (idToken: string) => client.verifyIdToken({ idToken })`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: 'google-auth-library.OAuth2Client.verifyIdToken', option: 'audience', claim: 'audience' },
          line: 4, column: 44, endLine: 4, endColumn: 64,
        },
      ],
    },
    {
      name: 'await import()',
      code: `const { OAuth2Client } = await import('google-auth-library')

export const verify = (idToken: string) => new OAuth2Client().verifyIdToken({ idToken })`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: 'google-auth-library.OAuth2Client.verifyIdToken', option: 'audience', claim: 'audience' },
          line: 3, column: 44, endLine: 3, endColumn: 76,
        },
      ],
    },
  ],
})

cjsRuleTester.run(requireAudience.name, requireAudience, {
  assertionOptions,
  valid: [
    {
      name: 'CommonJS: with an audience',
      code: `const { OAuth2Client } = require('google-auth-library')

const client = new OAuth2Client(process.env.CLIENT_ID)
module.exports = (idToken) => client.verifyIdToken({ idToken, audience: process.env.CLIENT_ID })`,
    },
  ],
  invalid: [
    {
      name: 'CommonJS: require with destructuring',
      code: `const { OAuth2Client } = require('google-auth-library')

const client = new OAuth2Client(process.env.CLIENT_ID)
module.exports = (idToken) => client.verifyIdToken({ idToken })`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: 'google-auth-library.OAuth2Client.verifyIdToken', option: 'audience', claim: 'audience' },
          line: 4, column: 31, endLine: 4, endColumn: 51,
        },
      ],
    },
    {
      name: 'CommonJS: member of the required module',
      code: `const googleAuth = require('google-auth-library')

const client = new googleAuth.OAuth2Client()
module.exports = async function verify(idToken) {
  const ticket = await client.verifyIdToken({ idToken: idToken })
  return ticket.getPayload()
}`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: 'google-auth-library.OAuth2Client.verifyIdToken', option: 'audience', claim: 'audience' },
          line: 5, column: 24, endLine: 5, endColumn: 44,
        },
      ],
    },
  ],
})

ruleTester.run(noIgnoredVerifyError.name, noIgnoredVerifyError, {
  assertionOptions,
  valid: [
    {
      name: 'awaited in a try whose catch answers 401',
      code: `import { OAuth2Client } from 'google-auth-library'

const client = new OAuth2Client()
export async function signIn(req: Request, res: Response) {
  try {
    const ticket = await client.verifyIdToken({ idToken: req.body.credential, audience: CLIENT_ID })
    return res.json(ticket.getPayload())
  } catch {
    return res.status(401).end()
  }
}`,
    },
    {
      name: 'returned to the caller',
      code: `import { OAuth2Client } from 'google-auth-library'

const client = new OAuth2Client()
export function verify(idToken: string) {
  return client.verifyIdToken({ idToken, audience: CLIENT_ID })
}`,
    },
    {
      name: 'a callback that stops on the error',
      code: `import { OAuth2Client } from 'google-auth-library'

const client = new OAuth2Client()
export function signIn(req: Request, res: Response, next: () => void) {
  client.verifyIdToken({ idToken: req.body.credential, audience: CLIENT_ID }, (error, ticket) => {
    if (error) return res.status(401).end()
    req.user = ticket!.getPayload()
    next()
  })
}`,
    },
    {
      name: 'a named callback: the callback form returns nothing to await',
      code: `import { OAuth2Client, type LoginTicket } from 'google-auth-library'

const client = new OAuth2Client()
function onVerified(error: Error | null, ticket?: LoginTicket) {
  if (error) throw error
  console.log(ticket?.getUserId())
}
export function verify(idToken: string) {
  client.verifyIdToken({ idToken, audience: CLIENT_ID }, onVerified)
}`,
    },
    {
      name: 'a rejection handler that answers 401',
      code: `import { OAuth2Client } from 'google-auth-library'

const client = new OAuth2Client()
export function signIn(req: Request, res: Response, next: () => void) {
  client
    .verifyIdToken({ idToken: req.body.credential, audience: CLIENT_ID })
    .then((ticket) => {
      req.user = ticket.getPayload()
      next()
    })
    .catch(() => res.status(401).end())
}`,
    },
    {
      name: 'getTokenInfo is not a verification',
      code: `import { OAuth2Client } from 'google-auth-library'

const client = new OAuth2Client()
export async function prefetch(accessToken: string) {
  client.getTokenInfo(accessToken)
}`,
    },
    {
      name: 'a client passed in as a parameter is not followed',
      code: `export async function verify(client: { verifyIdToken(options: object): Promise<unknown> }, idToken: string) {
  client.verifyIdToken({ idToken })
}`,
    },
  ],
  invalid: [
    {
      name: 'a floating verifyIdToken',
      code: `import { OAuth2Client } from 'google-auth-library'

const client = new OAuth2Client()
export async function signIn(req: Request, next: () => void) {
  client.verifyIdToken({ idToken: req.body.credential, audience: CLIENT_ID })
  next()
}`,
      errors: [
        {
          messageId: 'floatingVerify',
          data: { api: 'google-auth-library.OAuth2Client.verifyIdToken', inTry: '' },
          line: 5, column: 3, endLine: 5, endColumn: 78,
          suggestions: [
            {
              messageId: 'addAwait',
              data: {},
              output: `import { OAuth2Client } from 'google-auth-library'

const client = new OAuth2Client()
export async function signIn(req: Request, next: () => void) {
  await client.verifyIdToken({ idToken: req.body.credential, audience: CLIENT_ID })
  next()
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'a Promise used as a boolean',
      code: `import { OAuth2Client } from 'google-auth-library'

const client = new OAuth2Client()
export async function isSignedIn(idToken: string) {
  return client.verifyIdToken({ idToken, audience: CLIENT_ID }) ? true : false
}`,
      errors: [
        {
          messageId: 'unawaitedVerify',
          data: { api: 'google-auth-library.OAuth2Client.verifyIdToken' },
          line: 5, column: 10, endLine: 5, endColumn: 64,
          suggestions: [
            {
              messageId: 'addAwait',
              data: {},
              output: `import { OAuth2Client } from 'google-auth-library'

const client = new OAuth2Client()
export async function isSignedIn(idToken: string) {
  return await client.verifyIdToken({ idToken, audience: CLIENT_ID }) ? true : false
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'a callback that ignores the error',
      code: `import { OAuth2Client } from 'google-auth-library'

const client = new OAuth2Client()
export function signIn(req: Request, next: () => void) {
  client.verifyIdToken({ idToken: req.body.credential, audience: CLIENT_ID }, (error, ticket) => {
    req.user = ticket?.getPayload()
    next()
  })
}`,
      errors: [
        {
          messageId: 'callbackErrorUnused',
          data: { api: 'google-auth-library.OAuth2Client.verifyIdToken', name: 'error' },
          line: 5, column: 80, endLine: 5, endColumn: 85,
        },
      ],
    },
    {
      name: 'a callback that takes no error',
      code: `import { OAuth2Client } from 'google-auth-library'

const client = new OAuth2Client()
export function signIn(req: Request, next: () => void) {
  client.verifyIdToken({ idToken: req.body.credential, audience: CLIENT_ID }, () => next())
}`,
      errors: [
        {
          messageId: 'callbackErrorMissing',
          data: { api: 'google-auth-library.OAuth2Client.verifyIdToken' },
          line: 5, column: 79, endLine: 5, endColumn: 91,
        },
      ],
    },
    {
      name: 'a callback that logs the error and carries on',
      code: `import { OAuth2Client } from 'google-auth-library'

const client = new OAuth2Client()
export function signIn(req: Request, next: () => void) {
  client.verifyIdToken({ idToken: req.body.credential, audience: CLIENT_ID }, (error, ticket) => {
    if (error) console.error(error)
    req.user = ticket?.getPayload()
    next()
  })
}`,
      errors: [
        {
          messageId: 'callbackErrorNotStopped',
          data: { api: 'google-auth-library.OAuth2Client.verifyIdToken', name: 'error' },
          line: 6, column: 9, endLine: 6, endColumn: 14,
        },
      ],
    },
    {
      name: 'a rejection handler that carries on',
      code: `import { OAuth2Client } from 'google-auth-library'

const client = new OAuth2Client()
export function signIn(req: Request, next: () => void) {
  return client
    .verifyIdToken({ idToken: req.body.credential, audience: CLIENT_ID })
    .then((ticket) => {
      req.user = ticket.getPayload()
    })
    .catch(() => next())
}`,
      errors: [
        {
          messageId: 'swallowedVerifyError',
          data: { api: 'google-auth-library.OAuth2Client.verifyIdToken' },
          line: 10, column: 12, endLine: 10, endColumn: 24,
        },
      ],
    },
    {
      name: 'a try around a floating verifyIdToken catches nothing',
      code: `import { OAuth2Client } from 'google-auth-library'

const client = new OAuth2Client()
export async function signIn(req: Request, res: Response, next: () => void) {
  try {
    client.verifyIdToken({ idToken: req.body.credential, audience: CLIENT_ID })
    next()
  } catch {
    res.status(401).end()
  }
}`,
      errors: [
        {
          messageId: 'floatingVerify',
          data: { api: 'google-auth-library.OAuth2Client.verifyIdToken', inTry: ', and the surrounding try catches nothing' },
          line: 6, column: 5, endLine: 6, endColumn: 80,
          suggestions: [
            {
              messageId: 'addAwait',
              data: {},
              output: `import { OAuth2Client } from 'google-auth-library'

const client = new OAuth2Client()
export async function signIn(req: Request, res: Response, next: () => void) {
  try {
    await client.verifyIdToken({ idToken: req.body.credential, audience: CLIENT_ID })
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
  ],
})

cjsRuleTester.run(noIgnoredVerifyError.name, noIgnoredVerifyError, {
  assertionOptions,
  valid: [
    {
      name: 'CommonJS: awaited',
      code: `const { OAuth2Client } = require('google-auth-library')

const client = new OAuth2Client()
module.exports = async (idToken) => (await client.verifyIdToken({ idToken, audience: process.env.CLIENT_ID })).getPayload()`,
    },
  ],
  invalid: [
    {
      name: 'CommonJS: a floating verifyIdToken',
      code: `const { OAuth2Client } = require('google-auth-library')

const client = new OAuth2Client()
module.exports = async (req, res, next) => {
  client.verifyIdToken({ idToken: req.body.credential, audience: process.env.CLIENT_ID })
  next()
}`,
      errors: [
        {
          messageId: 'floatingVerify',
          data: { api: 'google-auth-library.OAuth2Client.verifyIdToken', inTry: '' },
          line: 5, column: 3, endLine: 5, endColumn: 90,
          suggestions: [
            {
              messageId: 'addAwait',
              data: {},
              output: `const { OAuth2Client } = require('google-auth-library')

const client = new OAuth2Client()
module.exports = async (req, res, next) => {
  await client.verifyIdToken({ idToken: req.body.credential, audience: process.env.CLIENT_ID })
  next()
}`,
            },
          ],
        },
      ],
    },
  ],
})

describe('google-auth-library resolves from every import form', () => {
  const resolved = (code: string, sourceType: 'module' | 'commonjs' = 'module'): string[] =>
    withAnalysis(code, (analysis) => analysis.references.map((reference) => reference.displayName), { sourceType })

  it('follows the client from named, namespace and default imports, require and import()', () => {
    const verify = 'google-auth-library.OAuth2Client.verifyIdToken'
    expect(
      resolved(`
        import { OAuth2Client } from 'google-auth-library'
        import * as google from 'google-auth-library'
        import googleAuth from 'google-auth-library'
        new OAuth2Client().verifyIdToken(a)
        const client = new google.OAuth2Client(id)
        client.verifyIdToken(b)
        new googleAuth.OAuth2Client().verifyIdToken(c)
      `).filter((name) => name === verify),
    ).toHaveLength(3)
    expect(
      resolved(
        `
        const { OAuth2Client: Client } = require('google-auth-library')
        const client = new Client()
        client.verifyIdToken(a)
        import('google-auth-library').then(({ OAuth2Client }) => new OAuth2Client().verifyIdToken(b))
      `,
        'commonjs',
      ),
    ).toEqual(['google-auth-library.OAuth2Client', verify, 'google-auth-library.OAuth2Client', verify])
  })

  it('only verifyIdToken on the client is a verification', () => {
    expect(
      resolved(`
        import { OAuth2Client } from 'google-auth-library'
        const client = new OAuth2Client()
        client.getTokenInfo(a); client.getToken(code); client.verifySignedJwtWithCerts()
      `),
    ).toEqual(['google-auth-library.OAuth2Client'])
  })
})
