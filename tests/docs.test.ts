import { readFileSync } from 'node:fs'
import tsParser from '@typescript-eslint/parser'
import { Linter } from 'eslint'
import { describe, expect, it } from 'vitest'
import plugin from '../src/index.js'

interface Example {
  readonly kind: 'incorrect' | 'correct'
  readonly code: string
  readonly filename: string
  readonly line: number
}

/** The fenced code blocks under the ❌ Incorrect and ✅ Correct headings of a rule doc. */
function examples(markdown: string): Example[] {
  const found: Example[] = []
  let kind: Example['kind'] | undefined
  const lines = markdown.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    if (line.startsWith('#')) {
      kind = line.includes('❌') ? 'incorrect' : line.includes('✅') ? 'correct' : undefined
      continue
    }
    if (!kind || !/^```(ts|js|tsx|jsx|typescript|javascript)\s*$/u.test(line)) continue
    const start = index + 1
    let end = start
    while (end < lines.length && !lines[end]!.startsWith('```')) end++
    const code = lines.slice(start, end).join('\n')
    const filename = /^\/\/ filename: (\S+)/u.exec(code)?.[1] ?? 'server/example.ts'
    found.push({ kind, code, filename, line: start + 1 })
    index = end
  }
  return found
}

const linter = new Linter({ configType: 'flat' })

describe.each(Object.keys(plugin.rules))('docs/rules/%s.md examples', (name) => {
  const markdown = readFileSync(new URL(`../docs/rules/${name}.md`, import.meta.url), 'utf8')
  const blocks = examples(markdown)

  it('has incorrect and correct examples', () => {
    expect(blocks.some((block) => block.kind === 'incorrect')).toBe(true)
    expect(blocks.some((block) => block.kind === 'correct')).toBe(true)
  })

  it.each(blocks.map((block) => [`${block.kind} example at line ${block.line}`, block] as const))('%s', (_title, block) => {
    const messages = linter.verify(
      block.code,
      [
        {
          files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
          languageOptions: {
            parser: tsParser as Linter.Parser,
            parserOptions: { ecmaFeatures: { jsx: true } },
            sourceType: 'module',
          },
          plugins: { 'jwt-guard': plugin as never },
          rules: { [`jwt-guard/${name}`]: 'error' },
        },
      ],
      { filename: block.filename },
    )
    const fatal = messages.filter((message) => message.fatal)
    expect(fatal).toEqual([])
    const reports = messages.filter((message) => message.ruleId === `jwt-guard/${name}`)
    if (block.kind === 'incorrect') expect(reports.length).toBeGreaterThan(0)
    else expect(reports.map((report) => report.message)).toEqual([])
  })
})
