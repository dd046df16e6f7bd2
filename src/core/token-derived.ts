/**
 * The parts of an expression that hold token data read before verification:
 * `header.jku` in `new URL(header.jku)`, `header.kid` in
 * `` `keys/${header.kid}.pem` `` or `'... WHERE kid = ' + kid`. Values are
 * followed through local constants, string building (templates, `+`,
 * `concat`, `join`), fallbacks and the pass-through calls of the key-source
 * model (`new URL(x)`, `String(x)`, `Buffer.from(x)`); any other call ends
 * the trail, since it may look the value up or clean it.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'
import { passThroughGlobals, passThroughMethods } from '../model/key-sources.js'
import { literalKeyName, skipWrappers } from './ast.js'
import type { FileContext } from './context.js'
import { type DecodedValue, decodedValue } from './decoded.js'
import { isGlobalRead } from './globals.js'
import { valueRoot } from './value-root.js'

export interface TokenDerivedPart {
  /** The expression that reads the token data. */
  readonly node: TSESTree.Node
  readonly value: DecodedValue
}

const maxDepth = 16

export function tokenDerivedParts(node: TSESTree.Node, context: FileContext, depth = 0): TokenDerivedPart[] {
  if (depth > maxDepth) return []
  const unwrapped = skipWrappers(node)
  const value = decodedValue(unwrapped, context)
  if (value) return [{ node: unwrapped, value }]
  const next = (child: TSESTree.Node | null | undefined): TokenDerivedPart[] => (child ? tokenDerivedParts(child, context, depth + 1) : [])
  switch (unwrapped.type) {
    case AST_NODE_TYPES.TemplateLiteral:
      return unwrapped.expressions.flatMap(next)
    case AST_NODE_TYPES.BinaryExpression:
      return unwrapped.operator === '+' ? [...next(unwrapped.left), ...next(unwrapped.right)] : []
    case AST_NODE_TYPES.LogicalExpression:
      // `header.jku ?? fallback`: the token's value is used whenever it is there.
      return unwrapped.operator === '&&' ? next(unwrapped.right) : [...next(unwrapped.left), ...next(unwrapped.right)]
    case AST_NODE_TYPES.ConditionalExpression:
      return [...next(unwrapped.consequent), ...next(unwrapped.alternate)]
    case AST_NODE_TYPES.AwaitExpression:
      return next(unwrapped.argument)
    case AST_NODE_TYPES.ArrayExpression:
      return unwrapped.elements.flatMap(next)
    case AST_NODE_TYPES.SpreadElement:
      return next(unwrapped.argument)
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      return passedThrough(unwrapped, context).flatMap(next)
    case AST_NODE_TYPES.Identifier: {
      // A constant holding a built value: `const url = `${iss}/jwks``.
      const { root, path } = valueRoot(unwrapped, context)
      return root !== unwrapped && path.length === 0 ? next(root) : []
    }
    default:
      return []
  }
}

/** The expressions whose text a pass-through call hands on; none for any other call. */
function passedThrough(call: TSESTree.CallExpression | TSESTree.NewExpression, context: FileContext): TSESTree.Node[] {
  const callee = skipWrappers(call.callee)
  const args = call.arguments as TSESTree.Node[]
  if (call.type === AST_NODE_TYPES.CallExpression && callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = literalKeyName(callee)
    if (method !== undefined && passThroughMethods.includes(method) && !isGlobalObject(callee.object, context)) {
      return [callee.object, ...(method === 'concat' ? args : [])]
    }
  }
  const invocation = call.type === AST_NODE_TYPES.NewExpression ? 'construct' : 'call'
  for (const global of passThroughGlobals) {
    if (global.invocation !== invocation || !isGlobalPath(callee, global.path, context)) continue
    // `new URL(path, base)` joins both; `String(x)` and `Buffer.from(x, encoding)` hand on the first.
    return global.invocation === 'construct' ? args : args.slice(0, 1)
  }
  return []
}

/** `path` read from a global: `['Buffer', 'from']` for `Buffer.from`. */
function isGlobalPath(node: TSESTree.Node, path: readonly string[], context: FileContext): boolean {
  const names = [...path]
  let current = skipWrappers(node)
  while (names.length > 1) {
    if (current.type !== AST_NODE_TYPES.MemberExpression || literalKeyName(current) !== names.pop()) return false
    current = skipWrappers(current.object)
  }
  return isGlobalRead(current, names[0]!, context.scopeOf)
}

/** A call on a global namespace (`JSON.stringify`), not on a value. */
function isGlobalObject(node: TSESTree.Node, context: FileContext): boolean {
  const object = skipWrappers(node)
  return object.type === AST_NODE_TYPES.Identifier && ['JSON', 'Object', 'Array', 'Math'].some((name) => isGlobalRead(object, name, context.scopeOf))
}
