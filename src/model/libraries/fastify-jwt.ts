import type { JwtApi, JwtLibrary, ResultSelector, SignOptionNames } from '../types.js'
import { fastJwtVerifyOptions } from './shared-options.js'

/**
 * The plugin registration: `fastify.register(fastifyJwt, { secret, verify: { allowedAud, ... } })`.
 * Its `verify` options go to fast-jwt's `createVerifier` (after `maxAge` is turned from
 * seconds into milliseconds), so without `algorithms` the key decides the algorithm.
 */
const registrationBase = {
  invocation: 'register',
  kind: 'verify',
  args: { options: 1 },
  // `secret` is one key for both, or `{ private, public }`.
  keyOptions: ['secret', 'secret.private', 'secret.public'],
  // `secret: (request, tokenOrHeader, callback) => ...`: the header, or `{ header, payload }` with `decode: { complete: true }`.
  keyCallback: [null, 'header-or-complete', null],
  optionsPath: ['verify'],
  // The registration requires `secret`, and given a key fast-jwt (and jsonwebtoken) refuse unsigned tokens.
  acceptsNoneOnlyWithoutKey: true,
} as const satisfies Omit<JwtApi, 'path'>

/**
 * The `sign` options: fast-jwt's `SignerOptions`, except that a number `expiresIn` is
 * seconds (turned into milliseconds); a string is parsed by `@lukeed/ms` (`'15m'`, bare `'60'` is ms).
 */
const fastifySignOptions: SignOptionNames = {
  algorithm: 'algorithm',
  header: 'header',
  typ: 'typ',
  expiresIn: { name: 'expiresIn', format: 'seconds-or-ms-string' },
}

const registration = {
  ...registrationBase,
  verifyOptions: fastJwtVerifyOptions,
  algorithmsWhenOmitted: 'key-type',
  // Its `sign` options are the defaults of every `reply.jwtSign()` and `fastify.jwt.sign()`.
  // fast-jwt refuses `algorithm: 'none'` when given a key, and the plugin always signs with one.
  alsoConfigures: [
    { kind: 'sign', args: { options: 1 }, optionsPath: ['sign'], optionsPathOptional: true, signOptions: fastifySignOptions, rejectsNoneAlgorithm: true },
  ],
} as const satisfies Omit<JwtApi, 'path'>

/** Per-call sign options are merged over the registration's `sign` options (defined values win). */
const decoratedSign = {
  invocation: 'call',
  kind: 'sign',
  signOptions: fastifySignOptions,
  inheritsOptions: true,
  rejectsNoneAlgorithm: true,
} as const satisfies Omit<JwtApi, 'path' | 'args'>

/**
 * Per-call options are merged over the registration's `verify` options, so one left out
 * here may be set there.
 */
const decoratedVerify = {
  invocation: 'call',
  kind: 'verify',
  keyOptions: ['key'],
  verifyOptions: fastJwtVerifyOptions,
  inheritsOptions: true,
  acceptsNoneOnlyWithoutKey: true,
} as const satisfies Omit<JwtApi, 'path' | 'args'>

/**
 * A decode returns the payload, or `{ header, payload, signature, input }` with `complete: true`,
 * which the registration's `decode` options may also set.
 */
const decoded = { kind: 'decode', result: 'payload-or-complete' } as const satisfies Partial<JwtApi>
const nestedComplete: ResultSelector = { option: 'decode.complete', value: true, result: 'complete' }

/**
 * fastify/fastify-jwt 5 to 10 as `@fastify/jwt` (10.2.8 types and source), built on fast-jwt.
 * `module.exports` is the plugin, with `default` and `fastifyJwt` pointing to it too.
 */
export const fastifyJwt: JwtLibrary = {
  name: '@fastify/jwt',
  modules: ['@fastify/jwt'],
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
    // `request.jwtVerify(options?, callback?)`: flat options or `{ verify, decode }`; a Promise unless a callback is given.
    {
      members: ['jwtVerify'],
      api: {
        path: [],
        ...decoratedVerify,
        completion: 'promise-or-callback',
        args: { options: 0, callbackFrom: 0 },
        optionsPath: ['verify'],
        optionsPathOrFlat: true,
      },
    },
    // `fastify.jwt.verify(token, options?, callback?)` verifies synchronously and throws even when
    // given a callback, which only ever receives the result: the callback is not an error path.
    { members: ['jwt', 'verify'], api: { path: [], ...decoratedVerify, completion: 'sync-or-callback', args: { token: 0, options: 1 } } },
    // `reply.jwtSign(payload, options?, callback?)` takes flat sign options or `{ sign }`; `fastify.jwt.sign(payload, options?, callback?)` flat ones.
    {
      members: ['jwtSign'],
      api: { path: [], ...decoratedSign, args: { payload: 0, options: 1, callbackFrom: 1 }, optionsPath: ['sign'], optionsPathOrFlat: true },
    },
    { members: ['jwt', 'sign'], api: { path: [], ...decoratedSign, args: { payload: 0, options: 1, callbackFrom: 1 } } },
    // `request.jwtDecode(options?, callback?)` takes `{ decode, verify }`; `fastify.jwt.decode(token, options?)` the decode options.
    { members: ['jwtDecode'], api: { path: [], invocation: 'call', ...decoded, args: { options: 0 }, resultSelectors: [nestedComplete] } },
    {
      members: ['jwt', 'decode'],
      api: {
        path: [],
        invocation: 'call',
        ...decoded,
        args: { token: 0, options: 1 },
        resultSelectors: [{ option: 'complete', value: true, result: 'complete' }],
      },
    },
  ],
}

/**
 * The unscoped `fastify-jwt`, deprecated at 4.2 for `@fastify/jwt`. Versions 1 to 3 passed
 * the `verify` options to jsonwebtoken 8 (`audience`, `issuer`, seconds), version 4 to
 * fast-jwt (`allowedAud`, `allowedIss`, milliseconds): only the options both name alike are judged.
 */
const legacyRegistration = {
  ...registrationBase,
  verifyOptions: { algorithms: 'algorithms', ignoreExpiration: 'ignoreExpiration', ignoreNotBefore: 'ignoreNotBefore' },
} as const satisfies Omit<JwtApi, 'path'>

export const fastifyJwtLegacy: JwtLibrary = {
  name: 'fastify-jwt',
  modules: ['fastify-jwt'],
  esm: true,
  environment: 'server',
  verifyHint: '`request.jwtVerify()`',
  apis: [
    { path: [], ...legacyRegistration },
    { path: ['default'], ...legacyRegistration },
  ],
}
