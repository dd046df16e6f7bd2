/**
 * Signature checks written by hand: a modelled comparison or verify call
 * (`crypto.timingSafeEqual`, `crypto.subtle.verify`) whose failure stops the
 * function, so that the code it guards runs only with a checked token.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils'
import { signatureChecks } from '../model/signature-checks.js'
import { contains, enclosingFunction, outermostWrapper } from './ast.js'
import { alwaysExits, alwaysRunsBefore } from './control-flow.js'
import { fileCache } from './memo.js'
import { findModelledCalls } from './modelled-calls.js'

/** A passed check: `covers` tells whether a node runs only after the check passed. */
export interface SignatureGuard {
  readonly check: TSESTree.Node
  covers(node: TSESTree.Node): boolean
}

const guardsByFile = fileCache<readonly SignatureGuard[]>()

/** The file's hand-written signature checks whose result decides whether the code goes on. */
export function signatureGuards(sourceCode: Readonly<TSESLint.SourceCode>): readonly SignatureGuard[] {
  return guardsByFile(sourceCode.ast, () => {
    const guards: SignatureGuard[] = []
    for (const check of findModelledCalls(sourceCode, signatureChecks).keys()) {
      const guard = guardOf(check)
      if (guard) guards.push(guard)
    }
    return guards
  })
}

/** The guards in the same function as `node`; each says whether `node` runs only after its check passed. */
export function guardsBefore(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): SignatureGuard[] {
  const scope = enclosingFunction(node)
  return signatureGuards(sourceCode).filter((guard) => enclosingFunction(guard.check) === scope)
}

/**
 * `if (!check(...)) throw ...` (also after other `||` conditions, such as a length comparison):
 * what follows the `if` in its block runs only when the check ran and passed.
 * `if (check(...)) { ... }` (also in an `&&` chain): the block does.
 */
function guardOf(check: TSESTree.Node): SignatureGuard | undefined {
  let current = outermostWrapper(check)
  if (current.parent?.type === AST_NODE_TYPES.AwaitExpression) current = outermostWrapper(current.parent)
  const negation = current.parent
  const negated = negation?.type === AST_NODE_TYPES.UnaryExpression && negation.operator === '!'
  if (negated) current = outermostWrapper(negation)
  // Every operand of `a || !check()` is false when the `if` is skipped, and of `a && check()` true when it is entered.
  const chain = negated ? '||' : '&&'
  while (current.parent?.type === AST_NODE_TYPES.LogicalExpression && current.parent.operator === chain) current = outermostWrapper(current.parent)
  const statement = current.parent
  if (statement?.type !== AST_NODE_TYPES.IfStatement || statement.test !== current) return undefined
  if (!negated) return { check, covers: (node) => contains(statement.consequent, node) }
  return alwaysExits(statement.consequent) ? { check, covers: (node) => alwaysRunsBefore(statement, node) } : undefined
}
