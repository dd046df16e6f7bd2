import { createRequire } from 'node:module'
import type { TSESLint } from '@typescript-eslint/utils'
import { createConfig } from './configs.js'
import { rules } from './rules/index.js'

const packageJson = createRequire(import.meta.url)('../package.json') as { name: string; version: string }

interface JwtGuardPlugin {
  meta: { name: string; version: string; namespace: string }
  rules: typeof rules
  configs: Record<'recommended' | 'strict' | 'all', TSESLint.FlatConfig.Config>
}

const plugin: JwtGuardPlugin = {
  meta: { name: packageJson.name, version: packageJson.version, namespace: 'jwt-guard' },
  rules,
  configs: {} as JwtGuardPlugin['configs'],
}

const pluginForConfigs = plugin as unknown as TSESLint.FlatConfig.Plugin
plugin.configs.recommended = createConfig('recommended', pluginForConfigs, rules)
plugin.configs.strict = createConfig('strict', pluginForConfigs, rules)
plugin.configs.all = createConfig('all', pluginForConfigs, rules)

export default plugin
