import tsParser from '@typescript-eslint/parser'
import { ESLint, type Linter } from 'eslint'
import { describe, expect, it } from 'vitest'
// @ts-expect-error -- a plain ES module shared with the benchmark script
import { corpusFiles } from '../../scripts/corpus.js'
import plugin from '../../src/index.js'

const files = (corpusFiles as () => string[])()

/** Lints thousands of real files with every rule; a rule that throws fails the test, a file that does not parse does not. */
describe('a large real corpus', () => {
  it('has thousands of TypeScript and JavaScript files', () => {
    expect(files.length).toBeGreaterThan(3000)
    expect(files.filter((file) => file.endsWith('.ts')).length).toBeGreaterThan(300)
  })

  it('is linted with configs.all without a rule exception', { timeout: 600_000 }, async () => {
    const config: Linter.Config[] = [
      { files: ['**/*.{js,mjs,jsx}'], languageOptions: { sourceType: 'module', ecmaVersion: 'latest' } },
      { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', ecmaVersion: 'latest' } },
      { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tsParser as Linter.Parser, sourceType: 'module' } },
      { ...(plugin.configs.all as Linter.Config), files: ['**/*.{js,mjs,cjs,jsx,ts,tsx}'] },
    ]
    const eslint = new ESLint({
      overrideConfigFile: true,
      overrideConfig: config,
      ignorePatterns: ['!**/node_modules/'],
    })
    // ESLint rethrows a rule's exception with the rule and file named, which fails this test.
    const results = await eslint.lintFiles(files)
    expect(results).toHaveLength(files.length)
    const findings = results.flatMap((result) => result.messages.filter((message) => message.ruleId?.startsWith('jwt-guard/')))
    expect(findings.length).toBeGreaterThan(0)
  })
})
