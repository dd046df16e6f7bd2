// ESLint options for linting the corpus, shared by the benchmark and its concurrent-run options module.
import tsParser from '@typescript-eslint/parser'
import jwtGuard from '../dist/index.js'

const languageConfigs = [
  { files: ['**/*.{js,mjs,jsx}'], languageOptions: { sourceType: 'module', ecmaVersion: 'latest' } },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', ecmaVersion: 'latest' } },
  { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tsParser, sourceType: 'module' } },
  { linterOptions: { reportUnusedDisableDirectives: 'off' } },
]

export const parseOnly = [...languageConfigs]

/** A rule that does nothing: what ESLint itself spends on running any rule at all. */
const noopRule = { meta: { type: 'problem', schema: [] }, create: () => ({ Program() {} }) }
export const oneEmptyRule = [...languageConfigs, { plugins: { baseline: { rules: { noop: noopRule } } }, rules: { 'baseline/noop': 'error' } }]
export const withPlugin = [...languageConfigs, { ...jwtGuard.configs.all, files: ['**/*.{js,mjs,cjs,jsx,ts,tsx}'] }]

/** The corpus lives in node_modules, which ESLint ignores unless told otherwise. */
export function corpusOptions(config, extra = {}) {
  return { overrideConfigFile: true, overrideConfig: config, ignorePatterns: ['!**/node_modules/'], cache: false, ...extra }
}
