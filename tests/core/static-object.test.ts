import { describe, expect, it } from 'vitest'
import type { Presence } from '../../src/core/static-object.js'
import { withAnalysis } from './probe.js'

/** The presence of `audience` in the options of the last `jwt.verify` call of `code`. */
const audience = (code: string): Presence =>
  withAnalysis(`import jwt from 'jsonwebtoken'\n${code}`, (analysis) => {
    const reference = analysis.references.at(-1)
    if (!reference) throw new Error('no verify call')
    return analysis.options(reference).property('audience').presence
  })

describe('option objects', () => {
  it.each<[string, string, Presence]>([
    ['an inline literal with the property', `jwt.verify(t, k, { audience: 'api' })`, 'present'],
    ['an inline literal without it', `jwt.verify(t, k, { issuer: 'i' })`, 'absent'],
    ['no options argument', `jwt.verify(t, k)`, 'absent'],
    ['a callback where the options would be', `jwt.verify(t, k, (err, d) => {})`, 'absent'],
    ['`undefined` options', `jwt.verify(t, k, undefined)`, 'absent'],
    ['a const object', `const o = { audience: 'api' }; jwt.verify(t, k, o)`, 'present'],
    ['a const object without it', `const o = { issuer: 'i' }; jwt.verify(t, k, o)`, 'absent'],
    ['a spread of a known const', `const base = { audience: 'api' }; jwt.verify(t, k, { ...base })`, 'present'],
    ['a spread of an imported object', `import { base } from './config'; jwt.verify(t, k, { ...base })`, 'unknown'],
    ['a known property before an unknown spread', `jwt.verify(t, k, { audience: 'a', ...other })`, 'unknown'],
    ['a known property after an unknown spread', `jwt.verify(t, k, { ...other, audience: 'a' })`, 'present'],
    ['Object.assign of known objects', `jwt.verify(t, k, Object.assign({}, { issuer: 'i' }, { audience: 'a' }))`, 'present'],
    ['Object.assign with an unknown source', `jwt.verify(t, k, Object.assign({}, defaults))`, 'unknown'],
    ['a nested constant', `const config = { jwt: { audience: 'a' } }; jwt.verify(t, k, config.jwt)`, 'present'],
    ['a nested constant without it', `const config = { jwt: { issuer: 'i' } }; jwt.verify(t, k, config.jwt)`, 'absent'],
    ['both branches of a conditional', `jwt.verify(t, k, prod ? { audience: 'a' } : { audience: 'b' })`, 'present'],
    ['one branch of a conditional', `jwt.verify(t, k, prod ? { audience: 'a' } : {})`, 'maybe'],
    ['a constant computed key', `const key = 'audience'; jwt.verify(t, k, { [key]: 'a' })`, 'present'],
    ['an unknown computed key', `jwt.verify(t, k, { [name]: 'a' })`, 'unknown'],
    ['options built by a function', `jwt.verify(t, k, buildOptions())`, 'unknown'],
    ['a parameter', `function f(opts) { jwt.verify(t, k, opts) }`, 'unknown'],
    ['a const mutated after its declaration', `const o = {}; o.audience = 'a'; jwt.verify(t, k, o)`, 'unknown'],
    ['a const passed to another function first', `const o = {}; configure(o); jwt.verify(t, k, o)`, 'unknown'],
    ['a const merged into by Object.assign', `const o = {}; Object.assign(o, extra); jwt.verify(t, k, o)`, 'unknown'],
    ['a reassigned let', `let o = {}; o = load(); jwt.verify(t, k, o)`, 'unknown'],
    ['a spread argument list', `jwt.verify(...args)`, 'unknown'],
    ['a TypeScript assertion', `jwt.verify(t, k, { audience: 'a' } as VerifyOptions)`, 'present'],
    ['a fallback for unknown options', `function f(opts) { jwt.verify(t, k, opts || {}) }`, 'unknown'],
  ])('%s', (_name, code, expected) => {
    expect(audience(code)).toBe(expected)
  })

  it('keeps the value expressions of every branch', () => {
    const values = withAnalysis(
      `import jwt from 'jsonwebtoken'\njwt.verify(t, k, prod ? { audience: 'a' } : { audience: 'b' })`,
      (analysis) =>
        analysis
          .options(analysis.references[0]!)
          .property('audience')
          .values.map((value) => analysis.sourceCode.getText(value)),
    )
    expect(values).toEqual([`'a'`, `'b'`])
  })
})
