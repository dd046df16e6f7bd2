/**
 * Tests that guard code: an `if` whose test fails closed (`if (!check()) throw ...`) or whose
 * block runs only when the test passes (`if (check()) { ... }`). Used for checks written by hand,
 * of a signature or of a claim.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'
import { contains, outermostWrapper } from './ast.js'
import { alwaysExits, alwaysRunsBefore } from './control-flow.js'

/** A check that decides whether the code goes on: `covers` tells whether a node runs only after it passed. */
export interface Guard {
  readonly check: TSESTree.Node
  /** A failed check stops the function (`if (!passes) throw ...`), rather than skipping one block. */
  readonly failsClosed: boolean
  covers(node: TSESTree.Node): boolean
}

/**
 * The guard made by `test`, an expression that is truthy when the check passes (`timingSafeEqual(a, b)`,
 * `claims.iss === issuer`) or, with `passesWhenTruthy` false, when it fails (`claims.iss !== issuer`).
 * `if (!passes) throw ...` (also after other `||` conditions, such as a length comparison): what follows
 * the `if` in its block runs only when the check ran and passed. `if (passes) { ... }` (also in an `&&`
 * chain): the block does.
 */
export function guardOf(test: TSESTree.Node, passesWhenTruthy = true): Guard | undefined {
  let current = outermostWrapper(test)
  if (current.parent?.type === AST_NODE_TYPES.AwaitExpression) current = outermostWrapper(current.parent)
  let passes = passesWhenTruthy
  const negation = current.parent
  if (negation?.type === AST_NODE_TYPES.UnaryExpression && negation.operator === '!') {
    current = outermostWrapper(negation)
    passes = !passes
  }
  // Every operand of `a || failed` is false when the `if` is skipped, and of `a && passed` true when it is entered.
  const chain = passes ? '&&' : '||'
  while (current.parent?.type === AST_NODE_TYPES.LogicalExpression && current.parent.operator === chain) current = outermostWrapper(current.parent)
  const statement = current.parent
  if (statement?.type !== AST_NODE_TYPES.IfStatement || statement.test !== current) return undefined
  if (passes) return { check: test, failsClosed: false, covers: (node) => contains(statement.consequent, node) }
  return alwaysExits(statement.consequent) ? { check: test, failsClosed: true, covers: (node) => alwaysRunsBefore(statement, node) } : undefined
}
