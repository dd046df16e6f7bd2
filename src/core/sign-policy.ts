/**
 * Library-independent questions about a sign call, answered from the library
 * model: which expressions decide the signing algorithm.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'
import type { JwtAnalysis } from './analysis.js'
import { isCallOrNew } from './ast.js'
import type { JwtReference } from './references.js'
import { evaluateObject } from './static-object.js'
import { builderChain } from './token-builder.js'
import { positionalAlgorithmLabel } from './verify-policy.js'

export interface AlgorithmSource {
  /** How the code names it: `algorithm`, `header.alg`, the algorithm argument. */
  readonly option: string
  readonly node: TSESTree.Node
}

/**
 * The expressions that may set the algorithm a sign call uses. A `header.alg`
 * that is certainly present overrides `algorithm` (jsonwebtoken merges the
 * header over its defaults), so `algorithm` then does not count.
 */
export function signingAlgorithmSources(analysis: JwtAnalysis, reference: JwtReference): AlgorithmSource[] {
  const names = reference.api.signOptions
  const options = analysis.options(reference)
  const sources: AlgorithmSource[] = []
  let headerAlgorithmCertain = false
  if (names?.header) {
    const header = options.property(names.header)
    for (const value of header.values) {
      const alg = evaluateObject(value, analysis).property('alg')
      headerAlgorithmCertain ||= header.presence === 'present' && alg.presence === 'present'
      for (const node of alg.values) sources.push({ option: `${names.header}.alg`, node })
    }
  }
  if (names?.algorithm && !headerAlgorithmCertain) {
    for (const node of options.property(names.algorithm).values) sources.push({ option: names.algorithm, node })
  }
  const positional = analysis.argument(reference, 'algorithm')
  if (positional) sources.push({ option: reference.api.algorithmArgumentName ?? positionalAlgorithmLabel, node: positional })
  sources.push(...builderAlgorithmSources(analysis, reference))
  return sources
}

/** A builder's protected header `alg`: `new SignJWT(claims).setProtectedHeader({ alg: 'HS256' })`. */
function builderAlgorithmSources(analysis: JwtAnalysis, reference: JwtReference): AlgorithmSource[] {
  const builder = reference.api.builder
  if (!builder?.protectedHeader || !isCallOrNew(reference.node)) return []
  const calls = builderChain(reference.node, builder, analysis).calls.get(builder.protectedHeader) ?? []
  return calls.flatMap((call) => {
    const header = call.arguments[0]
    if (!header || header.type === AST_NODE_TYPES.SpreadElement) return []
    return evaluateObject(header, analysis)
      .property('alg')
      .values.map((node) => ({ option: `${builder.protectedHeader}().alg`, node }))
  })
}
