/**
 * Where verification keys come from, outside the JWT libraries themselves: the
 * modules and globals through which code fetches a key set, reads a key file or
 * builds a key object, and the token fields that must not steer them
 * (RFC 8725 section 3.10, OWASP ASVS 5.0 V9.1.3).
 *
 * The modules are described with the library shapes (`keySource` APIs with
 * `keySourceOptions`) so the same resolver finds them from every import form;
 * they are a separate list, not JWT libraries, so no other rule sees them.
 */
import type { JwtApi, JwtLibrary, KeySourceOptionNames } from './types.js'

const fetches = (path: readonly string[]): JwtApi => ({
  path,
  invocation: 'call',
  kind: 'keySource',
  args: { options: 0 },
  // `axios(url)` or `axios({ url })`, `got(url)` or `got({ url })`.
  keySourceOptions: { uriArgument: 0, uri: 'url' },
})

const readsFile = (path: readonly string[]): JwtApi => ({
  path,
  invocation: 'call',
  kind: 'keySource',
  args: {},
  keySourceOptions: { pathArgumentsFrom: 0 },
})

const importsKey = (path: readonly string[], keySourceOptions: KeySourceOptionNames): JwtApi => ({
  path,
  invocation: 'call',
  kind: 'keySource',
  args: {},
  keySourceOptions,
})

const fileReads = ['readFileSync', 'readFile', 'createReadStream', 'openSync', 'open'] as const

const server = { esm: false, environment: 'server' } as const

/** Modules whose calls fetch a URL, read a file or build a key object. */
export const keySourceModules: readonly JwtLibrary[] = [
  {
    name: 'axios',
    modules: ['axios'],
    ...server,
    apis: [fetches([]), ...['get', 'request', 'head'].map((method) => fetches([method]))],
  },
  { name: 'got', modules: ['got'], ...server, apis: [fetches([]), fetches(['get'])] },
  { name: 'node-fetch', modules: ['node-fetch'], ...server, apis: [fetches([])] },
  { name: 'undici', modules: ['undici'], ...server, apis: [fetches(['fetch']), fetches(['request'])] },
  { name: 'http', modules: ['http', 'node:http'], ...server, apis: [fetches(['get']), fetches(['request'])] },
  { name: 'https', modules: ['https', 'node:https'], ...server, apis: [fetches(['get']), fetches(['request'])] },
  {
    name: 'fs',
    modules: ['fs', 'node:fs'],
    ...server,
    apis: [...fileReads.map((name) => readsFile([name])), ...fileReads.map((name) => readsFile(['promises', name]))],
  },
  { name: 'fs/promises', modules: ['fs/promises', 'node:fs/promises'], ...server, apis: [readsFile(['readFile']), readsFile(['open'])] },
  {
    name: 'path',
    modules: ['path', 'node:path'],
    ...server,
    apis: [readsFile(['join']), readsFile(['resolve']), readsFile(['posix', 'join']), readsFile(['posix', 'resolve'])],
  },
  {
    name: 'crypto',
    modules: ['crypto', 'node:crypto'],
    ...server,
    apis: [
      // A PEM or DER string, a JWK object, or `{ key, format: 'jwk' }`.
      importsKey(['createPublicKey'], { materialArgument: 0, materialOption: 'key' }),
      importsKey(['createSecretKey'], { materialArgument: 0 }),
      { path: ['X509Certificate'], invocation: 'construct', kind: 'keySource', args: {}, keySourceOptions: { materialArgument: 0 } },
    ],
  },
]

/** Globals that fetch a URL. */
export const keySourceGlobals: readonly { readonly name: string; readonly keySourceOptions: KeySourceOptionNames }[] = [
  { name: 'fetch', keySourceOptions: { uriArgument: 0 } },
]

/**
 * Header parameters that carry a key or say where to fetch one (RFC 7515 sections
 * 4.1.2 to 4.1.6): whoever writes the token writes them.
 */
export const keyCarryingHeaderParameters: readonly string[] = ['jku', 'jwk', 'x5u', 'x5c']

/** The header parameter that names the key (RFC 7515 section 4.1.4): fine as a lookup key, not as part of a path, URL or query. */
export const keyIdHeaderParameter = 'kid'

/** The claim that discovery turns into a key URL (`${iss}/.well-known/jwks.json`). */
export const issuerClaim = 'iss'

/**
 * Token types whose key is, by design, the one in their own header: a DPoP proof is
 * checked with the `jwk` it carries, which the access token then binds (RFC 9449 section 4.3).
 */
export const selfKeyedTokenTypes: readonly string[] = ['dpop+jwt']

/**
 * Functions whose call shows the code pins an embedded key to a known one: a thumbprint
 * compared with an allow-list or with the access token's `cnf.jkt` (jose).
 */
export const keyPinningFunctions: readonly string[] = ['calculateJwkThumbprint', 'calculateJwkThumbprintUri']

/**
 * Calls that hand their input's text on, so token data inside stays token data:
 * `new URL(jku)`, `String(kid)`, `Buffer.from(x5c[0], 'base64')`. Any other call
 * (`encodeURIComponent`, `path.basename`, a lookup) is not followed.
 */
export const passThroughGlobals: readonly { readonly path: readonly string[]; readonly invocation: 'call' | 'construct' }[] = [
  { path: ['URL'], invocation: 'construct' },
  { path: ['String'], invocation: 'call' },
  { path: ['Buffer', 'from'], invocation: 'call' },
]

/** Methods that return their receiver's text, joined with their arguments for `concat` and `join`. */
export const passThroughMethods: readonly string[] = ['toString', 'trim', 'trimStart', 'trimEnd', 'toLowerCase', 'toUpperCase', 'normalize', 'concat', 'join']

/** Methods of database clients that run SQL text given as their first argument: `pool.query(sql)`, `knex.raw(sql)`. */
export const sqlQueryMethods: readonly string[] = ['query', 'execute', 'raw', 'unsafe', '$queryRawUnsafe', '$executeRawUnsafe']

/** The word each statement `sqlTextPattern` reads starts with: a file without any of them builds no SQL text. */
export const sqlStatementWords: readonly string[] = ['select', 'update', 'delete', 'insert']

/**
 * Text that reads as an SQL statement, in the constant parts of a string built in code. The
 * whole shape is required (`select ... from ... where column =`), so prose such as "select a
 * key from the list where it is shown" does not match.
 */
export const sqlTextPattern =
  /\b(?:select\b[\s\S]*\bfrom\b[\s\S]*\bwhere\s+[\w."`[\]]+\s*(?:[=<>!]|like\b|in\b|is\b)|update\s+[\w."`[\]]+\s+set\s+[\w."`[\]]+\s*=|delete\s+from\s+[\w."`[\]]+[\s\S]*\bwhere\b|insert\s+into\s+[\w."`[\]]+[\s\S]*\bvalues\b)/iu
