#!/usr/bin/env node
// Lints examples/vulnerable-app with the recommended config and prints the findings.
// Exits non-zero only when a rule that the example is written to show finds nothing.
import tsParser from '@typescript-eslint/parser'
import { ESLint } from 'eslint'
import jwtGuard from '../dist/index.js'

const exampleDir = 'examples/vulnerable-app'

const eslint = new ESLint({
  overrideConfigFile: true,
  overrideConfig: [
    {
      files: ['**/*.{js,cjs,mjs,ts,tsx,jsx}'],
      languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    { files: ['**/*.js'], languageOptions: { sourceType: 'commonjs' } },
    jwtGuard.configs.recommended,
  ],
})

const results = await eslint.lintFiles([exampleDir])
const formatter = await eslint.loadFormatter('stylish')
process.stdout.write(await formatter.format(results))

const found = new Set(results.flatMap((result) => result.messages.map((message) => message.ruleId)))
const expected = Object.keys(jwtGuard.configs.recommended.rules)
const missing = expected.filter((ruleId) => !found.has(ruleId))
console.log(`${found.size} of ${expected.length} recommended rules report on ${exampleDir}.`)
if (missing.length > 0) {
  console.error(`No finding from: ${missing.join(', ')}`)
  process.exitCode = 1
}
