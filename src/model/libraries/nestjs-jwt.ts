import type { JwtApi, JwtLibrary } from '../types.js'
import { jsonwebtokenVerifyOptions } from './shared-options.js'

/** JwtService methods; per-call options are merged over the module's `verifyOptions` / `signOptions`. */
const serviceApis: readonly JwtApi[] = [
  {
    path: ['verify'],
    invocation: 'call',
    kind: 'verify',
    completion: 'sync-or-callback',
    args: { token: 0, options: 1 },
    verifyOptions: jsonwebtokenVerifyOptions,
    inheritsOptions: true,
    algorithmsWhenOmitted: 'header',
  },
  {
    path: ['verifyAsync'],
    invocation: 'call',
    kind: 'verify',
    completion: 'promise',
    args: { token: 0, options: 1 },
    verifyOptions: jsonwebtokenVerifyOptions,
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
  { path: ['sign'], invocation: 'call', kind: 'sign', args: { options: 1 }, signOptions: { algorithm: 'algorithm', header: 'header' }, inheritsOptions: true },
  { path: ['signAsync'], invocation: 'call', kind: 'sign', args: { options: 1 }, signOptions: { algorithm: 'algorithm', header: 'header' }, inheritsOptions: true },
]

/**
 * `JwtModule.register({ verifyOptions })` sets the verification policy for the
 * whole module. A registration without `verifyOptions` may only sign, so it is not judged.
 */
const registration = {
  invocation: 'call',
  kind: 'verify',
  args: { options: 0 },
  optionsPath: ['verifyOptions'],
  optionsPathOptional: true,
  verifyOptions: jsonwebtokenVerifyOptions,
  algorithmsWhenOmitted: 'header',
} as const satisfies Omit<JwtApi, 'path'>

/** nestjs/jwt 10+ (jsonwebtoken 9). */
export const nestjsJwt: JwtLibrary = {
  name: '@nestjs/jwt',
  modules: ['@nestjs/jwt'],
  esm: false,
  environment: 'server',
  verifyHint: '`JwtService.verify` or `verifyAsync`',
  insecureHistory: '@nestjs/jwt before 10 ran on jsonwebtoken 8, which lets the header choose (CVE-2022-23540, CVE-2022-23541).',
  apis: [
    { path: ['JwtModule', 'register'], ...registration },
    { path: ['JwtService'], invocation: 'construct', kind: 'factory', args: {}, returns: serviceApis, injectable: true },
  ],
}
