/**
 * Whether code compares what kind of token it holds: `protectedHeader.typ !==
 * 'at+jwt'`, `switch (header.typ)`, `payload.token_use === 'access'`,
 * `TYPES.includes(typ)`. Any such comparison counts, wherever its value comes
 * from: a check written by hand is taken to be the check the rule asks for.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'
import { tokenTypeMarkers } from '../model/token-types.js'
import { calleeName, descendants, literalKeyName, skipWrappers } from './ast.js'
import type { FileContext } from './context.js'
import { valueRoot } from './value-root.js'

const equality = new Set(['===', '!==', '==', '!='])

/** Calls that compare or assert their arguments: `list.includes(typ)`, `assert.equal(typ, ...)`, `expect(typ)`. */
const comparingCall = /includes|has|indexOf|test|match|equal|assert|expect|check|ensure|valid/iu

/** Whether the code under `scope` compares a token's type anywhere. */
export function comparesTokenType(scope: TSESTree.Node, context: FileContext): boolean {
  for (const node of descendants(scope, context.sourceCode.visitorKeys)) {
    switch (node.type) {
      case AST_NODE_TYPES.BinaryExpression:
        if (equality.has(node.operator) && (readsTypeMarker(node.left, context) || readsTypeMarker(node.right, context))) return true
        break
      case AST_NODE_TYPES.SwitchStatement:
        if (readsTypeMarker(node.discriminant, context)) return true
        break
      case AST_NODE_TYPES.CallExpression: {
        if (!comparingCall.test(calleeName(node) ?? '')) break
        const callee = skipWrappers(node.callee)
        const receiver = callee.type === AST_NODE_TYPES.MemberExpression ? [callee.object] : []
        if ([...receiver, ...node.arguments].some((argument) => readsTypeMarker(argument, context))) return true
        break
      }
      default:
        break
    }
  }
  return false
}

/** `header.typ`, `typ` destructured from a header, `header.typ.toLowerCase()`. */
function readsTypeMarker(node: TSESTree.Node, context: FileContext, depth = 0): boolean {
  if (depth > 6) return false
  const unwrapped = skipWrappers(node)
  switch (unwrapped.type) {
    case AST_NODE_TYPES.MemberExpression: {
      const name = literalKeyName(unwrapped)
      return (name !== undefined && tokenTypeMarkers.includes(name)) || readsTypeMarker(unwrapped.object, context, depth + 1)
    }
    case AST_NODE_TYPES.CallExpression:
      return readsTypeMarker(unwrapped.callee, context, depth + 1)
    case AST_NODE_TYPES.Identifier: {
      if (tokenTypeMarkers.includes(unwrapped.name)) return true
      const last = valueRoot(unwrapped, context).path.at(-1)
      return last !== undefined && tokenTypeMarkers.includes(last)
    }
    default:
      return false
  }
}
