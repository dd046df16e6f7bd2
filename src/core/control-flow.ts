/**
 * Coarse, structural control-flow questions within one function: does a value
 * leave the function (returned or stored on an object), and does one call
 * certainly run before a later node.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'
import { contains, isFunction } from './ast.js'

/** Nodes through which a value passes unchanged on its way to a `return` or an assignment. */
const passThrough = new Set<string>([
  AST_NODE_TYPES.Property,
  AST_NODE_TYPES.ObjectExpression,
  AST_NODE_TYPES.ArrayExpression,
  AST_NODE_TYPES.SpreadElement,
  AST_NODE_TYPES.TemplateLiteral,
  AST_NODE_TYPES.ConditionalExpression,
  AST_NODE_TYPES.LogicalExpression,
  AST_NODE_TYPES.AwaitExpression,
  AST_NODE_TYPES.TSAsExpression,
  AST_NODE_TYPES.TSSatisfiesExpression,
  AST_NODE_TYPES.TSNonNullExpression,
  AST_NODE_TYPES.ChainExpression,
])

/**
 * Whether the value at `node` (or the statement that uses it) is returned from
 * its function or stored on an object (`req.user = value`), rather than only
 * inspected or passed to a call.
 */
export function leavesFunction(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression) return false
  let current: TSESTree.Node = node
  for (;;) {
    if (current.type === AST_NODE_TYPES.ReturnStatement) return true
    if (current.type === AST_NODE_TYPES.AssignmentExpression) return current.left.type === AST_NODE_TYPES.MemberExpression
    const parent: TSESTree.Node | undefined = current.parent
    if (!parent) return false
    if (isFunction(parent)) return parent.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === current
    if (parent.type === AST_NODE_TYPES.MemberExpression) {
      if (parent.object !== current) return false
    } else if (parent.type === AST_NODE_TYPES.AssignmentExpression) {
      if (parent.right !== current) return false
    } else if (parent.type !== AST_NODE_TYPES.ReturnStatement && !passThrough.has(parent.type)) {
      return false
    }
    current = parent
  }
}

/**
 * Whether `earlier` certainly runs before `later` is reached: `earlier` sits in a
 * statement of some block, on no conditional branch within that statement, and
 * `later` is inside the same block after that statement. A `throw` from
 * `earlier` therefore skips `later`.
 */
export function alwaysRunsBefore(earlier: TSESTree.Node, later: TSESTree.Node): boolean {
  let current: TSESTree.Node = earlier
  for (let parent = current.parent; parent && !isFunction(current); current = parent, parent = parent.parent) {
    if (parent.type === AST_NODE_TYPES.BlockStatement || parent.type === AST_NODE_TYPES.Program) {
      if (contains(parent, later) && current.range[1] <= later.range[0]) return true
      continue
    }
    if (isConditionalBranch(parent, current)) return false
  }
  return false
}

/** `child` runs only on some paths through `parent`. */
function isConditionalBranch(parent: TSESTree.Node, child: TSESTree.Node): boolean {
  switch (parent.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression:
      return parent.test !== child
    case AST_NODE_TYPES.LogicalExpression:
      return parent.right === child
    case AST_NODE_TYPES.ForStatement:
      return parent.init !== child
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
      return parent.right !== child
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
    case AST_NODE_TYPES.SwitchCase:
    case AST_NODE_TYPES.CatchClause:
      return true
    case AST_NODE_TYPES.TryStatement:
      return parent.block !== child
    default:
      return false
  }
}

/** Whether a statement always leaves its function: a `throw` or `return`, or a block that ends with one. */
export function alwaysExits(statement: TSESTree.Statement): boolean {
  if (statement.type === AST_NODE_TYPES.ThrowStatement || statement.type === AST_NODE_TYPES.ReturnStatement) return true
  if (statement.type !== AST_NODE_TYPES.BlockStatement) return false
  const last = statement.body.at(-1)
  return last !== undefined && alwaysExits(last)
}
