/**
 * A place where a token is signed (or encrypted), with what decides its content:
 * the options that apply (the call's own, or for a signer function returned by a
 * factory, the factory's), the payload, and for a builder its method calls.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'
import type { ApiKind, SignOptionNames } from '../model/types.js'
import type { JwtAnalysis } from './analysis.js'
import { isCallOrNew, skipWrappers } from './ast.js'
import type { JwtReference } from './references.js'
import { type ObjectFacts } from './static-object.js'
import { type BuilderChain, builderChain } from './token-builder.js'
import { valueRoot } from './value-root.js'

export interface SignSite {
  readonly reference: JwtReference
  /** The call whose options apply: this one, or the factory that returned this signer function. */
  readonly optionsReference: JwtReference
  readonly names: SignOptionNames | undefined
  readonly options: ObjectFacts
  /**
   * The payload expression. `null` when it is left out and the API then signs empty
   * claims (`new SignJWT()`); undefined when this call takes none or it cannot be told.
   */
  readonly payload: TSESTree.Node | null | undefined
  /** The builder's method calls, for APIs that build the token through a chain. */
  readonly chain: BuilderChain | undefined
}

/** Every call of the given kinds (by default, signing) in the file. */
export function signSites(analysis: JwtAnalysis, kinds: readonly ApiKind[] = ['sign']): SignSite[] {
  return analysis.references.filter((reference) => kinds.includes(reference.api.kind)).map((reference) => signSite(analysis, reference))
}

function signSite(analysis: JwtAnalysis, reference: JwtReference): SignSite {
  const optionsReference = factoryOf(analysis, reference) ?? reference
  const { builder } = reference.api
  return {
    reference,
    optionsReference,
    names: optionsReference.api.signOptions,
    options: analysis.options(optionsReference),
    payload: payloadOf(analysis, reference),
    chain: builder && isCallOrNew(reference.node) ? builderChain(reference.node, builder, analysis) : undefined,
  }
}

function payloadOf(analysis: JwtAnalysis, reference: JwtReference): TSESTree.Node | null | undefined {
  const position = reference.api.args.payload
  const node = reference.node
  if (position === undefined || !isCallOrNew(node)) return undefined
  const argument = analysis.argument(reference, 'payload')
  if (argument) return argument
  const omitted = !node.arguments.some((candidate) => candidate.type === AST_NODE_TYPES.SpreadElement) && node.arguments.length <= position
  return omitted && reference.api.builder ? null : undefined
}

/**
 * For a call of a function a factory returned (`const sign = createSigner(options); sign(payload)`),
 * the factory call; its options are the ones this call signs with.
 */
function factoryOf(analysis: JwtAnalysis, reference: JwtReference): JwtReference | undefined {
  const node = reference.node
  if (node.type !== AST_NODE_TYPES.CallExpression || reference.api.args.options !== undefined) return undefined
  const { root, path } = valueRoot(node.callee, analysis)
  if (path.length > 0) return undefined
  const factory = analysis.referenceAt(skipWrappers(root))
  return factory?.api.returns?.includes(reference.api) ? factory : undefined
}
