import type { JwtApi, JwtLibrary } from '../types.js'

/** Every provider takes the client options, whose `jwksUri` says where the keys come from. */
const keyProvider = {
  kind: 'keySource',
  args: { options: 0 },
  keySourceOptions: { uri: 'jwksUri' },
} as const satisfies Omit<JwtApi, 'path' | 'invocation'>

/**
 * auth0/node-jwks-rsa 2 to 4 (2.1.5 and 4.1.0 types): key sources handed to the verifiers
 * (express-jwt `secret`, passport-jwt `secretOrKeyProvider`, koa-jwt `secret`,
 * hapi-auth-jwt2 `key`, or a jsonwebtoken key callback). They verify nothing
 * themselves: the verification rules judge the verifier that uses the key.
 */
export const jwksRsa: JwtLibrary = {
  name: 'jwks-rsa',
  modules: ['jwks-rsa'],
  esm: false,
  environment: 'server',
  apis: [
    // `module.exports = (options) => new JwksClient(options)`; there is no `default` property.
    { path: [], invocation: 'call', ...keyProvider },
    { path: ['JwksClient'], invocation: 'construct', ...keyProvider },
    { path: ['expressJwtSecret'], invocation: 'call', ...keyProvider },
    { path: ['passportJwtSecret'], invocation: 'call', ...keyProvider },
    { path: ['koaJwtSecret'], invocation: 'call', ...keyProvider },
    { path: ['hapiJwt2Key'], invocation: 'call', ...keyProvider },
    { path: ['hapiJwt2KeyAsync'], invocation: 'call', ...keyProvider },
  ],
}
