import { Linter } from 'eslint'
import tsParser from '@typescript-eslint/parser'
import plugin from '../src/index.js'
import { it } from 'vitest'
import { readFileSync } from 'node:fs'

// Samples: blocks separated by '\n----\n'; first line: "<rule> <filename> <json options or ->"
it('probe', () => {
  const linter = new Linter({ configType: 'flat' })
  const samples = readFileSync(process.env.PROBE ?? '/tmp/probe.txt', 'utf8').split('\n----\n')
  const out: string[] = []
  for (const sample of samples) {
    const [head, ...rest] = sample.split('\n')
    const [rule, filename, opts, sourceType] = head!.trim().split(/\s+/)
    const code = rest.join('\n')
    const options = opts && opts !== '-' ? [JSON.parse(opts)] : []
    const messages = linter.verify(code, [{ files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'], languageOptions: { parser: tsParser as never, sourceType: (sourceType as 'module') ?? 'module' }, plugins: { 'jwt-guard': plugin as never }, rules: { [`jwt-guard/${rule}`]: ['error', ...options] } }], { filename: filename ?? 'server/x.ts' })
    out.push(`=== ${head}\n` + messages.map((m) => `  ${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.messageId ?? ''} ${m.message}` + (m.suggestions ?? []).map((s) => `\n     -> ${s.desc}\n${applyFix(code, s.fix)}`).join('')).join('\n'))
  }
  console.log(out.join('\n'))
})

function applyFix(code: string, fix: { range: [number, number]; text: string }): string {
  return code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1])
}
