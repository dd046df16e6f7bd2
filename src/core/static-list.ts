/**
 * Static evaluation of a list of strings such as an algorithm allow-list.
 * Conditionals yield one alternative per branch, so `cond ? ['HS256'] : ['RS256']`
 * is two lists, neither of them mixed.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'
import { skipWrappers } from './ast.js'
import { constantInitializer, type EvaluationContext } from './bindings.js'
import { staticValue } from './static-object.js'

export interface ListEntry {
  /** The expression that supplies this entry. */
  readonly node: TSESTree.Node
  /** Its string value, when statically known. */
  readonly value: string | undefined
}

export interface ListAlternative {
  readonly entries: readonly ListEntry[]
  /** False when part of the list could not be followed (a spread of something unknown). */
  readonly complete: boolean
}

const maxDepth = 12

/** The possible lists `node` evaluates to; a single entry for a lone string. */
export function evaluateList(node: TSESTree.Node, context: EvaluationContext, depth = 0): ListAlternative[] {
  if (depth > maxDepth) return [{ entries: [], complete: false }]
  const unwrapped = skipWrappers(node)
  switch (unwrapped.type) {
    case AST_NODE_TYPES.ArrayExpression:
      return arrayAlternatives(unwrapped, context, depth)
    case AST_NODE_TYPES.ConditionalExpression:
      return [
        ...evaluateList(unwrapped.consequent, context, depth + 1),
        ...evaluateList(unwrapped.alternate, context, depth + 1),
      ]
    case AST_NODE_TYPES.Identifier: {
      const init = constantInitializer(unwrapped, context)
      if (init) return evaluateList(init, context, depth + 1)
      return [{ entries: [{ node: unwrapped, value: undefined }], complete: false }]
    }
    default:
      break
  }
  const known = staticValue(unwrapped, context)
  if (typeof known?.value === 'string') return [{ entries: [{ node: unwrapped, value: known.value }], complete: true }]
  if (Array.isArray(known?.value)) {
    const values = known.value as unknown[]
    return [{ entries: values.map((value) => ({ node: unwrapped, value: typeof value === 'string' ? value : undefined })), complete: true }]
  }
  return [{ entries: [{ node: unwrapped, value: undefined }], complete: false }]
}

function arrayAlternatives(array: TSESTree.ArrayExpression, context: EvaluationContext, depth: number): ListAlternative[] {
  let alternatives: ListAlternative[] = [{ entries: [], complete: true }]
  for (const element of array.elements) {
    if (!element) continue
    const parts: ListAlternative[] =
      element.type === AST_NODE_TYPES.SpreadElement
        ? evaluateList(element.argument, context, depth + 1)
        : [{ entries: [{ node: element, value: stringValue(element, context) }], complete: true }]
    alternatives = alternatives.flatMap((before) =>
      parts.map((part) => ({ entries: [...before.entries, ...part.entries], complete: before.complete && part.complete })),
    )
  }
  return alternatives
}

function stringValue(node: TSESTree.Node, context: EvaluationContext): string | undefined {
  const known = staticValue(node, context)
  return typeof known?.value === 'string' ? known.value : undefined
}
