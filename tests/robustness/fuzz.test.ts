import * as espree from 'espree'
import { Linter } from 'eslint'
// @ts-expect-error -- eslump ships no types
import { generateRandomJS } from 'eslump'
import { describe, expect, it } from 'vitest'
import plugin from '../../src/index.js'

/**
 * Seeded, bounded random-program fuzzing of every rule. eslump draws from
 * Math.random, so a seeded generator stands in for it while programs are made.
 * Random programs alone never import a JWT library, so their expressions are
 * also spliced into JWT call shapes, where the rules' evaluators see them.
 * `npm run test:fuzz` runs many more programs.
 */
const programCount = Number(process.env.JWT_GUARD_FUZZ_PROGRAMS ?? 120)
const seed = Number(process.env.JWT_GUARD_FUZZ_SEED ?? 20261122)

function seededRandom(initial: number): () => number {
  let state = initial >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function randomPrograms(count: number): string[] {
  const original = Math.random
  Math.random = seededRandom(seed)
  try {
    return Array.from({ length: count }, () =>
      (generateRandomJS as (options: object) => string)({ sourceType: 'module', maxDepth: 5, comments: false, whitespace: false }),
    )
  } finally {
    Math.random = original
  }
}

/** Source text of the program's expressions, for splicing into JWT calls. */
function expressionsOf(program: string): string[] {
  let ast: { body: unknown[] }
  try {
    ast = espree.parse(program, { ecmaVersion: 'latest', sourceType: 'module', range: true }) as never
  } catch {
    return []
  }
  const found: string[] = []
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object' || found.length >= 12) return
    const candidate = node as { type?: string; range?: [number, number] }
    if (candidate.type?.endsWith('Expression') || candidate.type === 'Literal' || candidate.type === 'Identifier') {
      if (candidate.range) found.push(program.slice(candidate.range[0], candidate.range[1]))
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit)
      else if (value && typeof value === 'object' && 'type' in value) visit(value)
    }
  }
  visit(ast)
  return found
}

const header = `import jwt from 'jsonwebtoken'\nimport * as jose from 'jose'\nimport { jwtDecode } from 'jwt-decode'\n`

const shapes: ReadonlyArray<(e: readonly string[]) => string> = [
  (e) => `jwt.verify(${e[0]}, ${e[1]}, ${e[2]})`,
  (e) => `jwt.verify(t, k, { algorithms: ${e[0]}, audience: ${e[1]}, ...${e[2]} })`,
  (e) => `const o = ${e[0]}; o.issuer = ${e[1]}; jwt.verify(t, k, o)`,
  (e) => `jwt.sign(${e[0]}, ${e[1]}, { algorithm: ${e[2]}, header: { alg: ${e[3]} } })`,
  (e) => `jwt.verify(t, k, (${e[0] === undefined ? 'err' : 'err, d'}) => { ${e[1]}; next() })`,
  (e) => `const { header } = jwt.decode(${e[0]}, { complete: ${e[1]} }); jwt.verify(t, k, { algorithms: [header.alg, ${e[2]}] })`,
  (e) => `try { jwt.verify(t, k, { clockTolerance: ${e[0]}, ignoreExpiration: ${e[1]} }) } catch (error) { ${e[2]} } next()`,
  (e) => `if (jose.jwtVerify(${e[0]}, ${e[1]}, { algorithms: [${e[2]}], currentDate: ${e[3]} })) next()`,
  (e) => `const claims = jwtDecode(${e[0]}); if (claims[${e[1]}]) ${e[2]}`,
  (e) => `const p = JSON.parse(atob(${e[0]}.split('.')[${e[1]}])); use(p[${e[2]}])`,
]

const linter = new Linter({ configType: 'flat' })
const config: Linter.Config[] = [
  { files: ['**/*.js'], languageOptions: { sourceType: 'module', ecmaVersion: 'latest' } },
  { ...(plugin.configs.all as Linter.Config), files: ['**/*.js'] },
]

describe(`fuzzing every rule with ${programCount} random programs (seed ${seed})`, () => {
  it('never throws, on random programs and on their expressions spliced into JWT calls', { timeout: 120_000 }, () => {
    let linted = 0
    let parsed = 0
    for (const program of randomPrograms(programCount)) {
      const expressions = expressionsOf(program)
      const pick = (offset: number): string[] =>
        [0, 1, 2, 3].map((index) => `(${expressions[(offset + index) % Math.max(expressions.length, 1)] ?? 'x'})`)
      const sources = [
        header + program,
        ...shapes.map((shape, index) => `${header}export async function handler(t, k, next) {\n${shape(pick(index))}\n}\n`),
      ]
      for (const source of sources) {
        const messages = linter.verify(source, config, { filename: 'server/fuzz.js' })
        linted++
        if (!messages.some((message) => message.fatal)) parsed++
      }
    }
    expect(linted).toBe(programCount * (shapes.length + 1))
    // Most spliced programs parse, so the rules really ran on them.
    expect(parsed / linted).toBeGreaterThan(0.5)
  })
})
