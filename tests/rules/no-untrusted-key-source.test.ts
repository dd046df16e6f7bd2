import rule from '../../src/rules/no-untrusted-key-source.js'
import { assertionOptions, cjsRuleTester, ruleTester } from '../rule-tester.js'

ruleTester.run(rule.name, rule, {
  assertionOptions,
  valid: [
    {
      name: 'kid as the key of a constant map of imported keys',
      code: `
import { decodeProtectedHeader, importJWK, jwtVerify } from 'jose'
import { trustedKeys } from './keys'
export async function authenticate(token: string) {
  const { kid } = decodeProtectedHeader(token)
  const jwk = trustedKeys[kid!]
  if (!jwk) throw new Error('unknown key')
  return jwtVerify(token, await importJWK(jwk, 'ES256'), { algorithms: ['ES256'] })
}
`,
    },
    {
      name: 'kid picks a key from a fixed JWKS (createLocalJWKSet, jwks-rsa getSigningKey)',
      code: `
import jwt from 'jsonwebtoken'
import jwksClient from 'jwks-rsa'
import { createLocalJWKSet, jwtVerify } from 'jose'
import jwks from './jwks.json'
const localKeys = createLocalJWKSet(jwks)
const client = jwksClient({ jwksUri: 'https://idp.example.com/.well-known/jwks.json' })
function getKey(header: jwt.JwtHeader, callback: jwt.SigningKeyCallback) {
  client.getSigningKey(header.kid, (err, key) => callback(err, key?.getPublicKey()))
}
export const viaJose = (token: string) => jwtVerify(token, localKeys, { algorithms: ['RS256'] })
export const viaCallback = (token: string, done: jwt.VerifyCallback) => jwt.verify(token, getKey, { algorithms: ['RS256'] }, done)
`,
    },
    {
      name: 'jku checked against an allow-list before it is fetched',
      code: `
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose'
const trustedKeySets = new Set(['https://idp.example.com/.well-known/jwks.json'])
export async function authenticate(token: string) {
  const header = decodeProtectedHeader(token)
  if (!header.jku || !trustedKeySets.has(header.jku)) throw new Error('untrusted key set')
  return jwtVerify(token, createRemoteJWKSet(new URL(header.jku)), { algorithms: ['RS256'] })
}
`,
    },
    {
      name: 'jku whose origin is compared before the fetch, in a key callback',
      code: `
import jwt from 'jsonwebtoken'
export function authenticate(token: string, done: jwt.VerifyCallback) {
  jwt.verify(token, (header, callback) => {
    if (new URL(header.jku!).origin !== 'https://idp.example.com') return callback(new Error('untrusted jku'))
    fetch(header.jku!).then((response) => response.text()).then((pem) => callback(null, pem), callback)
  }, { algorithms: ['RS256'] }, done)
}
`,
    },
    {
      name: 'jku checked by the caller of the key callback',
      code: `
import jwt from 'jsonwebtoken'
const trusted = ['https://idp.example.com/keys.pem']
export function authenticate(token: string, done: jwt.VerifyCallback) {
  const { header } = jwt.decode(token, { complete: true })!
  if (!trusted.includes(header.jku!)) return done(new Error('untrusted key URL') as jwt.VerifyErrors)
  jwt.verify(token, (_header, callback) => {
    fetch(header.jku!).then((response) => response.text()).then((pem) => callback(null, pem), callback)
  }, { algorithms: ['RS256'] }, done)
}
`,
    },
    {
      name: 'x5c only logged',
      code: `
import jwt from 'jsonwebtoken'
export function authenticate(token: string, publicKey: string) {
  const { header } = jwt.decode(token, { complete: true })!
  console.warn('token carries a certificate chain', header.x5c)
  return jwt.verify(token, publicKey, { algorithms: ['RS256'] })
}
`,
    },
    {
      name: 'key set URL built from configuration, not the token',
      code: `
import { createRemoteJWKSet, jwtVerify } from 'jose'
import jwksClient from 'jwks-rsa'
import { config } from './config'
const keySet = createRemoteJWKSet(new URL(\`\${config.issuer}/.well-known/jwks.json\`))
export const client = jwksClient({ jwksUri: process.env.JWKS_URI! })
export const authenticate = (token: string) => jwtVerify(token, keySet, { issuer: config.issuer })
`,
    },
    {
      name: 'kid matched against a strict pattern before it names a file',
      code: `
import jwt from 'jsonwebtoken'
import { readFileSync } from 'node:fs'
export function authenticate(token: string) {
  const { header } = jwt.decode(token, { complete: true })!
  if (!/^[a-z0-9-]{1,64}$/.test(header.kid ?? '')) throw new Error('bad kid')
  return jwt.verify(token, readFileSync(\`keys/\${header.kid}.pem\`), { algorithms: ['RS256'] })
}
`,
    },
    {
      name: 'kid encoded or reduced to a file name before use',
      code: `
import jwt from 'jsonwebtoken'
import path from 'node:path'
import fs from 'node:fs'
export async function keyFor(token: string) {
  const { header } = jwt.decode(token, { complete: true })!
  const fromService = await fetch(\`https://keys.example.com/keys/\${encodeURIComponent(header.kid!)}\`)
  const fromDisk = fs.readFileSync(path.join('/etc/keys', path.basename(header.kid!)))
  return [fromService, fromDisk]
}
`,
    },
    {
      name: 'kid bound as a query parameter, or in a tagged SQL template',
      code: `
import jwt from 'jsonwebtoken'
import { pool, sql } from './db'
export async function keyFor(token: string) {
  const { header } = jwt.decode(token, { complete: true })!
  const rows = await pool.query('SELECT pem FROM signing_keys WHERE kid = $1', [header.kid])
  const row = await sql\`SELECT pem FROM signing_keys WHERE kid = \${header.kid}\`
  return [rows, row]
}
`,
    },
    {
      name: 'kid in prose that only looks like SQL',
      code: `
import jwt from 'jsonwebtoken'
import { keys } from './keys'
export function keyFor(token: string) {
  const { header } = jwt.decode(token, { complete: true })!
  const key = keys.get(header.kid!)
  if (!key) throw new Error(\`Select a key from the console and update the settings where \${header.kid} is listed\`)
  return key
}
`,
    },
    {
      name: 'DPoP proof verified with the key it carries, as RFC 9449 requires',
      code: `
import { EmbeddedJWK, jwtVerify } from 'jose'
export const verifyProof = (proof: string) => jwtVerify(proof, EmbeddedJWK, { typ: 'dpop+jwt', algorithms: ['ES256'] })
`,
    },
    {
      name: 'embedded key pinned by its thumbprint',
      code: `
import { calculateJwkThumbprint, EmbeddedJWK, jwtVerify } from 'jose'
const pinned = new Set(['NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs'])
export async function authenticate(token: string) {
  const { payload, protectedHeader } = await jwtVerify(token, EmbeddedJWK, { algorithms: ['ES256'] })
  if (!pinned.has(await calculateJwkThumbprint(protectedHeader.jwk!))) throw new Error('unknown key')
  return payload
}
`,
    },
    {
      name: 'EmbeddedJWK called by custom key code',
      code: `
import { EmbeddedJWK, jwtVerify } from 'jose'
import { isRegisteredDevice } from './devices'
export const authenticate = (token: string) =>
  jwtVerify(token, async (protectedHeader, input) => {
    const key = await EmbeddedJWK(protectedHeader, input)
    if (!(await isRegisteredDevice(key))) throw new Error('unknown device')
    return key
  })
`,
    },
    {
      name: 'a parameter named header that no library fills',
      code: `
import fs from 'node:fs'
import jwt from 'jsonwebtoken'
export function keyFor(header: { kid: string }) {
  return fs.readFileSync(\`keys/\${header.kid}.pem\`)
}
export const authenticate = (token: string) => jwt.verify(token, keyFor({ kid: 'main' }), { algorithms: ['RS256'] })
`,
    },
    {
      name: 'the header of a verified token',
      code: `
import { createRemoteJWKSet, jwtVerify } from 'jose'
const keySet = createRemoteJWKSet(new URL('https://idp.example.com/.well-known/jwks.json'))
export async function nested(token: string) {
  const { protectedHeader } = await jwtVerify(token, keySet, { algorithms: ['RS256'] })
  return fetch(\`https://idp.example.com/keys/\${protectedHeader.kid}\`)
}
`,
    },
    {
      name: 'header data other than key parameters, and payload claims other than iss, in a plain fetch',
      code: `
import { decodeJwt, decodeProtectedHeader } from 'jose'
const keyUrls: Record<string, string> = { RS256: 'https://idp.example.com/rsa.json' }
export async function prefetch(token: string) {
  const { alg } = decodeProtectedHeader(token)
  const { sub } = decodeJwt(token)
  return Promise.all([fetch(keyUrls[alg!]!), fetch(\`https://api.example.com/audit?alg=\${alg}\`), fetch(\`https://api.example.com/users/\${sub}\`)])
}
`,
    },
    {
      name: 'a local function named decodeProtectedHeader',
      code: `
import { createRemoteJWKSet, jwtVerify } from 'jose'
function decodeProtectedHeader(token: string) {
  return { jku: 'https://idp.example.com/.well-known/jwks.json', token }
}
export const authenticate = (token: string) => jwtVerify(token, createRemoteJWKSet(new URL(decodeProtectedHeader(token).jku)))
`,
    },
  ],
  invalid: [
    {
      name: 'kid into a file path in a jsonwebtoken key callback',
      code: `
import jwt from 'jsonwebtoken'
import fs from 'node:fs'
export function authenticate(token: string, done: jwt.VerifyCallback) {
  jwt.verify(token, (header, callback) => callback(null, fs.readFileSync(\`keys/\${header.kid}.pem\`)), { algorithms: ['RS256'] }, done)
}
`,
      errors: [
        {
          messageId: 'keyLookupFromToken',
          data: { sink: 'fs.readFileSync', field: '`kid` header parameter', target: 'a file path' },
          line: 5,
          column: 82,
          endLine: 5,
          endColumn: 92,
        },
      ],
    },
    {
      name: 'jku from decodeProtectedHeader to createRemoteJWKSet',
      code: `
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose'
export async function authenticate(token: string) {
  const { jku } = decodeProtectedHeader(token)
  return jwtVerify(token, createRemoteJWKSet(new URL(jku!)), { algorithms: ['RS256'] })
}
`,
      errors: [
        {
          messageId: 'keyUrlFromToken',
          data: { sink: 'jose.createRemoteJWKSet', field: '`jku` header parameter' },
          line: 5,
          column: 54,
          endLine: 5,
          endColumn: 57,
        },
      ],
    },
    {
      name: 'jose EmbeddedJWK as the key',
      code: `
import { EmbeddedJWK, jwtVerify } from 'jose'
export const authenticate = (token: string) => jwtVerify(token, EmbeddedJWK, { algorithms: ['ES256'] })
`,
      errors: [
        {
          messageId: 'embeddedKey',
          data: { api: 'jose.EmbeddedJWK' },
          line: 3,
          column: 65,
          endLine: 3,
          endColumn: 76,
        },
      ],
    },
    {
      name: 'EmbeddedJWK from the jose/jwk/embedded subpath, through a constant',
      code: `
import { EmbeddedJWK } from 'jose/jwk/embedded'
import { compactVerify } from 'jose/jws/compact/verify'
const keyFromToken = EmbeddedJWK
export const authenticate = (jws: string) => compactVerify(jws, keyFromToken)
`,
      errors: [
        {
          messageId: 'embeddedKey',
          data: { api: 'jose.EmbeddedJWK' },
          line: 5,
          column: 65,
          endLine: 5,
          endColumn: 77,
        },
      ],
    },
    {
      name: 'jwk and x5c header parameters imported as keys',
      code: `
import { decodeProtectedHeader, importJWK, importX509 } from 'jose'
import { createPublicKey } from 'node:crypto'
export async function keysOf(token: string) {
  const header = decodeProtectedHeader(token)
  const fromJwk = await importJWK(header.jwk!, 'ES256')
  const fromCertificate = await importX509(\`-----BEGIN CERTIFICATE-----\\n\${header.x5c![0]}\\n-----END CERTIFICATE-----\`, 'RS256')
  const fromNode = createPublicKey({ key: header.jwk as JsonWebKey, format: 'jwk' })
  return [fromJwk, fromCertificate, fromNode]
}
`,
      errors: [
        {
          messageId: 'keyMaterialFromToken',
          data: { sink: 'jose.importJWK', field: '`jwk` header parameter' },
          line: 6,
          column: 35,
          endLine: 6,
          endColumn: 45,
        },
        {
          messageId: 'keyMaterialFromToken',
          data: { sink: 'jose.importX509', field: '`x5c` header parameter' },
          line: 7,
          column: 76,
          endLine: 7,
          endColumn: 90,
        },
        {
          messageId: 'keyMaterialFromToken',
          data: { sink: 'crypto.createPublicKey', field: '`jwk` header parameter' },
          line: 8,
          column: 43,
          endLine: 8,
          endColumn: 53,
        },
      ],
    },
    {
      name: 'kid in an SQL query run by query()',
      code: `
import jwt from 'jsonwebtoken'
import { pool } from './db'
export async function authenticate(token: string) {
  const { header } = jwt.decode(token, { complete: true })!
  const { rows } = await pool.query(\`SELECT pem FROM signing_keys WHERE kid = '\${header.kid}'\`)
  return jwt.verify(token, rows[0].pem, { algorithms: ['RS256'] })
}
`,
      errors: [
        {
          messageId: 'keyLookupFromToken',
          data: { sink: 'query', field: '`kid` header parameter', target: 'an SQL query' },
          line: 6,
          column: 82,
          endLine: 6,
          endColumn: 92,
        },
      ],
    },
    {
      name: 'kid concatenated into SQL text held in a constant',
      code: `
import { decodeProtectedHeader } from 'jose'
import { db } from './db'
export function keyRow(token: string) {
  const { kid } = decodeProtectedHeader(token)
  const text = 'SELECT pem FROM signing_keys WHERE kid = "' + kid + '"'
  return db.get(text)
}
`,
      errors: [
        {
          messageId: 'keyLookupFromToken',
          data: { sink: 'SQL string', field: '`kid` header parameter', target: 'an SQL query' },
          line: 6,
          column: 63,
          endLine: 6,
          endColumn: 66,
        },
      ],
    },
    {
      name: 'jwksUri built from the unverified iss claim',
      code: `
import jwksClient from 'jwks-rsa'
import { decodeJwt } from 'jose'
export function clientFor(token: string) {
  const { iss } = decodeJwt(token)
  return jwksClient({ jwksUri: \`\${iss}/.well-known/jwks.json\` })
}
`,
      errors: [
        {
          messageId: 'keyUrlFromToken',
          data: { sink: 'jwks-rsa', field: '`iss` claim' },
          line: 6,
          column: 35,
          endLine: 6,
          endColumn: 38,
        },
      ],
    },
    {
      name: 'fast-jwt key callback fetching the x5u URL',
      code: `
import { createVerifier } from 'fast-jwt'
export const verify = createVerifier({
  algorithms: ['RS256'],
  key: async ({ header }) => (await fetch(header.x5u)).text(),
})
`,
      errors: [
        {
          messageId: 'keyUrlFromToken',
          data: { sink: 'fetch', field: '`x5u` header parameter' },
          line: 5,
          column: 43,
          endLine: 5,
          endColumn: 53,
        },
      ],
    },
    {
      name: 'express-jwt secret callback joining kid into a path',
      code: `
import { expressjwt } from 'express-jwt'
import path from 'node:path'
import { readFileSync } from 'node:fs'
export const authenticate = expressjwt({
  algorithms: ['RS256'],
  secret: (req, token) => readFileSync(path.join('/etc/keys', \`\${token!.header.kid}.pem\`)),
})
`,
      errors: [
        {
          messageId: 'keyLookupFromToken',
          data: { sink: 'path.join', field: '`kid` header parameter', target: 'a file path' },
          line: 7,
          column: 66,
          endLine: 7,
          endColumn: 83,
        },
      ],
    },
    {
      name: 'hand-rolled header decode, jku fetched with axios and got',
      code: `
import axios from 'axios'
import got from 'got'
export async function keySetOf(token: string) {
  const header = JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString())
  const first = await axios.get(header.jku)
  const second = await got(header.x5u)
  return [first, second]
}
`,
      errors: [
        {
          messageId: 'keyUrlFromToken',
          data: { sink: 'axios.get', field: '`jku` header parameter' },
          line: 6,
          column: 33,
          endLine: 6,
          endColumn: 43,
        },
        {
          messageId: 'keyUrlFromToken',
          data: { sink: 'got', field: '`x5u` header parameter' },
          line: 7,
          column: 28,
          endLine: 7,
          endColumn: 38,
        },
      ],
    },
    {
      name: 'a fallback does not help when the token sets jku; a typeof test is no allow-list',
      code: `
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose'
export async function authenticate(token: string) {
  const header = decodeProtectedHeader(token)
  if (typeof header.jku !== 'string') throw new Error('no jku')
  const keySetUrl = new URL(header.jku ?? 'https://idp.example.com/.well-known/jwks.json')
  return jwtVerify(token, createRemoteJWKSet(keySetUrl))
}
`,
      errors: [
        {
          messageId: 'keyUrlFromToken',
          data: { sink: 'jose.createRemoteJWKSet', field: '`jku` header parameter' },
          line: 6,
          column: 29,
          endLine: 6,
          endColumn: 90,
        },
      ],
    },
    {
      name: 'hono jwk middleware with jwks_uri from the token',
      code: `
import { Hono } from 'hono'
import { decode } from 'hono/jwt'
import { jwk } from 'hono/jwk'
const app = new Hono()
app.use('/api/*', (c, next) => {
  const { header } = decode(c.req.header('Authorization')!.slice(7))
  return jwk({ jwks_uri: (header as { jku: string }).jku, alg: ['RS256'] })(c, next)
})
`,
      errors: [
        {
          messageId: 'keyUrlFromToken',
          data: { sink: 'hono.jwk', field: '`jku` header parameter' },
          line: 8,
          column: 26,
          endLine: 8,
          endColumn: 57,
        },
      ],
    },
    {
      name: 'aws-jwt-verify JwtVerifier with jwksUri from an unverified issuer',
      code: `
import { JwtVerifier } from 'aws-jwt-verify'
import { decomposeUnverifiedJwt } from 'aws-jwt-verify/jwt'
export function verifierFor(token: string) {
  const { payload } = decomposeUnverifiedJwt(token)
  return JwtVerifier.create({ issuer: payload.iss!, audience: 'api', jwksUri: \`\${payload.iss}/.well-known/jwks.json\` })
}
`,
      errors: [
        {
          messageId: 'keyUrlFromToken',
          data: { sink: 'aws-jwt-verify.JwtVerifier.create', field: '`iss` claim' },
          line: 6,
          column: 82,
          endLine: 6,
          endColumn: 93,
        },
      ],
    },
  ],
})

