import tsParser from '@typescript-eslint/parser'
import { RuleTester } from '@typescript-eslint/rule-tester'

/** ES modules with no globals configured: `require` and `atob` must resolve without Node or browser globals. */
export const ruleTester = new RuleTester({
  languageOptions: { parser: tsParser, sourceType: 'module', ecmaVersion: 'latest' },
})

/** CommonJS scripts, the other way users configure ESLint for Node. */
export const cjsRuleTester = new RuleTester({
  languageOptions: { parser: tsParser, sourceType: 'commonjs', ecmaVersion: 'latest' },
})

export const assertionOptions = { requireData: true, requireLocation: true } as const
