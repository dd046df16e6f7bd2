/**
 * Claim checks written by hand after a verify: the verified claim compared with the expected value
 * in a test that stops the function when they differ (`if (claims.iss !== ISSUER) throw ...`). The
 * verify's own option is then not needed for that claim. A block that runs only when they match
 * (`if (claims.iss === ISSUER) { ... }`) does not count: the claims may be used outside it.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils'
import { calleeName, outermostWrapper, skipWrappers } from './ast.js'
import type { EvaluationContext } from './bindings.js'
import { findVariable } from './eslint-utils.js'
import { guardOf } from './guards.js'
import { valueUses } from './value-uses.js'

type Context = EvaluationContext & { readonly sourceCode: Readonly<TSESLint.SourceCode> }

/** Whether the claim `claim` of what `verifyCall` returns is compared by hand in a test that stops the function on a mismatch. */
export function isClaimCheckedByHand(verifyCall: TSESTree.Node, claim: string, context: Context): boolean {
  return valueUses(verifyCall, context).reads.some(
    (read) => read.path.at(-1) === claim && claimValues(read.node, context).some((value) => guardsByComparison(value, context.sourceCode)),
  )
}

/** Where the claim's value is used: the member read itself, or each read of the variable it was destructured into. */
function claimValues(read: TSESTree.Node, context: EvaluationContext): TSESTree.Node[] {
  if (read.type !== AST_NODE_TYPES.Property) return [read]
  const target = read.value.type === AST_NODE_TYPES.AssignmentPattern ? read.value.left : read.value
  if (target.type !== AST_NODE_TYPES.Identifier) return []
  const variable = findVariable(context.scopeOf(target), target)
  return variable?.references.filter((reference) => reference.isRead()).map((reference) => reference.identifier as TSESTree.Node) ?? []
}

/**
 * `value !== expected`, `value !== a && value !== b` (none of the allowed values), `!(value === expected)`
 * or `!allowed.includes(value)` as the test of an `if` that stops the function.
 */
function guardsByComparison(value: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const outer = outermostWrapper(value)
  const parent = outer.parent
  if (parent?.type === AST_NODE_TYPES.BinaryExpression && equalities.has(parent.operator)) {
    const matches = parent.operator === '===' || parent.operator === '=='
    return guardOf(matches ? parent : noneOf(parent, sourceCode.getText(outer), sourceCode), matches)?.failsClosed ?? false
  }
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === outer && calleeName(parent) === 'includes') {
    return guardOf(parent)?.failsClosed ?? false
  }
  return false
}

const equalities = new Set(['===', '!==', '==', '!='])

/** The whole `&&` chain around a mismatch, when every operand is a mismatch of the same value (`v !== a && v !== b`). */
function noneOf(mismatch: TSESTree.BinaryExpression, value: string, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Node {
  let chain: TSESTree.Node = outermostWrapper(mismatch)
  while (chain.parent?.type === AST_NODE_TYPES.LogicalExpression && chain.parent.operator === '&&') chain = outermostWrapper(chain.parent)
  return operands(chain).every((operand) => isMismatchOf(operand, value, sourceCode)) ? chain : mismatch
}

function operands(node: TSESTree.Node): TSESTree.Node[] {
  const unwrapped = skipWrappers(node)
  return unwrapped.type === AST_NODE_TYPES.LogicalExpression && unwrapped.operator === '&&'
    ? [...operands(unwrapped.left), ...operands(unwrapped.right)]
    : [unwrapped]
}

function isMismatchOf(node: TSESTree.Node, value: string, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return (
    node.type === AST_NODE_TYPES.BinaryExpression &&
    (node.operator === '!==' || node.operator === '!=') &&
    (sourceCode.getText(skipWrappers(node.left)) === value || sourceCode.getText(skipWrappers(node.right)) === value)
  )
}
