import tsParser from '@typescript-eslint/parser'
import { Linter } from 'eslint'
import { describe, expect, it } from 'vitest'
import plugin from '../../src/index.js'

/**
 * Names that every plain object already has: a model lookup such as `methodsByReceiver[name]` on a
 * name taken from the code finds `Object.prototype.constructor` unless it checks own properties, and
 * `this.constructor.href = url` once crashed no-token-in-url that way. Each template below has the
 * shape some rule inspects; every placeholder is filled with each of these names, one placeholder
 * at a time and all at once, and linting must not throw.
 */
const prototypeNames = [
  'constructor',
  '__proto__',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  'prototype',
]

const header = `import jwt from 'jsonwebtoken'\nimport * as jose from 'jose'\nimport { jwtDecode } from 'jwt-decode'\nimport express from 'express'\n`

const templates = [
  '$A.$B = token',
  '$A.$B.$C = token',
  'this.$A.$B = token',
  'window.$A.$B = token',
  '$A.$B(token)',
  '$A.$B.$C(token, { $A: token })',
  '$A($B)',
  'new $A(token, { $B: token })',
  'jwt.$A(token, secret, { $B: $C })',
  'jose.$A(token, key)',
  'jwt.verify(token, secret, { algorithms: [$A], $B: true, $C: [] })',
  "jwt.sign({ $A: token, sub: 'u' }, '$B', { $C: 1 })",
  'new jose.SignJWT({ $A: 1 }).$B().$C(key)',
  'jwtDecode(token).$A; jwtDecode(token)[$B]',
  'const { $A, $B } = jwt.decode(token); use($A, $B)',
  'const { $A } = jwt; $A(token, secret)',
  "res.cookie('$A', token, { $B: true, $C: 'lax' })",
  "res.$A('$B', token)",
  "res.setHeader('$A', token); req.headers['$B']; req.headers.$C",
  "localStorage.setItem('$A', token); sessionStorage.$B('$C', token)",
  "fetch('https://api.example.com/' + $A, { headers: { $B: 'Bearer ' + token, $C: token } })",
  "axios.$A('/x', { params: { $B: token }, headers: { $C: token } })",
  'console.$A(token); logger.$B({ $C: token })',
  "location.$A = '/x?token=' + token; $B.location = `/y?$C=${token}`",
  "const url = new URL(base); url.searchParams.$A('$B', token); url.$C = token",
  'const $A = token; $B($A, $C)',
  'function $A($B) { return jwt.decode($B).$C }',
  'class $A { $B() { return this.$C(token) } static $C() { return jwt.sign({}, key) } }',
  'const app = express(); app.$A("/$B", (req, res) => res.$C(req.query.token))',
  'try { jwt.verify(token, key) } catch ($A) { $B.$C($A) }',
  "const [$A, $B] = token.split('.'); JSON.parse(atob($B))[$A]",
]

const placeholders = ['$A', '$B', '$C'] as const
const fillers = { $A: 'alpha', $B: 'beta', $C: 'gamma' } as const

function variants(template: string, name: string): string[] {
  const fill = (chosen: (typeof placeholders)[number] | 'all') =>
    placeholders.reduce((text, placeholder) => text.replaceAll(placeholder, chosen === 'all' || chosen === placeholder ? name : fillers[placeholder]), template)
  return [...new Set([fill('all'), ...placeholders.map((placeholder) => fill(placeholder))])]
}

const linter = new Linter({ configType: 'flat' })
const config: Linter.Config[] = [
  { files: ['**/*.js'], languageOptions: { sourceType: 'module', ecmaVersion: 'latest' } },
  { files: ['**/*.ts'], languageOptions: { parser: tsParser as Linter.Parser, sourceType: 'module' } },
  { ...(plugin.configs.all as Linter.Config), files: ['**/*.js', '**/*.ts'] },
]

describe('names that every object has, wherever the rules read a name', () => {
  it('never throws, with espree and with the TypeScript parser', { timeout: 60_000 }, () => {
    let parsed = 0
    let linted = 0
    for (const name of prototypeNames) {
      for (const template of templates) {
        for (const body of variants(template, name)) {
          const source = `${header}export async function handler(req, res, token, secret, key, base, use) {\n${body}\n}\n${body}\n`
          for (const filename of ['server/names.js', 'server/names.ts']) {
            const messages = linter.verify(source, config, { filename })
            linted++
            if (!messages.some((message) => message.fatal)) parsed++
          }
        }
      }
    }
    // Most variants parse, so the rules really ran on them.
    expect(parsed / linted).toBeGreaterThan(0.7)
  })
})
