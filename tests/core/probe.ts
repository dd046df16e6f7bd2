import tsParser from '@typescript-eslint/parser'
import type { TSESLint } from '@typescript-eslint/utils'
import { Linter } from 'eslint'
import { getJwtAnalysis, type JwtAnalysis } from '../../src/core/analysis.js'

export type SourceType = 'module' | 'commonjs'
export type Parser = 'typescript' | 'espree'

/**
 * Lints `code` with a one-off rule that hands the file's JWT analysis to
 * `inspect`, so core modules are tested on real ESLint scopes.
 */
export function withAnalysis<T>(
  code: string,
  inspect: (analysis: JwtAnalysis) => T,
  {
    sourceType = 'module',
    filename = 'server/probe.ts',
    parser = 'typescript',
  }: { sourceType?: SourceType; filename?: string; parser?: Parser } = {},
): T {
  let result: T | undefined
  let ran = false
  const probe: TSESLint.RuleModule<never> = {
    meta: { type: 'problem', messages: {}, schema: [] },
    defaultOptions: [],
    create(context) {
      return {
        'Program:exit'(): void {
          result = inspect(getJwtAnalysis(context))
          ran = true
        },
      }
    },
  }
  const linter = new Linter({ configType: 'flat' })
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
        languageOptions: {
          ...(parser === 'typescript' ? { parser: tsParser as Linter.Parser } : {}),
          sourceType,
          ecmaVersion: 'latest',
        },
        plugins: { probe: { rules: { probe: probe as never } } },
        rules: { 'probe/probe': 'error' },
      },
    ],
    { filename },
  )
  const fatal = messages.find((message) => message.fatal)
  if (fatal) throw new Error(`parse error: ${fatal.message}`)
  if (!ran) throw new Error('probe did not run')
  return result as T
}
