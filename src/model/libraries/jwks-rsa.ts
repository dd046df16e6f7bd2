import type { JwtApi, JwtLibrary } from '../types.js'

const keyProvider = { invocation: 'call', kind: 'factory', args: { options: 0 } } as const satisfies Omit<JwtApi, 'path'>

/** auth0/node-jwks-rsa 4: key sources for the verifiers above; the key-source rules read `jwksUri`. */
export const jwksRsa: JwtLibrary = {
  name: 'jwks-rsa',
  modules: ['jwks-rsa'],
  esm: false,
  environment: 'server',
  apis: [
    { path: [], ...keyProvider },
    { path: ['default'], ...keyProvider },
    { path: ['JwksClient'], invocation: 'construct', kind: 'factory', args: { options: 0 } },
    { path: ['expressJwtSecret'], ...keyProvider },
    { path: ['passportJwtSecret'], ...keyProvider },
    { path: ['koaJwtSecret'], ...keyProvider },
  ],
}
