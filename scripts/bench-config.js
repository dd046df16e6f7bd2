// ESLint options for linting the corpus, shared by the benchmark, its child runs and its concurrent-run options module.
import tsParser from '@typescript-eslint/parser'
import jwtGuard from '../dist/index.js'

const languageConfigs = [
  { files: ['**/*.{js,mjs,jsx}'], languageOptions: { sourceType: 'module', ecmaVersion: 'latest' } },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', ecmaVersion: 'latest' } },
  { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tsParser, sourceType: 'module' } },
  { linterOptions: { reportUnusedDisableDirectives: 'off' } },
]
const allFiles = ['**/*.{js,mjs,cjs,jsx,ts,tsx}']

/** A rule that does nothing: what ESLint itself spends on running any rule at all. */
const noopRule = { meta: { type: 'problem', schema: [] }, create: () => ({ Program() {} }) }

/** As many rules as `configs.all` enables, each returning no listener: ESLint's own cost per rule and file. */
const listenerlessRules = Object.fromEntries(Object.keys(jwtGuard.configs.all.rules).map((_, index) => [`rule${index}`, { meta: { type: 'problem', schema: [] }, create: () => ({}) }]))

/** The JWT rules of a peer plugin, when it is installed: SonarJS's. */
export const peerRules = { plugin: 'eslint-plugin-sonarjs', prefix: 'sonarjs', rules: ['insecure-jwt-token', 'hardcoded-secret-signatures'] }

async function peerConfig() {
  try {
    const { default: plugin } = await import(peerRules.plugin)
    const rules = Object.fromEntries(peerRules.rules.filter((rule) => plugin.rules?.[rule]).map((rule) => [`${peerRules.prefix}/${rule}`, 'error']))
    return Object.keys(rules).length > 0 ? [...languageConfigs, { files: allFiles, plugins: { [peerRules.prefix]: plugin }, rules }] : undefined
  } catch {
    return undefined
  }
}

/** The configurations the benchmark compares, by name. */
export async function benchConfigs() {
  return {
    parseOnly: [...languageConfigs],
    oneEmptyRule: [...languageConfigs, { plugins: { baseline: { rules: { noop: noopRule } } }, rules: { 'baseline/noop': 'error' } }],
    withPlugin: [...languageConfigs, { ...jwtGuard.configs.all, files: allFiles }],
    peer: await peerConfig(),
    listenerlessRules: [
      ...languageConfigs,
      { plugins: { baseline: { rules: listenerlessRules } }, rules: Object.fromEntries(Object.keys(listenerlessRules).map((rule) => [`baseline/${rule}`, 'error'])) },
    ],
  }
}

/** The corpus lives in node_modules, which ESLint ignores unless told otherwise. */
export function corpusOptions(config, extra = {}) {
  return { overrideConfigFile: true, overrideConfig: config, ignorePatterns: ['!**/node_modules/'], cache: false, ...extra }
}
