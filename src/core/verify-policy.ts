/**
 * Library-independent questions about a verify call, answered from the
 * library model: where its algorithm allow-list is, which option carries a
 * claim check, whether that option is set.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'
import type { VerifyOptionNames } from '../model/types.js'
import type { JwtAnalysis } from './analysis.js'
import { isUnverifiedDecode } from './decoded.js'
import type { JwtReference } from './references.js'
import { type Presence, staticValue } from './static-object.js'

/** Calls that check a signature (a jwt-simple decode with `noVerify` set does not). */
export function verifyReferences(analysis: JwtAnalysis): JwtReference[] {
  return analysis.references.filter(
    (reference) => reference.api.kind === 'verify' && !isUnverifiedDecode(reference, analysis),
  )
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
  const positionalString =
    position !== undefined && position === reference.api.args.options && isStringArgument(analysis, reference)
  if (optionName && !positionalString) {
    const facts = analysis.options(reference).property(optionName)
    return { label: optionName, presence: facts.presence, values: facts.values }
  }
  if (position === undefined || reference.node.type !== AST_NODE_TYPES.CallExpression) return undefined
  const args = reference.node.arguments
  if (args.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) {
    return { label: positionalAlgorithmLabel, presence: 'unknown', values: [] }
  }
  const argument = args[position]
  return {
    label: positionalAlgorithmLabel,
    presence: argument ? 'present' : 'absent',
    values: argument ? [argument] : [],
  }
}

export type ClaimCheck = 'audience' | 'issuer'

/** The option name a verify API uses for a claim check, if it has one. */
export function claimOption(reference: JwtReference, claim: ClaimCheck): string | undefined {
  const names: VerifyOptionNames | undefined = reference.api.verifyOptions
  return names?.[claim]
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

function isStringArgument(analysis: JwtAnalysis, reference: JwtReference): boolean {
  const argument = analysis.argument(reference, 'algorithm')
  return argument !== undefined && typeof staticValue(argument, analysis)?.value === 'string'
}
