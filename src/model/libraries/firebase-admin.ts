import type { JwtApi, JwtLibrary } from '../types.js'

/** Firebase checks the issuer and audience against the project itself; the caller must await the result. */
const authMethods: readonly JwtApi[] = [
  { path: ['verifyIdToken'], invocation: 'call', kind: 'verify', completion: 'promise', args: { token: 0 } },
  { path: ['verifySessionCookie'], invocation: 'call', kind: 'verify', completion: 'promise', args: { token: 0 } },
]

/** firebase/firebase-admin-node 12+: `getAuth().verifyIdToken(token)` and the namespaced `admin.auth().verifyIdToken(token)`. */
export const firebaseAdmin: JwtLibrary = {
  name: 'firebase-admin',
  modules: ['firebase-admin', 'firebase-admin/auth'],
  esm: false,
  environment: 'server',
  apis: [
    { path: ['getAuth'], invocation: 'call', kind: 'factory', args: {}, returns: authMethods },
    { path: ['auth'], invocation: 'call', kind: 'factory', args: {}, returns: authMethods },
  ],
}
