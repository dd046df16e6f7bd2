import type { JwtApi, JwtLibrary } from '../types.js'
import { jsonwebtokenSignOptions, jsonwebtokenVerifyOptions } from './shared-options.js'

/** JwtService methods; per-call options are merged over the module's `verifyOptions` / `signOptions`. */
const serviceApis: readonly JwtApi[] = [
  {
    path: ['verify'],
    invocation: 'call',
    kind: 'verify',
    completion: 'sync-or-callback',
    args: { token: 0, options: 1 },
    keyOptions: ['secret', 'publicKey'],
    verifyOptions: { ...jsonwebtokenVerifyOptions, completeResult: 'complete' },
    inheritsOptions: true,
    algorithmsWhenOmitted: 'header',
  },
  {
    path: ['verifyAsync'],
    invocation: 'call',
    kind: 'verify',
    completion: 'promise',
    args: { token: 0, options: 1 },
    keyOptions: ['secret', 'publicKey'],
    verifyOptions: { ...jsonwebtokenVerifyOptions, completeResult: 'complete' },
    inheritsOptions: true,
    algorithmsWhenOmitted: 'header',
  },
  {
    path: ['decode'],
    invocation: 'call',
    kind: 'decode',
    args: { token: 0, options: 1 },
    resultSelectors: [{ option: 'complete', value: true, result: 'complete' }],
  },
  { path: ['sign'], invocation: 'call', kind: 'sign', args: { payload: 0, options: 1 }, keyOptions: ['secret', 'privateKey'], signOptions: jsonwebtokenSignOptions, inheritsOptions: true },
  { path: ['signAsync'], invocation: 'call', kind: 'sign', args: { payload: 0, options: 1 }, keyOptions: ['secret', 'privateKey'], signOptions: jsonwebtokenSignOptions, inheritsOptions: true },
]

/**
 * `JwtModule.register({ verifyOptions, signOptions })` sets the verify and sign
 * policy for the whole module; `registerAsync` takes them from what `useFactory`
 * returns. A registration without `verifyOptions` may only sign, so it is not judged.
 */
function registration(path: readonly string[]): Omit<JwtApi, 'path'> {
  // The deprecated `secretOrPrivateKey`, when set, overrides the key for both.
  const keyOptions = (names: readonly string[]): string[] => names.map((name) => [...path, name].join('.'))
  return {
    invocation: 'call',
    kind: 'verify',
    args: { options: 0 },
    keyOptions: keyOptions(['secret', 'publicKey', 'secretOrPrivateKey']),
    optionsPath: [...path, 'verifyOptions'],
    optionsPathOptional: true,
    verifyOptions: jsonwebtokenVerifyOptions,
    algorithmsWhenOmitted: 'header',
    alsoConfigures: [
      {
        kind: 'sign',
        args: { options: 0 },
        keyOptions: keyOptions(['secret', 'privateKey', 'secretOrPrivateKey']),
        optionsPath: [...path, 'signOptions'],
        optionsPathOptional: true,
        signOptions: jsonwebtokenSignOptions,
      },
    ],
  }
}

/** nestjs/jwt 10 to 12 (jsonwebtoken 9); 12 is ESM-only, earlier versions CommonJS. */
export const nestjsJwt: JwtLibrary = {
  name: '@nestjs/jwt',
  modules: ['@nestjs/jwt'],
  esm: false,
  environment: 'server',
  verifyHint: '`JwtService.verify` or `verifyAsync`',
  insecureHistory:
    '@nestjs/jwt 9 and earlier ran on jsonwebtoken 8, which accepted `none` with a falsy key and picked the algorithms by searching the key text for a PEM header (CVE-2022-23540, CVE-2022-23541).',
  apis: [
    { path: ['JwtModule', 'register'], ...registration([]) },
    { path: ['JwtModule', 'registerAsync'], ...registration(['useFactory']) },
    {
      path: ['JwtService'],
      invocation: 'construct',
      kind: 'factory',
      // `new JwtService(options)` takes the module options itself, outside the module system (tests, scripts).
      args: { options: 0 },
      keyOptions: ['secret', 'publicKey', 'privateKey', 'secretOrPrivateKey'],
      returns: serviceApis,
      injectable: true,
    },
  ],
}
