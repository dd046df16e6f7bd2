import type { JwtApi, JwtLibrary } from '../types.js'
import { fastJwtVerifyOptions } from './shared-options.js'

/** The plugin registration: `fastify.register(fastifyJwt, { secret, verify: { allowedAud, ... } })`. */
const registration = {
  invocation: 'register',
  kind: 'verify',
  args: { options: 1 },
  optionsPath: ['verify'],
  verifyOptions: fastJwtVerifyOptions,
  algorithmsWhenOmitted: 'key-type',
} as const satisfies Omit<JwtApi, 'path'>

/** Per-call options are merged over the registration's `verify` options. */
const decoratedVerify = {
  invocation: 'call',
  kind: 'verify',
  verifyOptions: fastJwtVerifyOptions,
  inheritsOptions: true,
} as const satisfies Omit<JwtApi, 'path' | 'args'>

/** fastify/fastify-jwt 10 (formerly `fastify-jwt`), built on fast-jwt. */
export const fastifyJwt: JwtLibrary = {
  name: '@fastify/jwt',
  modules: ['@fastify/jwt', 'fastify-jwt'],
  // Modelled as ESM with an explicit `default`: ReferenceTracker drops reads of a CommonJS module's own default import.
  esm: true,
  environment: 'server',
  verifyHint: '`request.jwtVerify()`',
  apis: [
    { path: [], ...registration },
    { path: ['default'], ...registration },
    { path: ['fastifyJwt'], ...registration },
  ],
  decorationHints: ['fastify'],
  decorations: [
    { members: ['jwtVerify'], api: { path: [], ...decoratedVerify, completion: 'promise', args: { options: 0 } } },
    {
      members: ['jwt', 'verify'],
      api: { path: [], ...decoratedVerify, completion: 'sync-or-callback', args: { token: 0, options: 1, callbackFrom: 1 } },
    },
    { members: ['jwtDecode'], api: { path: [], invocation: 'call', kind: 'decode', args: {} } },
    { members: ['jwt', 'decode'], api: { path: [], invocation: 'call', kind: 'decode', args: { token: 0 } } },
  ],
}
