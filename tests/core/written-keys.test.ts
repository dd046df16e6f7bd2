import { describe, expect, it } from 'vitest'
import { writtenKeyUses } from '../../src/core/written-keys.js'
import { withAnalysis } from './probe.js'

interface Found {
  readonly text: string
  readonly kind: string
  readonly bytes: number | undefined
  readonly fallback: boolean
  readonly place: string
}

/** The written keys of `code`, in the order their calls appear. */
const keys = (code: string, sourceType: 'module' | 'commonjs' = 'module'): Found[] =>
  withAnalysis(
    code,
    (analysis) =>
      [...writtenKeyUses(analysis)].map(({ site, key }) => ({
        text: key.text,
        kind: key.kind,
        bytes: key.bytes,
        fallback: key.fallbackFor !== undefined,
        place: site.label,
      })),
    { sourceType },
  )

describe('key material written in the code', () => {
  it.each<[string, string, Partial<Found>]>([
    ['a string literal', `import jwt from 'jsonwebtoken'; jwt.sign(p, 'abc')`, { text: 'abc', bytes: 3 }],
    ['UTF-8 bytes, not characters', `import jwt from 'jsonwebtoken'; jwt.sign(p, 'äöü€')`, { bytes: 9 }],
    ['a template literal', 'import jwt from "jsonwebtoken"; jwt.sign(p, `abc`)', { text: 'abc' }],
    ['a concatenation of constants', `import jwt from 'jsonwebtoken'; const A = 'ab'; jwt.sign(p, A + 'cd')`, { text: 'abcd' }],
    ['Buffer.from hex', `import jwt from 'jsonwebtoken'; jwt.sign(p, Buffer.from('00ff00ff', 'hex'))`, { bytes: 4 }],
    ['Buffer.from base64url', `import jwt from 'jsonwebtoken'; jwt.sign(p, Buffer.from('AAAA', 'base64url'))`, { bytes: 3 }],
    [
      'Buffer imported from node:buffer',
      `import { Buffer as B } from 'node:buffer'; import jwt from 'jsonwebtoken'; jwt.sign(p, B.from('abcd', 'base64'))`,
      { bytes: 3 },
    ],
    [
      'an encoder kept in a constant',
      `import { jwtVerify } from 'jose'; const enc = new TextEncoder(); jwtVerify(t, enc.encode('abc'))`,
      { text: 'abc', bytes: 3 },
    ],
    [
      'createSecretKey with an encoding',
      `import * as crypto from 'crypto'; import jwt from 'jsonwebtoken'; jwt.sign(p, crypto.createSecretKey('00ff', 'hex'))`,
      { bytes: 2 },
    ],
    ['jsrsasign hex', `import { KJUR } from 'jsrsasign'; KJUR.jws.JWS.verify(t, '00ff00', ['HS256'])`, { bytes: 3 }],
    ['jsrsasign odd-length text', `import { KJUR } from 'jsrsasign'; KJUR.jws.JWS.verify(t, '00ff0', ['HS256'])`, { bytes: 5 }],
    ['a fallback', `import jwt from 'jsonwebtoken'; jwt.sign(p, process.env.S || 'dev')`, { text: 'dev', fallback: true }],
    ['a PEM public key', `import jwt from 'jsonwebtoken'; jwt.verify(t, '-----BEGIN CERTIFICATE-----\\nMII')`, { kind: 'public-key' }],
    [
      'the private part of a JWK, base64url',
      `import { importJWK, jwtVerify } from 'jose'; jwtVerify(t, await importJWK({ kty: 'EC', crv: 'P-256', x: 'x', y: 'y', d: 'AAAA' }))`,
      { text: 'AAAA', kind: 'private-key', bytes: 3 },
    ],
    ['the k of an oct JWK', `import { jwtVerify } from 'jose'; jwtVerify(t, { kty: 'oct', k: 'AAAAAA' })`, { kind: 'secret', bytes: 4 }],
  ])('%s', (_name, code, expected) => {
    const found = keys(code)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject(expected)
  })

  it('reads key options, a list of secrets and a factory that returns the options', () => {
    expect(
      keys(
        `
const koaJwt = require('koa-jwt')
const { JwtModule } = require('@nestjs/jwt')
koaJwt({ secret: ['a', process.env.B] })
JwtModule.registerAsync({ useFactory: async () => ({ secret: 'c' }) })
`,
        'commonjs',
      ).map(({ text, place }) => [text, place]),
    ).toEqual([
      ['a', 'secret'],
      ['c', 'secret'],
      ['c', 'secret'],
    ])
  })

  it.each([
    ['an environment variable', `jwt.sign(p, process.env.S!)`],
    ['a function call', `jwt.sign(p, loadKey())`],
    ['a parameter', `export const f = (key: string) => jwt.sign(p, key)`],
    ['a reassigned variable', `let k = 'a'; k = load(); jwt.sign(p, k)`],
    ['an object changed later', `const c = { k: 'a' }; c.k = load(); jwt.sign(p, c.k)`],
    ['an unknown Buffer encoding', `jwt.sign(p, Buffer.from(process.env.K!, 'hex'))`],
    ['an empty string', `jwt.sign(p, '')`],
    ['a conditional whose test is known', `jwt.sign(p, false ? 'a' : process.env.K!)`],
    ['a public JWK', `jwt.verify(t, { kty: 'RSA', n: 'AQAB', e: 'AQAB' })`],
  ])('nothing for %s', (_name, code) => {
    expect(keys(`import jwt from 'jsonwebtoken'\n${code}`)).toEqual([])
  })
})
