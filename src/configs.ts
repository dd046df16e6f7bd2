import type { TSESLint } from '@typescript-eslint/utils'
import type { JwtRuleDocs } from './utils/create-rule.js'

type ConfigName = 'recommended' | 'strict' | 'all'
type RuleModule = TSESLint.RuleModule<string, readonly unknown[], JwtRuleDocs>

const tiers: Record<ConfigName, ReadonlySet<JwtRuleDocs['recommended']>> = {
  recommended: new Set(['recommended']),
  strict: new Set(['recommended', 'strict']),
  all: new Set(['recommended', 'strict', undefined]),
}

/** Builds a flat config from rule metadata, so configs never drift from `meta.docs`. */
export function createConfig(
  name: ConfigName,
  plugin: TSESLint.FlatConfig.Plugin,
  rules: Readonly<Record<string, RuleModule>>,
): TSESLint.FlatConfig.Config {
  const entries: Record<string, TSESLint.FlatConfig.RuleEntry> = {}
  for (const [ruleName, rule] of Object.entries(rules)) {
    const docs = rule.meta.docs
    if (!tiers[name].has(docs?.recommended)) continue
    const strictOptions = name === 'recommended' ? undefined : docs?.strictOptions
    entries[`jwt-guard/${ruleName}`] = strictOptions ? ['error', ...strictOptions] : 'error'
  }
  return { name: `jwt-guard/${name}`, plugins: { 'jwt-guard': plugin }, rules: entries }
}
