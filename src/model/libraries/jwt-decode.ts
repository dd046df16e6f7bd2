import type { JwtApi, JwtLibrary } from '../types.js'

const decodeShape = {
  invocation: 'call',
  kind: 'decode',
  args: { token: 0, options: 1 },
  resultSelectors: [{ option: 'header', value: true, result: 'header' }],
} as const satisfies Omit<JwtApi, 'path'>

/** auth0/jwt-decode: v4 names `jwtDecode`, v3 exports the function itself (and as `default`). */
export const jwtDecode: JwtLibrary = {
  name: 'jwt-decode',
  modules: ['jwt-decode'],
  esm: false,
  environment: 'client',
  apis: [
    { path: [], ...decodeShape },
    { path: ['default'], ...decodeShape },
    { path: ['jwtDecode'], ...decodeShape },
  ],
}
