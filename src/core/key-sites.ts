/**
 * Where a JWT API call takes its key or secret, from the library model: a
 * positional argument (`args.key`), an option of its options argument
 * (`keyOptions`: `secret`, `secretOrKey`, `privateKey`, ...), or the method that
 * ends a builder's chain (`builder.finishKey`: jose `.sign(key)`).
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'
import type { JwtAnalysis } from './analysis.js'
import { isCallOrNew, returnedExpression } from './ast.js'
import { functionValue } from './bindings.js'
import type { JwtReference } from './references.js'
import { evaluateObject } from './static-object.js'
import { builderChain } from './token-builder.js'

export interface KeySite {
  readonly reference: JwtReference
  /** How messages name the place: the option (`secret`), or `key argument`. */
  readonly label: string
  /** The expression passed there. */
  readonly value: TSESTree.Node
}

export const keyArgumentLabel = 'key argument'

export function keySites(analysis: JwtAnalysis, reference: JwtReference): KeySite[] {
  const sites: KeySite[] = []
  const positional = analysis.argument(reference, 'key')
  if (positional) sites.push({ reference, label: keyArgumentLabel, value: positional })
  for (const value of builderKeys(analysis, reference)) sites.push({ reference, label: keyArgumentLabel, value })
  const options = reference.api.keyOptions ? analysis.argument(reference, 'options') : undefined
  for (const name of options ? reference.api.keyOptions! : []) {
    for (const { label, value } of optionValues(analysis, options!, name.split('.'))) sites.push({ reference, label, value })
  }
  return sites
}

/** The keys a builder's chain ends with: `new SignJWT(claims).setProtectedHeader({ alg }).sign(key)`. */
function builderKeys(analysis: JwtAnalysis, reference: JwtReference): TSESTree.Node[] {
  const builder = reference.api.builder
  if (builder?.finishKey === undefined || !isCallOrNew(reference.node)) return []
  const index = builder.finishKey
  return builderChain(reference.node, builder, analysis).finishes.flatMap((call) => {
    const args = call.arguments.slice(0, index + 1)
    const key = args[index]
    return key && !args.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement) ? [key] : []
  })
}

/**
 * The values `options.a.b` may hold. Key options sit at the top of the options
 * argument, whatever `optionsPath` the policy options use; a step whose value is a
 * function is followed into the object it returns (`useFactory: () => ({ secret })`).
 */
function optionValues(
  analysis: JwtAnalysis,
  object: TSESTree.Node,
  [name, ...rest]: readonly string[],
): { label: string; value: TSESTree.Node }[] {
  const facts = evaluateObject(object, analysis).property(name!)
  if (facts.presence !== 'present' && facts.presence !== 'maybe') return []
  if (rest.length === 0) return facts.values.map((value) => ({ label: name!, value }))
  return facts.values.flatMap((value) => {
    const factory = functionValue(value, analysis)
    const nested = factory ? returnedExpression(factory, analysis.sourceCode.visitorKeys) : value
    if (!nested) return []
    // A factory's name is no part of the option's name: `secret`, not `useFactory.secret`.
    return optionValues(analysis, nested, rest).map((found) => (factory ? found : { ...found, label: `${name}.${found.label}` }))
  })
}
