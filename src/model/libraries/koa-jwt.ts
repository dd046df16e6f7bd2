import type { JwtApi, JwtLibrary } from '../types.js'
import { jsonwebtokenVerifyOptions } from './shared-options.js'

const middleware = {
  invocation: 'call',
  kind: 'verify',
  args: { options: 0 },
  verifyOptions: {
    ...jsonwebtokenVerifyOptions,
    failOpen: [
      {
        name: 'passthrough',
        value: true,
        consequence: 'a missing or invalid token leaves `ctx.state.user` unset instead of answering 401',
        trustedMembers: ['state', 'user'],
      },
    ],
  },
  algorithmsWhenOmitted: 'header',
} as const satisfies Omit<JwtApi, 'path'>

/** koajs/jwt 4: `jwt({ secret, algorithms, audience, issuer, passthrough, ... })`, options passed to jsonwebtoken. */
export const koaJwt: JwtLibrary = {
  name: 'koa-jwt',
  modules: ['koa-jwt'],
  esm: false,
  environment: 'server',
  insecureHistory:
    'koa-jwt before 4.0.4 ran on jsonwebtoken 8, which lets the header choose and accepts `none` with a falsy key (CVE-2022-23540).',
  apis: [
    { path: [], ...middleware },
    { path: ['default'], ...middleware },
  ],
}
