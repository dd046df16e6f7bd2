import tsParser from '@typescript-eslint/parser'
import { ESLint, type Linter } from 'eslint'
import { it } from 'vitest'
import plugin from '../src/index.js'

it('corpus', { timeout: 600_000 }, async () => {
  const dir = process.env.CORPUS ?? '/tmp/corpus'
  const rules = { 'jwt-guard/require-secure-token-cookie': ['error', { requireSameSite: true }], 'jwt-guard/no-id-token-as-bearer': 'error', 'jwt-guard/no-token-forwarding': 'error' } as Linter.RulesRecord
  const config: Linter.Config[] = [
    { files: ['**/*.{js,mjs,jsx,cjs,ts,tsx}'], languageOptions: { parser: tsParser as Linter.Parser, parserOptions: { ecmaFeatures: { jsx: true } }, sourceType: 'module' } },
    { files: ['**/*.{js,mjs,cjs,jsx,ts,tsx}'], plugins: { 'jwt-guard': plugin as never }, rules },
  ]
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config, ignorePatterns: ['**/*.min.js', '**/dist/**', '**/build/**', '**/vendor/**'] })
  const results = await eslint.lintFiles(['.'])
  let count = 0
  for (const result of results) {
    for (const m of result.messages) {
      if (!m.ruleId?.startsWith('jwt-guard/')) { if (m.fatal) continue; else continue }
      count++
      console.log(`${result.filePath}:${m.line}:${m.column} ${m.ruleId} ${m.message.slice(0, 110)}`)
    }
  }
  console.log(`files ${results.length}, findings ${count}`)
})
