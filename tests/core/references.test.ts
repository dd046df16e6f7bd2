import { describe, expect, it } from 'vitest'
import { type Parser, type SourceType, withAnalysis } from './probe.js'

const resolved = (code: string, sourceType: SourceType = 'module', parser: Parser = 'typescript'): string[] =>
  withAnalysis(code, (analysis) => analysis.references.map((reference) => reference.displayName), {
    sourceType,
    parser,
    filename: parser === 'typescript' ? 'server/probe.ts' : 'server/probe.js',
  })

/** Forms that are TypeScript syntax, which only the TypeScript parser reads. */
const typescriptOnly = new Set(['TypeScript assertion', 'import = require'])

/** Every import form users write, each followed by one call of `jsonwebtoken.verify`. */
const jsonwebtokenForms: Record<string, { code: string; sourceTypes: SourceType[] }> = {
  'default import': { code: `import jwt from 'jsonwebtoken'; jwt.verify(t, k)`, sourceTypes: ['module'] },
  'named import': { code: `import { verify } from 'jsonwebtoken'; verify(t, k)`, sourceTypes: ['module'] },
  'renamed import': { code: `import { verify as check } from 'jsonwebtoken'; check(t, k)`, sourceTypes: ['module'] },
  'namespace import': { code: `import * as jwt from 'jsonwebtoken'; jwt.verify(t, k)`, sourceTypes: ['module'] },
  'require': { code: `const jwt = require('jsonwebtoken'); jwt.verify(t, k)`, sourceTypes: ['module', 'commonjs'] },
  'require member': { code: `require('jsonwebtoken').verify(t, k)`, sourceTypes: ['module', 'commonjs'] },
  'require destructuring': {
    code: `const { verify: v } = require('jsonwebtoken'); v(t, k)`,
    sourceTypes: ['module', 'commonjs'],
  },
  'require with a constant module name': {
    code: `const name = 'jsonwebtoken'; const jwt = require(name); jwt.verify(t, k)`,
    sourceTypes: ['module', 'commonjs'],
  },
  'alias through const': {
    code: `const jwt = require('jsonwebtoken'); const j2 = jwt; const fn = j2.verify; fn(t, k)`,
    sourceTypes: ['module', 'commonjs'],
  },
  'computed member with a string key': {
    code: `import jwt from 'jsonwebtoken'; jwt['verify'](t, k)`,
    sourceTypes: ['module'],
  },
  'optional call': { code: `import jwt from 'jsonwebtoken'; jwt?.verify?.(t, k)`, sourceTypes: ['module'] },
  'TypeScript assertion': { code: `import jwt from 'jsonwebtoken'; (jwt as any).verify(t, k)`, sourceTypes: ['module'] },
  'await import': {
    code: `const { verify } = await import('jsonwebtoken'); verify(t, k)`,
    sourceTypes: ['module'],
  },
  'await import namespace': {
    code: `const jwt = await import('jsonwebtoken'); jwt.verify(t, k)`,
    sourceTypes: ['module'],
  },
  'import().then': {
    code: `import('jsonwebtoken').then(({ verify }) => verify(t, k))`,
    sourceTypes: ['module', 'commonjs'],
  },
  'import = require': { code: `import jwt = require('jsonwebtoken'); jwt.verify(t, k)`, sourceTypes: ['module'] },
  'createRequire': {
    code: `import { createRequire } from 'node:module'; const req = createRequire(import.meta.url); req('jsonwebtoken').verify(t, k)`,
    sourceTypes: ['module'],
  },
}

describe('import forms resolve to the library API', () => {
  for (const [name, { code, sourceTypes }] of Object.entries(jsonwebtokenForms)) {
    for (const sourceType of sourceTypes) {
      for (const parser of typescriptOnly.has(name) ? (['typescript'] as const) : (['typescript', 'espree'] as const)) {
        it(`${name} (${sourceType}, ${parser})`, () => {
          expect(resolved(code, sourceType, parser)).toEqual(['jsonwebtoken.verify'])
        })
      }
    }
  }

  it('resolves jose, an ES module, from named, namespace and subpath imports', () => {
    expect(
      resolved(`
        import { jwtVerify } from 'jose'
        import * as jose from 'jose'
        import { decodeJwt } from 'jose/jwt/decode'
        jwtVerify(t, k); jose.decodeProtectedHeader(t); decodeJwt(t); new jose.UnsecuredJWT({})
      `),
    ).toEqual(['jose.jwtVerify', 'jose.decodeProtectedHeader', 'jose.decodeJwt', 'jose.UnsecuredJWT'])
  })

  it('does not invent a default export for jose', () => {
    expect(resolved(`import jose from 'jose'; jose.jwtVerify(t, k)`)).toEqual([])
  })

  it('resolves the jose v2 API from require', () => {
    expect(resolved(`const { JWT, JWK } = require('jose'); JWT.verify(t, JWK.None)`, 'commonjs')).toEqual([
      'jose.JWT.verify',
      'jose.JWK.None',
    ])
  })

  it('resolves jwt-decode v3 (default export, module itself) and v4 (named)', () => {
    expect(resolved(`import jwt_decode from 'jwt-decode'; jwt_decode(t)`)).toEqual(['jwt-decode'])
    expect(resolved(`const jwtDecode = require('jwt-decode'); jwtDecode(t)`, 'commonjs')).toEqual(['jwt-decode'])
    expect(resolved(`import { jwtDecode } from 'jwt-decode'; jwtDecode(t)`)).toEqual(['jwt-decode.jwtDecode'])
  })

  it('resolves jwt-simple', () => {
    expect(resolved(`const jwt = require('jwt-simple'); jwt.decode(t, k); jwt.encode(p, k)`, 'commonjs')).toEqual([
      'jwt-simple.decode',
      'jwt-simple.encode',
    ])
  })
})

describe('what is not a JWT API', () => {
  it('ignores local functions that happen to be called verify or decode', () => {
    expect(
      resolved(`
        function verify(token, key) {}
        const decode = (t) => t
        verify(t, k); decode(t)
        const jwt = { verify() {} }; jwt.verify(t, k)
      `),
    ).toEqual([])
  })

  it('ignores a shadowed require', () => {
    expect(resolved(`function load(require) { require('jsonwebtoken').verify(t, k) }`, 'commonjs')).toEqual([])
  })

  it('ignores other modules with the same member names', () => {
    expect(resolved(`import { verify } from 'crypto'; import jws from 'not-jsonwebtoken'; verify(a, b); jws.verify(t)`)).toEqual([])
  })

  it('ignores type-only imports', () => {
    expect(resolved(`import type { JwtPayload } from 'jsonwebtoken'; let p: JwtPayload`)).toEqual([])
  })

  it('does not resolve a file that mentions no JWT module', () => {
    expect(resolved(`const x = require('lodash'); x.verify(t)`, 'commonjs')).toEqual([])
  })
})
