import type { JwtApi, JwtLibrary } from '../types.js'

/**
 * `verifyIdToken(token, checkRevoked?)` and `verifySessionCookie(cookie, checkRevoked?)`
 * return Promises. Firebase checks the algorithm, issuer and audience against the project
 * itself, so there are no options to judge; the caller must await the result.
 */
const verifyMethods: readonly JwtApi[] = [
  { path: ['verifyIdToken'], invocation: 'call', kind: 'verify', completion: 'promise', args: { token: 0 } },
  { path: ['verifySessionCookie'], invocation: 'call', kind: 'verify', completion: 'promise', args: { token: 0 } },
]

/** An `Auth`: its own verify methods, and per-tenant ones through `tenantManager().authForTenant(id)`. */
const authMethods: readonly JwtApi[] = [
  ...verifyMethods,
  {
    path: ['tenantManager'],
    invocation: 'call',
    kind: 'factory',
    args: {},
    returns: [{ path: ['authForTenant'], invocation: 'call', kind: 'factory', args: {}, returns: verifyMethods }],
  },
]

const authFactory = (path: readonly string[]): JwtApi => ({ path, invocation: 'call', kind: 'factory', args: {}, returns: authMethods })

/** A namespaced `app.App`, whose `auth()` is the app's `Auth`. */
const appFactory = (name: string): JwtApi => ({ path: [name], invocation: 'call', kind: 'factory', args: {}, returns: [authFactory(['auth'])] })

/**
 * firebase/firebase-admin-node 10 to 14 (10.3.0, 13.10.0 and 14.5.1 types): the modular
 * `getAuth(app?)` from `firebase-admin/auth`, and, up to 13, the namespaced
 * `admin.auth()`, `admin.app().auth()` and `admin.initializeApp().auth()` from `firebase-admin`.
 */
export const firebaseAdmin: JwtLibrary = {
  name: 'firebase-admin',
  modules: ['firebase-admin', 'firebase-admin/auth'],
  esm: false,
  environment: 'server',
  apis: [authFactory(['getAuth']), authFactory(['auth']), appFactory('app'), appFactory('initializeApp')],
}
