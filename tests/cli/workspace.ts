/**
 * A small repository for the command's tests, written to a temporary directory: one file per
 * syntax the command parses, and one per kind of file it must skip.
 */

/** Verifies with neither algorithms, audience nor issuer: three findings under `recommended`. */
const unrestrictedVerify = (signature: string): string => `import jwt from 'jsonwebtoken'

export function authenticate(${signature}) {
  return jwt.verify(token, key)
}
`

const minifiedLine = `var a=require("jsonwebtoken");${'function f(t,k){return a.verify(t,k)}'.repeat(600)}\n`

export const workspaceFiles: Readonly<Record<string, string>> = {
  // Marks the repository root: paths in SARIF and annotations are relative to it.
  '.git/HEAD': 'ref: refs/heads/main\n',
  '.git/info/exclude': 'excluded-by-git-info/\n',
  '.gitignore': 'generated/\n*.local.js\n/packages/*/lib/\n',

  'src/server/auth.ts': `import jwt from 'jsonwebtoken'

interface Claims<T extends string = string> { sub: T; roles: readonly string[] }

export function authenticate(token: string, key: string): Claims {
  return jwt.verify(token, key) as unknown as Claims
}
`,
  'src/server/admin.tsx': `import jwt from 'jsonwebtoken'

export function Admin({ token }: { token: string }) {
  const claims = jwt.verify(token, process.env.KEY!, {
    algorithms: ['HS256', 'none'],
    audience: 'https://api.example.com',
    issuer: 'https://id.example.com',
  }) as { name: string }
  return <p>{claims.name}</p>
}
`,
  'src/server/legacy.cjs': `const jwt = require('jsonwebtoken')

module.exports = function authenticate(token, key) {
  return jwt.verify(token, key)
}
`,
  'src/server/modern.mjs': unrestrictedVerify('token, key'),
  'src/server/widget.jsx': `import jwt from 'jsonwebtoken'

export function Widget({ token, secret }) {
  const claims = jwt.verify(token, secret)
  return <span>{claims.sub}</span>
}
`,
  'src/server/jose.ts': `import { jwtVerify } from 'jose'

export const authenticate = (token: string, key: CryptoKey) =>
  jwtVerify(token, key, { audience: 'https://api.example.com', issuer: 'https://id.example.com' })
`,
  'src/server/suppressed.js': `import jwt from 'jsonwebtoken'

export function authenticate(token, key) {
  // eslint-disable-next-line jwt-guard/require-algorithms, jwt-guard/require-audience, jwt-guard/require-issuer -- checked by the gateway
  return jwt.verify(token, key)
}
`,
  'src/server/other-comments.js': `/* eslint no-console: "off" */
import jwt from 'jsonwebtoken'

export function authenticate(token, key) {
  // eslint-disable-next-line no-console -- a rule this command does not run
  console.log('verifying')
  return jwt.verify(token, key, { algorithms: ['RS256'], audience: 'a', issuer: 'i' })
}
`,
  'src/clean.ts': `export const answer: number = 42\n`,
  'src/broken.js': `export function (\n`,
  'src/types.d.ts': `declare module 'x' { export function verify(token: string): unknown }\n`,
  'packages/app/src/index.js': unrestrictedVerify('token, key'),

  // Everything below must be skipped.
  'node_modules/some-lib/index.js': unrestrictedVerify('token, key'),
  'packages/app/node_modules/other/index.js': unrestrictedVerify('token, key'),
  'dist/server.js': unrestrictedVerify('token, key'),
  'packages/app/build/index.js': unrestrictedVerify('token, key'),
  'packages/app/lib/index.js': unrestrictedVerify('token, key'),
  'coverage/lcov-report/prettify.js': unrestrictedVerify('token, key'),
  'generated/client.js': unrestrictedVerify('token, key'),
  'src/secrets.local.js': unrestrictedVerify('token, key'),
  'excluded-by-git-info/x.js': unrestrictedVerify('token, key'),
  'public/vendor.min.js': unrestrictedVerify('token, key'),
  'public/chunk-3f2a.js': minifiedLine,
  'src/readme.md': 'jwt.verify(token, key)\n',
}

/** The files the command audits, relative to the workspace root. */
export const auditedFiles = [
  'packages/app/src/index.js',
  'src/broken.js',
  'src/clean.ts',
  'src/server/admin.tsx',
  'src/server/auth.ts',
  'src/server/jose.ts',
  'src/server/legacy.cjs',
  'src/server/modern.mjs',
  'src/server/other-comments.js',
  'src/server/suppressed.js',
  'src/server/widget.jsx',
]
