/**
 * The request handler an incoming credential belongs to: the function that received
 * the request it was read from. `(req, res) => req.headers.authorization` was received by
 * that arrow; `GET(request)`, Koa `(ctx) => ctx.get('Authorization')`, Hono `(c) => c.req.header(...)`,
 * Lambda `(event) => event.headers.Authorization` and a NestJS `@Headers('authorization')`
 * parameter likewise; Next.js `headers()` belongs to the function that calls it.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'
import { requestHeaderContainers } from '../model/tokens.js'
import { requestOriginNames, responseObjectNames } from '../model/sinks.js'
import { enclosingFunction, isFunction, literalKeyName, skipWrappers } from './ast.js'
import { type EvaluationContext, singleAssignmentVariable } from './bindings.js'
import { findVariable, getStringIfConstant } from './eslint-utils.js'
import { isGlobalRead } from './globals.js'
import { nameWords } from './token-names.js'

const maxSteps = 24

/**
 * The function whose parameter is the request `origin` (a credential's origin, from
 * `tokenFacts`) was read from. Undefined when it was read from something else: a response's
 * headers, a local object, `this`.
 */
export function receivingHandler(origin: TSESTree.Node, context: EvaluationContext): TSESTree.FunctionLike | undefined {
  let node: TSESTree.Node = origin
  for (let step = 0; step < maxSteps; step++) {
    const fn = parameterOf(node)
    if (fn) return fn
    const pattern = patternDeclarator(node)
    if (pattern) {
      if (isFunction(pattern)) return pattern
      if (!pattern.init) return undefined
      node = pattern.init
      continue
    }
    const unwrapped = skipWrappers(node)
    switch (unwrapped.type) {
      case AST_NODE_TYPES.MemberExpression:
        node = unwrapped.object
        continue
      case AST_NODE_TYPES.AwaitExpression:
        node = unwrapped.argument
        continue
      case AST_NODE_TYPES.CallExpression: {
        const callee = skipWrappers(unwrapped.callee)
        if (callee.type === AST_NODE_TYPES.MemberExpression) {
          node = callee.object
          continue
        }
        // Next.js `headers()` from `next/headers`: the request of the calling route handler or server action.
        if (callee.type === AST_NODE_TYPES.Identifier && unwrapped.arguments.length === 0 && requestHeaderContainers.includes(callee.name)) {
          return enclosingFunction(unwrapped)
        }
        return undefined
      }
      case AST_NODE_TYPES.Identifier: {
        // `res`, `response`, `loginResponse`: what a server answered, not what a caller sent.
        if (responseObjectNames.includes(nameWords(unwrapped.name).at(-1) ?? '')) return undefined
        const variable = findVariable(context.scopeOf(unwrapped), unwrapped)
        const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined
        if (definition?.type === 'Parameter') return isFunction(definition.node) ? definition.node : undefined
        if (definition?.type !== 'Variable' || !singleAssignmentVariable(unwrapped, context)) return undefined
        const declarator = definition.node
        if (!declarator.init) return undefined
        node = declarator.init
        continue
      }
      default:
        return undefined
    }
  }
  return undefined
}

/** The function `node` is a parameter of (NestJS `@Headers('authorization') auth`). */
function parameterOf(node: TSESTree.Node): TSESTree.FunctionLike | undefined {
  const parent = node.parent
  if (parent?.type === AST_NODE_TYPES.TSParameterProperty) return parameterOf(parent)
  return isFunction(parent) && parent.params.includes(node as TSESTree.Parameter) ? parent : undefined
}

/**
 * For a name inside a destructuring pattern (`const { authorization } = req.headers`,
 * `({ headers: { authorization } }) => ...`), the declarator whose value it destructures,
 * or the function whose parameter it is.
 */
function patternDeclarator(node: TSESTree.Node): TSESTree.VariableDeclarator | TSESTree.FunctionLike | undefined {
  let current = node
  let inPattern = false
  for (let parent = current.parent; parent; current = parent, parent = parent.parent) {
    switch (parent.type) {
      case AST_NODE_TYPES.Property:
        if (parent.parent.type !== AST_NODE_TYPES.ObjectPattern) return undefined
        continue
      case AST_NODE_TYPES.ObjectPattern:
      case AST_NODE_TYPES.ArrayPattern:
      case AST_NODE_TYPES.RestElement:
        inPattern = true
        continue
      case AST_NODE_TYPES.AssignmentPattern:
        if (parent.left !== current) return undefined
        continue
      case AST_NODE_TYPES.VariableDeclarator:
        return inPattern && parent.id === current ? parent : undefined
      default:
        return inPattern && isFunction(parent) && parent.params.includes(current as TSESTree.Parameter) ? parent : undefined
    }
  }
  return undefined
}

/**
 * Whether a URL starts with the origin of the request `handler` received (`` `${req.protocol}://${req.get('host')}/x` ``,
 * `new URL('/x', request.url)`), so that it points back at this service.
 */
export function isOwnOriginUrl(url: TSESTree.Node, handler: TSESTree.FunctionLike, context: EvaluationContext, depth = 0): boolean {
  if (depth > 6) return false
  const node = skipWrappers(url)
  switch (node.type) {
    case AST_NODE_TYPES.TemplateLiteral: {
      // Only a scheme may come before the first expression: `https://${req.headers.host}/x`.
      const first = node.expressions[0]
      return first !== undefined && /^(?:[a-z][\w+.-]*:)?\/*$/iu.test(node.quasis[0]?.value.cooked ?? '') && isOwnOriginUrl(first, handler, context, depth + 1)
    }
    case AST_NODE_TYPES.BinaryExpression:
      return node.operator === '+' && isOwnOriginUrl(node.left, handler, context, depth + 1)
    case AST_NODE_TYPES.NewExpression: {
      // `new URL(path, request.url)`, `new URL(request.url)`
      const [path, base] = node.arguments
      if (!isGlobalRead(skipWrappers(node.callee), 'URL', context.scopeOf) || !path || path.type === AST_NODE_TYPES.SpreadElement) return false
      const origin = base && base.type !== AST_NODE_TYPES.SpreadElement ? base : path
      return isOwnOriginUrl(origin, handler, context, depth + 1)
    }
    case AST_NODE_TYPES.MemberExpression: {
      const name = literalKeyName(node)
      if (name === undefined || !requestOriginNames.includes(name)) return false
      // `new URL(request.url).origin`
      if (skipWrappers(node.object).type === AST_NODE_TYPES.NewExpression) return isOwnOriginUrl(node.object, handler, context, depth + 1)
      return receivingHandler(node, context) === handler
    }
    case AST_NODE_TYPES.CallExpression: {
      // `req.get('host')`, `c.req.header('host')`
      const argument = node.arguments[0]
      const header = argument && argument.type !== AST_NODE_TYPES.SpreadElement ? getStringIfConstant(argument, context.scopeOf(argument)) : null
      return header !== null && requestOriginNames.includes(header.toLowerCase()) && receivingHandler(node, context) === handler
    }
    default:
      return false
  }
}
