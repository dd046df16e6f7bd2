/**
 * Whether code checks a token value before using it: a read of the same value
 * compared with something (`ALLOWED.includes(jku)`, `jku !== TRUSTED_URL`,
 * `/^[\w-]+$/.test(kid)`, `new URL(jku).origin === origin`) in the test of a
 * condition, or handed to an assertion (`assertTrustedIssuer(iss)`), earlier in
 * the same function. Truthiness and `typeof` tests do not count: they say the
 * value is there, not that it is trusted.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'
import { calleeName, contains, descendants, enclosingFunction, isCallOrNew, isFunction } from './ast.js'
import type { FileContext } from './context.js'
import { decodedValue } from './decoded.js'
import type { TokenDerivedPart } from './token-derived.js'

/** Names of functions that, called with a value, check it (and throw or answer otherwise). */
const assertionName = /assert|check|ensure|valid|verify|trust|allow/iu

const comparisons = new Set(['===', '!==', '==', '!=', 'in', 'instanceof'])

/**
 * Whether `part` is checked before `use`, in the function that holds both the use and
 * where the value comes from (a key callback may use a value its caller checked).
 */
export function isCheckedBefore(part: TokenDerivedPart, use: TSESTree.Node, context: FileContext): boolean {
  let scope: TSESTree.Node = enclosingFunction(use) ?? context.sourceCode.ast
  while (!contains(scope, part.value.source)) scope = enclosingFunction(scope) ?? context.sourceCode.ast
  for (const node of descendants(scope, context.sourceCode.visitorKeys)) {
    if (node.range[0] >= use.range[0]) continue
    if (node.type !== AST_NODE_TYPES.Identifier && node.type !== AST_NODE_TYPES.MemberExpression) continue
    if (isPropertyRead(node)) continue
    if (!isComparedInCheck(node)) continue
    const value = decodedValue(node, context)
    if (value && value.source === part.value.source && value.part === part.value.part && isPrefix(value.path, part.value.path)) return true
  }
  return false
}

/** `node` is only the object of a longer read (`header` in `header.jku`); a method called on it (`jku.startsWith`) reads it whole. */
function isPropertyRead(node: TSESTree.Node): boolean {
  const parent = node.parent
  if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== node) return false
  const call = parent.parent
  return !(call?.type === AST_NODE_TYPES.CallExpression && call.callee === parent)
}

function isPrefix(prefix: readonly string[], path: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((name, index) => path[index] === name)
}

/** The read sits in a condition or assertion, and is compared or tested there rather than only tested for truthiness. */
function isComparedInCheck(read: TSESTree.Node): boolean {
  let compared = false
  let current: TSESTree.Node = read
  for (let parent = current.parent; parent && !isFunction(current); current = parent, parent = parent.parent) {
    switch (parent.type) {
      case AST_NODE_TYPES.UnaryExpression:
        if (parent.operator === 'typeof') return false
        break
      case AST_NODE_TYPES.BinaryExpression: {
        const other = parent.left === current ? parent.right : parent.left
        if (comparisons.has(parent.operator) && !isNullish(other)) compared = true
        break
      }
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression:
        if (isCallOrNew(parent) && parent.callee !== current) {
          if (parent.type === AST_NODE_TYPES.CallExpression && assertionName.test(calleeName(parent) ?? '')) return true
          compared = true
        }
        break
      case AST_NODE_TYPES.MemberExpression:
        // `jku.startsWith(prefix)`: a method called on the value.
        if (parent.object === current && parent.parent?.type === AST_NODE_TYPES.CallExpression && parent.parent.callee === parent) compared = true
        break
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.ConditionalExpression:
      case AST_NODE_TYPES.WhileStatement:
      case AST_NODE_TYPES.DoWhileStatement:
      case AST_NODE_TYPES.ForStatement:
        return compared && parent.test === current
      case AST_NODE_TYPES.SwitchStatement:
        return parent.discriminant === current
      case AST_NODE_TYPES.LogicalExpression:
        // `ALLOWED.has(jku) || reject()` as a statement.
        if (parent.left === current && parent.parent.type === AST_NODE_TYPES.ExpressionStatement) return compared
        break
      default:
        break
    }
  }
  return false
}

function isNullish(node: TSESTree.Node): boolean {
  return (
    (node.type === AST_NODE_TYPES.Literal && node.value === null) ||
    (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined')
  )
}
