import tsParser from '@typescript-eslint/parser'
import { RuleTester, type RunTests } from '@typescript-eslint/rule-tester'
import type { RuleModule } from '@typescript-eslint/utils/ts-eslint'
import { Linter } from 'eslint'
import * as espree from 'espree'
import { describe, expect, it } from 'vitest'

type SourceType = 'module' | 'commonjs'

/**
 * RuleTester with the TypeScript parser, plus a parser check of every case written in plain
 * JavaScript: ESLint parses JavaScript files with espree unless told otherwise, and so does the
 * jwt-guard command, and espree's trees differ from typescript-eslint's in places (no `decorators`
 * array on classes, no lib globals in the scope). Linted with espree, such a case must give exactly
 * the findings and suggestions it gives with the TypeScript parser.
 */
class BothParsersRuleTester extends RuleTester {
  readonly #sourceType: SourceType

  constructor(sourceType: SourceType) {
    super({ languageOptions: { parser: tsParser, sourceType, ecmaVersion: 'latest' } })
    this.#sourceType = sourceType
  }

  override run<MessageIds extends string, Options extends readonly unknown[]>(
    ruleName: string,
    rule: RuleModule<MessageIds, Options>,
    tests: RunTests<MessageIds, Options>,
  ): void {
    super.run(ruleName, rule, tests)
    const sourceType = this.#sourceType
    const cases = [
      ...tests.valid.map((testCase) => ({ ...(typeof testCase === 'string' ? { code: testCase } : testCase), errorCount: 0 })),
      ...tests.invalid.map((testCase) => ({ ...testCase, errorCount: testCase.errors.length })),
    ]
    const javaScriptCases = cases.filter((testCase) => parsesAsJavaScript(testCase.code, sourceType, testCase.filename))
    if (javaScriptCases.length === 0) return
    describe(`${ruleName} parsed by espree`, () => {
      for (const testCase of javaScriptCases) {
        it(testCase.name ?? testCase.code, () => {
          const lint = (parser: Linter.Parser | undefined) => findings(ruleName, rule, testCase, sourceType, parser)
          const withTypeScriptParser = lint(tsParser as Linter.Parser)
          // The findings RuleTester checked, so that the comparison cannot pass on a config that lints nothing.
          expect(withTypeScriptParser.filter((finding) => finding.ruleId === `local/${ruleName}`)).toHaveLength(testCase.errorCount)
          expect(lint(undefined)).toEqual(withTypeScriptParser)
        })
      }
    })
  }
}

interface LintedCase {
  readonly code: string
  readonly filename?: string
  readonly options?: readonly unknown[]
  readonly settings?: Record<string, unknown>
}

const isJsxFile = (filename: string | undefined) => filename !== undefined && /\.[jt]sx$/u.test(filename)

/**
 * Whether the case is JavaScript: espree parses it, and the TypeScript parser finds no TypeScript
 * syntax in it (`decode<Claims>(token)` is also valid JavaScript, but as two comparisons).
 */
function parsesAsJavaScript(code: string, sourceType: SourceType, filename: string | undefined): boolean {
  const ecmaFeatures = { jsx: isJsxFile(filename) }
  try {
    espree.parse(code, { ecmaVersion: 'latest', sourceType, ecmaFeatures })
  } catch {
    return false
  }
  return !hasTypeScriptNode(tsParser.parse(code, { sourceType, ecmaVersion: 'latest', ecmaFeatures }))
}

function hasTypeScriptNode(value: unknown): boolean {
  if (Array.isArray(value)) return value.some((item) => hasTypeScriptNode(item))
  if (typeof value !== 'object' || value === null) return false
  const node = value as Record<string, unknown>
  if (typeof node.type === 'string' && node.type.startsWith('TS')) return true
  return Object.entries(node).some(([key, child]) => key !== 'parent' && key !== 'loc' && key !== 'range' && hasTypeScriptNode(child))
}

/** The findings of one rule on one case, with their suggestions, as the given parser (espree when undefined) reads it. */
function findings(ruleName: string, rule: unknown, testCase: LintedCase, sourceType: SourceType, parser: Linter.Parser | undefined) {
  const filename = testCase.filename ?? 'file.ts'
  const config: Linter.Config[] = [
    {
      files: ['**/*.{js,jsx,cjs,mjs,ts,tsx,cts,mts}'],
      plugins: { local: { rules: { [ruleName]: rule as never } } },
      languageOptions: {
        ...(parser ? { parser } : {}),
        sourceType,
        ecmaVersion: 'latest',
        parserOptions: { ecmaFeatures: { jsx: isJsxFile(filename) } },
      },
      settings: testCase.settings ?? {},
      rules: { [`local/${ruleName}`]: ['error', ...(testCase.options ?? [])] as Linter.RuleEntry },
    },
  ]
  return new Linter().verify(testCase.code, config, filename).map((message) => ({
    ruleId: message.ruleId,
    messageId: message.messageId,
    message: message.message,
    at: [message.line, message.column, message.endLine, message.endColumn],
    suggestions: message.suggestions?.map((suggestion) => [suggestion.desc, suggestion.fix]),
    fatal: message.fatal,
  }))
}

/** ES modules with no globals configured: `require` and `atob` must resolve without Node or browser globals. */
export const ruleTester = new BothParsersRuleTester('module')

/** CommonJS scripts, the other way users configure ESLint for Node. */
export const cjsRuleTester = new BothParsersRuleTester('commonjs')

export const assertionOptions = { requireData: true, requireLocation: true } as const
