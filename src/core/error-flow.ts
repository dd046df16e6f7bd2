/**
 * Whether a failed verification stops the request: a `catch` around the
 * verify call that neither throws, answers, returns nor passes the error on,
 * yet hands the request to the next handler.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils'
import { continuationNames, responseEndingMethods } from '../model/request-flow.js'
import { calleeName, descendants, isFunction } from './ast.js'

/** The catch clause that swallows a failure of `call` and continues, if there is one. */
export function swallowingCatch(
  call: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESTree.CatchClause | undefined {
  const tryStatement = enclosingTry(call)
  const handler = tryStatement?.handler
  if (!tryStatement || !handler) return undefined
  if (stopsRequest(handler, sourceCode)) return undefined
  const continuesInside = [...descendants(handler.body, sourceCode.visitorKeys, true)].some(isBareContinuation)
  return continuesInside || continuesAfter(tryStatement) ? handler : undefined
}

function enclosingTry(node: TSESTree.Node): TSESTree.TryStatement | undefined {
  for (let current = node; current.parent && !isFunction(current); current = current.parent) {
    if (current.parent.type === AST_NODE_TYPES.TryStatement && current.parent.block === current) return current.parent
  }
  return undefined
}

function stopsRequest(handler: TSESTree.CatchClause, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const errorName = handler.param?.type === AST_NODE_TYPES.Identifier ? handler.param.name : undefined
  for (const node of descendants(handler.body, sourceCode.visitorKeys, true)) {
    if (node.type === AST_NODE_TYPES.ThrowStatement) return true
    if (node.type === AST_NODE_TYPES.ReturnStatement && !(node.argument && isBareContinuation(node.argument))) return true
    if (node.type !== AST_NODE_TYPES.CallExpression) continue
    const name = calleeName(node)
    if (name && responseEndingMethods.includes(name)) return true
    if (name && continuationNames.includes(name) && node.arguments.length > 0) return true
    if (errorName && node.arguments.some((argument) => argument.type === AST_NODE_TYPES.Identifier && argument.name === errorName)) {
      if (!isLogging(node)) return true
    }
  }
  return false
}

/** `next()`, `done()`: hands the request on as if nothing failed. */
function isBareContinuation(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.CallExpression &&
    node.arguments.length === 0 &&
    node.callee.type === AST_NODE_TYPES.Identifier &&
    continuationNames.includes(node.callee.name)
  )
}

/** The statement right after the try is a bare continuation. */
function continuesAfter(tryStatement: TSESTree.TryStatement): boolean {
  const container = tryStatement.parent
  if (container.type !== AST_NODE_TYPES.BlockStatement && container.type !== AST_NODE_TYPES.Program) return false
  const body = container.body as TSESTree.Node[]
  const next = body[body.indexOf(tryStatement) + 1]
  if (next?.type === AST_NODE_TYPES.ExpressionStatement) return isBareContinuation(next.expression)
  if (next?.type === AST_NODE_TYPES.ReturnStatement) return next.argument !== null && isBareContinuation(next.argument)
  return false
}

function isLogging(call: TSESTree.CallExpression): boolean {
  const callee = call.callee
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    ((callee.object.type === AST_NODE_TYPES.Identifier && /^(console|logger|log)$/u.test(callee.object.name)) ||
      (callee.object.type === AST_NODE_TYPES.MemberExpression &&
        callee.object.property.type === AST_NODE_TYPES.Identifier &&
        /^(logger|log)$/u.test(callee.object.property.name)))
  )
}
