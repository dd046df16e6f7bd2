/**
 * Backward tracing of a value to the expression it was read from, within one
 * function: `const { header } = decode(t); const alg = header.alg` traces `alg`
 * to the `decode(t)` call with the path `['header', 'alg']`.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'
import { literalKeyName, skipWrappers } from './ast.js'
import { type EvaluationContext, singleAssignmentVariable } from './bindings.js'
import { getStringIfConstant } from './eslint-utils.js'

export interface ValueRoot {
  /** The expression the value was read from. */
  readonly root: TSESTree.Node
  /** Property path read below the root: the value is `root[path[0]][path[1]]...`. */
  readonly path: readonly string[]
}

const maxSteps = 24

export function valueRoot(node: TSESTree.Node, context: EvaluationContext): ValueRoot {
  let current = node
  let path: string[] = []
  for (let step = 0; step < maxSteps; step++) {
    const unwrapped = skipWrappers(current)
    if (unwrapped.type === AST_NODE_TYPES.AwaitExpression) {
      current = unwrapped.argument
      continue
    }
    // `decode(t) ?? fallback`: the value read is the left side whenever it exists.
    if (unwrapped.type === AST_NODE_TYPES.LogicalExpression && unwrapped.operator !== '&&') {
      current = unwrapped.left
      continue
    }
    if (unwrapped.type === AST_NODE_TYPES.MemberExpression) {
      const name = unwrapped.computed
        ? getStringIfConstant(unwrapped.property, context.scopeOf(unwrapped))
        : literalKeyName(unwrapped)
      if (name === null || name === undefined) return { root: unwrapped, path }
      path = [name, ...path]
      current = unwrapped.object
      continue
    }
    if (unwrapped.type === AST_NODE_TYPES.Identifier) {
      const binding = bindingSource(unwrapped, context)
      if (!binding) return { root: unwrapped, path }
      path = [...binding.path, ...path]
      current = binding.init
      continue
    }
    return { root: unwrapped, path }
  }
  return { root: current, path }
}

/** The initializer of a single-assignment variable and where in its pattern the name sits. */
function bindingSource(
  identifier: TSESTree.Identifier,
  context: EvaluationContext,
): { init: TSESTree.Expression; path: string[] } | undefined {
  const variable = singleAssignmentVariable(identifier, context)
  const definition = variable?.defs[0]
  if (definition?.type !== 'Variable') return undefined
  const declarator = definition.node
  if (!declarator.init) return undefined
  const path = patternPath(declarator.id, definition.name, context)
  return path ? { init: declarator.init, path } : undefined
}

/** The property path from the top of a destructuring pattern (or a parameter) to `target`. */
export function patternPath(pattern: TSESTree.Node, target: TSESTree.Identifier, context: EvaluationContext): string[] | undefined {
  switch (pattern.type) {
    case AST_NODE_TYPES.Identifier:
      return pattern === target ? [] : undefined
    case AST_NODE_TYPES.AssignmentPattern:
      return patternPath(pattern.left, target, context)
    case AST_NODE_TYPES.ObjectPattern:
      for (const property of pattern.properties) {
        if (property.type !== AST_NODE_TYPES.Property) continue
        const name = property.computed
          ? getStringIfConstant(property.key, context.scopeOf(property))
          : literalKeyName(property)
        const inner = patternPath(property.value, target, context)
        if (inner) return name === null || name === undefined ? undefined : [name, ...inner]
      }
      return undefined
    case AST_NODE_TYPES.ArrayPattern:
      for (const [index, element] of pattern.elements.entries()) {
        const inner = element ? patternPath(element, target, context) : undefined
        if (inner) return [String(index), ...inner]
      }
      return undefined
    default:
      return undefined
  }
}
