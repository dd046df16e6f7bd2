import { ESLintUtils } from '@typescript-eslint/utils'
import type { RuleContext } from '@typescript-eslint/utils/ts-eslint'

/** The documentation fields every jwt-guard rule declares. */
export interface JwtRuleDocs {
  /** The first config that enables the rule; rules without it are only in `all`. */
  readonly recommended?: 'recommended' | 'strict'
  /** Options the `strict` and `all` configs pass, when stricter than the defaults. */
  readonly strictOptions?: readonly unknown[]
  /** The weakness the rule finds, e.g. `CWE-347`. */
  readonly cwe: string
  readonly requiresTypeChecking?: boolean
}

export const repositoryUrl = 'https://github.com/jwt-guard/eslint-plugin-jwt-guard'

const namedRule = ESLintUtils.RuleCreator<JwtRuleDocs>((name) => `${repositoryUrl}/blob/main/docs/rules/${name}.md`)

type RuleDefinition<Options extends readonly unknown[], MessageIds extends string> = Parameters<typeof namedRule<Options, MessageIds>>[0]

/** Stands for "no options given" in the memo, which only takes objects as keys. */
const noOptions = {}

/**
 * `RuleCreator`, with the defaults merged once per options object instead of once per file.
 * ESLint hands each file a fresh options array, but the objects in it are the config's own,
 * the same for every file of a config; typescript-eslint's merge deep-clones the defaults on
 * every call, which over thousands of files was the largest fixed cost of the plugin.
 * The memo holds no state of its own: the same options always give the same merged options.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(definition: Readonly<RuleDefinition<Options, MessageIds>>) {
  const rule = namedRule(definition)
  const defaults = (definition.meta.defaultOptions ?? []) as Options
  const merged = new WeakMap<object, Readonly<Options>>()
  const withDefaults = (options: readonly unknown[]): Readonly<Options> => {
    const key = memoKey(options)
    const known = key && merged.get(key)
    if (known) return known
    const result: Readonly<Options> = ESLintUtils.applyDefault<Options, Options>(defaults, options as Options)
    if (key) merged.set(key, result)
    return result
  }
  return {
    ...rule,
    create: (context: Readonly<RuleContext<MessageIds, Options>>) =>
      // eslint-disable-next-line no-restricted-syntax -- the one place that reads them, to apply the defaults
      definition.create(context, withDefaults(context.options)),
  }
}

/** Every jwt-guard rule takes at most one options object, which identifies the options. */
function memoKey(options: readonly unknown[]): object | undefined {
  if (options.length === 0) return noOptions
  const [only] = options
  return options.length === 1 && typeof only === 'object' && only !== null ? only : undefined
}
