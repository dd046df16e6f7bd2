/**
 * Forward tracing of a value within the code that can see it: which property
 * paths are read from it, and where it escapes whole (returned, stored,
 * passed on). `const { exp } = decode(t)` reads `['exp']`; `req.user = decode(t)`
 * escapes.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'
import { literalKeyName, outermostWrapper } from './ast.js'
import type { EvaluationContext } from './bindings.js'
import { findVariable, getStringIfConstant } from './eslint-utils.js'

export interface PropertyRead {
  readonly path: readonly string[]
  readonly node: TSESTree.Node
}

export interface ValueUses {
  readonly reads: readonly PropertyRead[]
  /** Places where the value (or a part of it whose path is given) leaves the traced code whole. */
  readonly escapes: readonly PropertyRead[]
}

const maxDepth = 16

/** Calls that only display their arguments; passing a value to them is not a use of its contents. */
const displayOnlyObjects = new Set(['console'])

export function valueUses(node: TSESTree.Node, context: EvaluationContext): ValueUses {
  const reads: PropertyRead[] = []
  const escapes: PropertyRead[] = []
  const seen = new Set<TSESTree.Node>()
  const follow = (expression: TSESTree.Node, path: readonly string[], depth: number): void => {
    if (depth > maxDepth || seen.has(expression)) return
    seen.add(expression)
    const outer = climbAwait(outermostWrapper(expression))
    const parent = outer.parent
    if (!parent) return
    switch (parent.type) {
      case AST_NODE_TYPES.MemberExpression: {
        if (parent.object !== outer) return
        const name = parent.computed ? getStringIfConstant(parent.property, context.scopeOf(parent)) : literalKeyName(parent)
        if (name === null || name === undefined) {
          escapes.push({ path, node: parent })
          return
        }
        const childPath = [...path, name]
        reads.push({ path: childPath, node: parent })
        follow(parent, childPath, depth + 1)
        return
      }
      case AST_NODE_TYPES.VariableDeclarator:
        if (parent.init === outer) followPattern(parent.id, path, depth)
        return
      case AST_NODE_TYPES.AssignmentExpression:
        if (parent.right !== outer) return
        if (parent.left.type === AST_NODE_TYPES.Identifier) followIdentifier(parent.left, path, depth)
        else if (parent.left.type === AST_NODE_TYPES.ObjectPattern) followPattern(parent.left, path, depth)
        else escapes.push({ path, node: parent })
        return
      case AST_NODE_TYPES.LogicalExpression:
        if (parent.operator !== '&&' || parent.right === outer) follow(parent, path, depth + 1)
        return
      case AST_NODE_TYPES.ConditionalExpression:
        if (parent.test !== outer) follow(parent, path, depth + 1)
        return
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.WhileStatement:
      case AST_NODE_TYPES.DoWhileStatement:
      case AST_NODE_TYPES.ForStatement:
      case AST_NODE_TYPES.ExpressionStatement:
      case AST_NODE_TYPES.UnaryExpression:
      case AST_NODE_TYPES.BinaryExpression:
        return
      case AST_NODE_TYPES.CallExpression:
        if (parent.callee === outer || isDisplayOnly(parent)) return
        escapes.push({ path, node: parent })
        return
      default:
        escapes.push({ path, node: parent })
    }
  }

  const followIdentifier = (identifier: TSESTree.Identifier, path: readonly string[], depth: number): void => {
    const variable = findVariable(context.scopeOf(identifier), identifier)
    if (!variable) return
    for (const reference of variable.references) {
      if (reference.isRead()) follow(reference.identifier as TSESTree.Node, path, depth + 1)
    }
  }

  const followPattern = (pattern: TSESTree.Node, path: readonly string[], depth: number): void => {
    switch (pattern.type) {
      case AST_NODE_TYPES.Identifier:
        followIdentifier(pattern, path, depth)
        return
      case AST_NODE_TYPES.AssignmentPattern:
        followPattern(pattern.left, path, depth)
        return
      case AST_NODE_TYPES.ObjectPattern:
        for (const property of pattern.properties) {
          if (property.type === AST_NODE_TYPES.RestElement) {
            escapes.push({ path, node: property })
            continue
          }
          const name = property.computed
            ? getStringIfConstant(property.key, context.scopeOf(property))
            : literalKeyName(property)
          if (name === null || name === undefined) {
            escapes.push({ path, node: property })
            continue
          }
          reads.push({ path: [...path, name], node: property })
          followPattern(property.value, [...path, name], depth + 1)
        }
        return
      case AST_NODE_TYPES.ArrayPattern:
        for (const [index, element] of pattern.elements.entries()) {
          if (!element) continue
          if (element.type === AST_NODE_TYPES.RestElement) escapes.push({ path, node: element })
          else followPattern(element, [...path, String(index)], depth + 1)
        }
        return
      default:
        escapes.push({ path, node: pattern })
    }
  }

  follow(node, [], 0)
  return { reads, escapes }
}

function climbAwait(node: TSESTree.Node): TSESTree.Node {
  let current = node
  while (current.parent?.type === AST_NODE_TYPES.AwaitExpression) current = outermostWrapper(current.parent)
  return current
}

function isDisplayOnly(call: TSESTree.CallExpression): boolean {
  const callee = call.callee
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    displayOnlyObjects.has(callee.object.name)
  )
}
