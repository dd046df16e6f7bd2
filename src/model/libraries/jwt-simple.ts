import type { JwtLibrary } from '../types.js'

/** hokaccha/node-jwt-simple 0.5: `decode(token, key, noVerify?, algorithm?)`, `encode(payload, key, algorithm?, options?)`. */
export const jwtSimple: JwtLibrary = {
  name: 'jwt-simple',
  modules: ['jwt-simple'],
  esm: false,
  environment: 'server',
  apis: [
    {
      path: ['decode'],
      invocation: 'call',
      kind: 'verify',
      completion: 'sync-or-callback',
      args: { token: 0, key: 1, noVerify: 2, algorithm: 3 },
      algorithmsWhenOmitted: 'header',
      rejectsNoneAlgorithm: true,
    },
    {
      path: ['encode'],
      invocation: 'call',
      kind: 'sign',
      // No lifetime option: only an `exp` claim in the payload expires the token.
      args: { payload: 0, key: 1, algorithm: 2, options: 3 },
      signOptions: { header: 'header' },
      rejectsNoneAlgorithm: true,
    },
  ],
}
