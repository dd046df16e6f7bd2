/**
 * The method calls made on a token builder (`new SignJWT(payload)`), written as
 * one chain or spread over statements through a constant:
 * `const jwt = new SignJWT(claims).setProtectedHeader({ alg }); jwt.setExpirationTime('1h'); await jwt.sign(key)`.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'
import type { TokenBuilder } from '../model/types.js'
import { literalKeyName, outermostWrapper } from './ast.js'
import type { EvaluationContext } from './bindings.js'
import { findVariable } from './eslint-utils.js'

export interface BuilderChain {
  /** Every method call on the builder, by method name. */
  readonly calls: ReadonlyMap<string, readonly TSESTree.CallExpression[]>
  /** The calls that produce the token (`.sign(key)`). */
  readonly finishes: readonly TSESTree.CallExpression[]
  /** False when the builder also goes where its method calls cannot be seen (returned, passed on, stored). */
  readonly complete: boolean
}

const maxSteps = 64

/** The method calls made on the object `construction` creates. */
export function builderChain(construction: TSESTree.Node, builder: TokenBuilder, context: EvaluationContext): BuilderChain {
  const calls = new Map<string, TSESTree.CallExpression[]>()
  const finishes: TSESTree.CallExpression[] = []
  let complete = true
  let steps = 0

  const follow = (value: TSESTree.Node): void => {
    if (++steps > maxSteps) {
      complete = false
      return
    }
    const outer = outermostWrapper(value)
    const parent = outer.parent
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === outer) {
      const method = literalKeyName(parent)
      const call = outermostWrapper(parent).parent
      if (method === undefined || call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== outermostWrapper(parent)) {
        complete = false
        return
      }
      calls.set(method, [...(calls.get(method) ?? []), call])
      if (method === builder.finish) finishes.push(call)
      // Every other method returns the builder itself.
      else follow(call)
      return
    }
    if (parent?.type === AST_NODE_TYPES.ExpressionStatement) return
    if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === outer && parent.id.type === AST_NODE_TYPES.Identifier) {
      followVariable(parent.id)
      return
    }
    complete = false
  }

  const followVariable = (id: TSESTree.Identifier): void => {
    const variable = findVariable(context.scopeOf(id), id)
    if (!variable || variable.references.some((reference) => reference.isWrite() && reference.init !== true)) {
      complete = false
      return
    }
    for (const reference of variable.references) {
      if (reference.isRead()) follow(reference.identifier as TSESTree.Node)
    }
  }

  follow(construction)
  return { calls, finishes, complete }
}