cjsRuleTester.run(rule.name, rule, {
  assertionOptions,
  valid: [
    {
      name: 'CommonJS: key set URL from the environment, kid into a fixed map',
      filename: 'server/auth.js',
      code: `
const { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } = require('jose')
const keySets = { a: createRemoteJWKSet(new URL(process.env.JWKS_A)), b: createRemoteJWKSet(new URL(process.env.JWKS_B)) }
exports.authenticate = (token) => jwtVerify(token, keySets[decodeProtectedHeader(token).kid])
`,
    },
  ],
  invalid: [
    {
      name: 'CommonJS: koa-jwt secret loader fetching jku',
      filename: 'server/auth.js',
      code: `
const jwt = require('koa-jwt')
module.exports = jwt({
  algorithms: ['RS256'],
  secret: async (header) => (await fetch(header.jku)).text(),
})
`,
      errors: [
        {
          messageId: 'keyUrlFromToken',
          data: { sink: 'fetch', field: '`jku` header parameter' },
          line: 5,
          column: 42,
          endLine: 5,
          endColumn: 52,
        },
      ],
    },
    {
      name: 'CommonJS: jose v2 JWK.EmbeddedJWK and JWK.EmbeddedX5C',
      filename: 'server/auth.js',
      code: `
const { JWT, JWK } = require('jose')
exports.viaJwk = (token) => JWT.verify(token, JWK.EmbeddedJWK, { algorithms: ['ES256'] })
exports.viaCertificate = (token) => JWT.verify(token, JWK.EmbeddedX5C, { algorithms: ['RS256'] })
`,
      errors: [
        {
          messageId: 'embeddedKey',
          data: { api: 'jose.JWK.EmbeddedJWK' },
          line: 3,
          column: 47,
          endLine: 3,
          endColumn: 62,
        },
        {
          messageId: 'embeddedKey',
          data: { api: 'jose.JWK.EmbeddedX5C' },
          line: 4,
          column: 55,
          endLine: 4,
          endColumn: 70,
        },
      ],
    },
    {
      name: 'CommonJS: @fastify/jwt secret callback reading the key file named by kid',
      filename: 'server/auth.js',
      code: `
const fs = require('node:fs/promises')
module.exports = async function (fastify) {
  fastify.register(require('@fastify/jwt'), {
    secret: async (request, token) => fs.readFile('/etc/keys/' + token.header.kid),
    decode: { complete: true },
  })
}
`,
      errors: [
        {
          messageId: 'keyLookupFromToken',
          data: { sink: 'fs/promises.readFile', field: '`kid` header parameter', target: 'a file path' },
          line: 5,
          column: 66,
          endLine: 5,
          endColumn: 82,
        },
      ],
    },
  ],
})
