/**
 * ID tokens the code received in a token response it requested itself: the `id_token` of the JSON
 * body of a fetch, axios, got, ky or superagent request, of an OAuth client library's token
 * request, or of the token response an OAuth 2 login strategy hands its verify callback
 * (`src/model/token-responses.ts`). Traced back through variables, destructuring, `await`
 * and `response.clone()` within one function, so an `id_token` in the body of a request the code
 * received (`await req.json()`, `req.body`) is never one.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils'
import { calleeName, skipWrappers } from './ast.js'
import type { EvaluationContext } from './bindings.js'
import { findVariable } from './eslint-utils.js'
import { modulePath } from './module-bindings.js'
import { requestClient } from './outgoing-requests.js'
import { valueRoot } from './value-root.js'
import type { JsonBody } from '../model/sinks.js'
import { idTokenResponseMembers, responseCopyMethods, tokenEndpointRequests, tokenResponseParameterAfter } from '../model/token-responses.js'

type Context = EvaluationContext & { readonly sourceCode: Readonly<TSESLint.SourceCode> }

/** Copies of copies are rare; the bound stops cycles such as `const a = b.clone(), b = a.clone()`. */
const maxCopies = 4

/** Whether `node` is the ID token of a token response that this code requested. */
export function isRequestedIdToken(node: TSESTree.Node, context: Context): boolean {
  const { root, path } = valueRoot(node, context)
  const member = path.at(-1)
  if (member === undefined || !idTokenResponseMembers.includes(member)) return false
  return isJsonBody(root, path.slice(0, -1), context) || (path.length === 1 && isStrategyTokenResponse(root, context))
}

/** A parameter of an OAuth 2 strategy's verify callback that holds the token response (`params`). */
function isStrategyTokenResponse(node: TSESTree.Node, context: Context): boolean {
  if (node.type !== AST_NODE_TYPES.Identifier) return false
  const definition = findVariable(context.scopeOf(node), node)?.defs[0]
  if (definition?.type !== 'Parameter') return false
  const fn = definition.node as TSESTree.FunctionLike
  if (fn.parent?.type !== AST_NODE_TYPES.NewExpression || !fn.parent.arguments.includes(fn as TSESTree.Expression)) return false
  const index = fn.params.indexOf(definition.name as TSESTree.Parameter)
  const before = fn.params.slice(index - tokenResponseParameterAfter.length, index)
  return (
    index >= tokenResponseParameterAfter.length &&
    before.every((parameter, at) => parameter.type === AST_NODE_TYPES.Identifier && tokenResponseParameterAfter[at]!.test(parameter.name))
  )
}

/** Whether `root` read at `path` is the parsed JSON body of a response to a request this code sent. */
function isJsonBody(root: TSESTree.Node, path: readonly string[], context: Context): boolean {
  if (path.length === 1) return requestedBody(root, context)?.property === path[0]
  if (path.length !== 0 || root.type !== AST_NODE_TYPES.CallExpression) return false
  const method = calleeName(root)
  const callee = skipWrappers(root.callee)
  if (method === undefined || callee.type !== AST_NODE_TYPES.MemberExpression) return false
  return responseBody(callee.object, context)?.methods?.includes(method) ?? false
}

/** How to read the JSON body of the response `node` holds (or of the pending request, for got and ky). */
function responseBody(node: TSESTree.Node, context: Context, copies = 0): JsonBody | undefined {
  if (copies > maxCopies) return undefined
  const { root, path } = valueRoot(node, context)
  if (path.length !== 0 || root.type !== AST_NODE_TYPES.CallExpression) return undefined
  const callee = skipWrappers(root.callee)
  const method = calleeName(root)
  if (callee.type === AST_NODE_TYPES.MemberExpression && method !== undefined && responseCopyMethods.includes(method)) {
    return responseBody(callee.object, context, copies + 1)
  }
  return requestedBody(root, context)
}

/** How to read the JSON body of what a request call returns, when `node` is one. */
function requestedBody(node: TSESTree.Node, context: Context): JsonBody | undefined {
  if (node.type !== AST_NODE_TYPES.CallExpression) return undefined
  const client = requestClient(node, context)
  if (client) return client.jsonBody
  const called = modulePath(node.callee, context)
  if (called?.path.length !== 1) return undefined
  const [name] = called.path
  return tokenEndpointRequests.find((library) => library.modules.includes(called.module) && library.functions.includes(name!))?.jsonBody
}
