/**
 * Library-independent questions about a verify call, answered from the
 * library model: where its algorithm allow-list is, which option carries a
 * claim check, whether that option is set.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'
import type { Completion, VerifyOptionNames } from '../model/types.js'
import type { JwtAnalysis } from './analysis.js'
import { isFunction, skipWrappers } from './ast.js'
import { isUnverifiedDecode } from './decoded.js'
import type { JwtReference } from './references.js'
import { evaluateObject, type Presence, staticValue } from './static-object.js'

/** Calls that check a signature (a jwt-simple decode with `noVerify` set does not). */
export function verifyReferences(analysis: JwtAnalysis): JwtReference[] {
  return analysis.references.filter(
    (reference) => reference.api.kind === 'verify' && !isUnverifiedDecode(reference, analysis),
  )
}

/**
 * The property that sets `option` inside a nested options object whose value the
 * library throws away (`overriddenNested`: passport-jwt's `jsonWebTokenOptions.audience`).
 */
export function overriddenNestedOption(analysis: JwtAnalysis, reference: JwtReference, option: string): TSESTree.Node | undefined {
  const nest = reference.api.verifyOptions?.overriddenNested
  if (!nest?.options.includes(option)) return undefined
  const nested = analysis.options(reference).property(nest.name)
  if (nested.presence !== 'present' || nested.values.length !== 1) return undefined
  const inner = evaluateObject(nested.values[0], analysis).property(option)
  return inner.presence === 'present' ? (inner.properties[0] ?? inner.values[0]) : undefined
}

/** How messages name an algorithm passed as a plain argument (jwt-simple). */
export const positionalAlgorithmLabel = 'algorithm argument'

export interface AllowList {
  /** How the code names it: the option name, or the argument position. */
  readonly label: string
  readonly presence: Presence
  /** The expressions that may supply it. */
  readonly values: readonly TSESTree.Node[]
}

/** Where a verify call gets its algorithm allow-list from. Undefined when the API has none. */
export function algorithmAllowList(analysis: JwtAnalysis, reference: JwtReference): AllowList | undefined {
  const optionName = reference.api.verifyOptions?.algorithms
  const position = reference.api.args.algorithm
  // hono's third argument is either the algorithm itself or an options object.
  const positionalAlgorithm =
    position !== undefined && position === reference.api.args.options && holdsAlgorithm(analysis, reference)
  if (optionName && !positionalAlgorithm) {
    const facts = analysis.options(reference).property(optionName)
    return { label: optionName, presence: facts.presence, values: facts.values }
  }
  if (position === undefined || reference.node.type !== AST_NODE_TYPES.CallExpression) return undefined
  const args = reference.node.arguments
  const label = reference.api.algorithmArgumentName ?? positionalAlgorithmLabel
  if (args.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) {
    return { label, presence: 'unknown', values: [] }
  }
  const argument = args[position]
  return {
    label,
    presence: argument ? 'present' : 'absent',
    values: argument ? [argument] : [],
  }
}

/**
 * Whether a verify call certainly has no key, or only a falsy one (`key: ''`), so that a
 * library that honours `none` only without a key (`acceptsNoneOnlyWithoutKey`) may
 * accept unsigned tokens. A key that may be set elsewhere (inherited options) counts as set.
 */
export function certainlyKeyless(analysis: JwtAnalysis, reference: JwtReference): boolean {
  const { api } = reference
  const positional = api.args.key === undefined ? undefined : analysis.argument(reference, 'key')
  if (positional) return isFalsy(analysis, positional)
  if (api.args.key !== undefined) return !hasSpreadArgument(reference)
  if (api.inheritsOptions || !api.keyOptions) return false
  const options = api.args.options === undefined ? undefined : analysis.argument(reference, 'options')
  if (api.args.options !== undefined && options === undefined && hasSpreadArgument(reference)) return false
  const facts = evaluateObject(options, analysis)
  return api.keyOptions.every((name) => {
    const key = facts.property(name)
    if (key.presence === 'absent') return true
    return key.presence === 'present' && key.values.length > 0 && key.values.every((value) => isFalsy(analysis, value))
  })
}

function isFalsy(analysis: JwtAnalysis, node: TSESTree.Node): boolean {
  const known = staticValue(node, analysis)
  return known !== undefined && !known.value
}

function hasSpreadArgument(reference: JwtReference): boolean {
  const node = reference.node
  return (
    (node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression) &&
    node.arguments.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)
  )
}

export type ClaimCheck = 'audience' | 'issuer'

/** The option name a verify API uses for a claim check, if it has one. */
export function claimOption(reference: JwtReference, claim: ClaimCheck): string | undefined {
  const names: VerifyOptionNames | undefined = reference.api.verifyOptions
  return names?.[claim]
}

/**
 * Which values of a claim option switch its check off: any falsy value (the
 * default), only `undefined` and `null`, or only an explicit `null` where
 * leaving the option out makes the library throw.
 */
export function claimCheckSwitchedOffBy(reference: JwtReference, option: string): 'falsy' | 'nullish' | 'null' {
  const names = reference.api.verifyOptions
  if (names?.requiredUnlessNull?.includes(option)) return 'null'
  if (names?.skippedOnlyWhenNullish?.includes(option)) return 'nullish'
  return 'falsy'
}

/**
 * How this call reports failure. A Promise-or-callback API takes the callback form
 * whenever an argument is passed in the callback position (`verifyIdToken(options, onVerified)`);
 * with a spread argument that cannot be told.
 */
export function completionOf(reference: JwtReference): Completion | undefined {
  const { completion, args } = reference.api
  if (completion !== 'promise-or-callback') return completion
  const node = reference.node
  if (args.callbackFrom === undefined || node.type !== AST_NODE_TYPES.CallExpression) return 'promise'
  if (node.arguments.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return undefined
  if (node.arguments.length <= args.callbackFrom) return 'promise'
  // Where options may come first (`request.jwtVerify(options?, callback?)`), a lone last argument in
  // the options position is the callback only when it is a function; a name could be either.
  const last = node.arguments.at(-1)!
  if (node.arguments.length - 1 === args.options && !isFunction(last)) {
    return skipWrappers(last).type === AST_NODE_TYPES.ObjectExpression ? 'promise' : undefined
  }
  return 'sync-or-callback'
}

export interface AllowListValue {
  readonly reference: JwtReference
  readonly allowList: AllowList
  /** One expression that may supply the allow-list. */
  readonly value: TSESTree.Node
}

/**
 * Every expression that supplies an algorithm allow-list to a verify call, once
 * each: an allow-list constant shared by several calls is one finding, not one per call.
 */
export function* allowListValues(analysis: JwtAnalysis): Generator<AllowListValue> {
  const seen = new Set<TSESTree.Node>()
  for (const reference of verifyReferences(analysis)) {
    const allowList = algorithmAllowList(analysis, reference)
    for (const value of allowList?.values ?? []) {
      if (seen.has(value)) continue
      seen.add(value)
      yield { reference, allowList: allowList!, value }
    }
  }
}

/**
 * The argument that is either an algorithm or options holds the algorithm: a known
 * string, or a value that is no object the evaluator can read (`header.alg`).
 */
function holdsAlgorithm(analysis: JwtAnalysis, reference: JwtReference): boolean {
  const argument = analysis.argument(reference, 'algorithm')
  if (argument === undefined) return false
  return typeof staticValue(argument, analysis)?.value === 'string' || evaluateObject(argument, analysis).opaque
}
