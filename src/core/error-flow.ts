/**
 * Whether a failed verification stops the request: a `catch` clause, a Promise
 * rejection handler or an error check that neither throws, answers, returns nor
 * passes the error on, yet hands the request to the next handler.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils'
import { allowingMethodNames, continuationNames, responseEndingMethods } from '../model/request-flow.js'
import {
  calleeName,
  contains,
  descendants,
  enclosingFunction,
  functionName,
  isFunction,
  literalKeyName,
  outermostWrapper,
  skipWrappers,
} from './ast.js'

type SourceCode = Readonly<TSESLint.SourceCode>

/** The catch clause that swallows a failure of `call` and continues, if there is one. */
export function swallowingCatch(call: TSESTree.Node, sourceCode: SourceCode): TSESTree.CatchClause | undefined {
  const tryStatement = enclosingTry(call)
  const handler = tryStatement?.handler
  if (!tryStatement || !handler) return undefined
  const errorName = handler.param?.type === AST_NODE_TYPES.Identifier ? handler.param.name : undefined
  if (stopsOnEveryPath(handler.body, errorName, sourceCode)) return undefined
  return containsBareContinuation(handler.body, sourceCode) || continuesAfter(tryStatement) ? handler : undefined
}

/**
 * The rejection handler of a Promise chain on `call` (`.catch(fn)`, `.then(ok, fn)`)
 * that swallows the failure and continues: it calls `next()` itself, or a later
 * `.finally(fn)` does.
 */
export function swallowingRejectionHandler(call: TSESTree.Node, sourceCode: SourceCode): TSESTree.FunctionLike | undefined {
  const links = promiseChain(call)
  for (const [index, link] of links.entries()) {
    const handler = link.method === 'catch' ? link.call.arguments[0] : link.method === 'then' ? link.call.arguments[1] : undefined
    if (!handler) continue
    if (!isFunction(handler)) return undefined
    const errorParameter = handler.params[0]
    const errorName = errorParameter?.type === AST_NODE_TYPES.Identifier ? errorParameter.name : undefined
    if (stopsOnEveryPath(handler.body, errorName, sourceCode)) return undefined
    const finallyContinues = links
      .slice(index + 1)
      .some((later) => later.method === 'finally' && isFunction(later.call.arguments[0]) && containsBareContinuation(later.call.arguments[0].body, sourceCode))
    return containsBareContinuation(handler.body, sourceCode) || finallyContinues ? handler : undefined
  }
  return undefined
}

/**
 * For a result callback `(err, decoded) => ...`: every read of the error only
 * logs it or tests it in an `if` whose branch does not stop
 * (`if (err) console.error(err)`), and on that error path the callback still
 * uses the decoded value or calls `next()`.
 */
export function errorPathContinues(
  callback: TSESTree.FunctionLike,
  errorReads: readonly TSESTree.Identifier[],
  decodedReads: readonly TSESTree.Identifier[],
  sourceCode: SourceCode,
): boolean {
  const checks: TSESTree.IfStatement[] = []
  for (const read of errorReads) {
    if (isOnlyLogged(read)) continue
    const check = unstoppedCheck(read, sourceCode)
    if (!check) return false
    checks.push(check)
  }
  const onErrorPath = (node: TSESTree.Node): boolean =>
    checks.every((check) => contains(check.consequent, node) || node.range[0] >= check.range[1])
  const continuations = callback.body ? [...descendants(callback.body, sourceCode.visitorKeys, true)].filter(isBareContinuation) : []
  return [...decodedReads, ...continuations].some(onErrorPath)
}

/**
 * Whether a handler that must throw to reject (express-jwt `onExpired`) may do so:
 * it has a `throw`, or calls anything besides logging (a helper may throw, or
 * return a rejected Promise: `Promise.reject(err)`). Nested functions do not count.
 */
export function mayThrow(handler: TSESTree.FunctionLike, sourceCode: SourceCode): boolean {
  if (!handler.body) return true
  for (const node of descendants(handler.body, sourceCode.visitorKeys, true)) {
    if (node.type === AST_NODE_TYPES.ThrowStatement) return true
    if (node.type === AST_NODE_TYPES.CallExpression && !isLoggingCall(node)) return true
  }
  return false
}

/** The `if (err) ...` statement testing `read`, when its branch does not stop the request. */
function unstoppedCheck(read: TSESTree.Identifier, sourceCode: SourceCode): TSESTree.IfStatement | undefined {
  const outer = outermostWrapper(read)
  const parent = outer.parent
  if (parent?.type !== AST_NODE_TYPES.IfStatement || parent.test !== outer) return undefined
  return stopsOnEveryPath(parent.consequent, read.name, sourceCode) ? undefined : parent
}

/** The outermost call of the `.then()` / `.catch()` / `.finally()` chain on `call`, or `call` itself. */
export function promiseChainEnd(call: TSESTree.Node): TSESTree.Node {
  return promiseChain(call).at(-1)?.call ?? call
}

interface ChainLink {
  readonly method: 'then' | 'catch' | 'finally'
  readonly call: TSESTree.CallExpression
}

function promiseChain(call: TSESTree.Node): ChainLink[] {
  const links: ChainLink[] = []
  let current = outermostWrapper(call)
  for (;;) {
    const member = current.parent
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== current) break
    const method = literalKeyName(member)
    const chainCall = outermostWrapper(member).parent
    if (
      (method !== 'then' && method !== 'catch' && method !== 'finally') ||
      chainCall?.type !== AST_NODE_TYPES.CallExpression ||
      skipWrappers(chainCall.callee) !== member
    ) {
      break
    }
    links.push({ method, call: chainCall })
    current = outermostWrapper(chainCall)
  }
  return links
}

/**
 * Whether every path through `node` (a statement, or an arrow function's
 * expression body) stops the request: throws, returns, answers, or passes
 * `errorName` on. Statements whose paths are not followed (loops, `switch`,
 * nested `try`) count when they stop on any path.
 */
function stopsOnEveryPath(node: TSESTree.Node, errorName: string | undefined, sourceCode: SourceCode): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.BlockStatement:
      return node.body.some((statement) => stopsOnEveryPath(statement, errorName, sourceCode))
    case AST_NODE_TYPES.ThrowStatement:
      return true
    case AST_NODE_TYPES.ReturnStatement:
      return !(node.argument && isBareContinuation(skipWrappers(node.argument)))
    case AST_NODE_TYPES.ExpressionStatement:
      return stopsOnEveryPath(node.expression, errorName, sourceCode)
    case AST_NODE_TYPES.IfStatement:
      return (
        node.alternate !== null &&
        stopsOnEveryPath(node.consequent, errorName, sourceCode) &&
        stopsOnEveryPath(node.alternate, errorName, sourceCode)
      )
    case AST_NODE_TYPES.SwitchStatement:
    case AST_NODE_TYPES.TryStatement:
    case AST_NODE_TYPES.ForStatement:
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
    case AST_NODE_TYPES.LabeledStatement:
      return stopsOnSomePath(node, errorName, sourceCode)
    case AST_NODE_TYPES.AwaitExpression:
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.ChainExpression:
      return stopsOnEveryPath(skipWrappers(node.type === AST_NODE_TYPES.AwaitExpression ? node.argument : node), errorName, sourceCode)
    case AST_NODE_TYPES.UnaryExpression:
      return node.operator === 'void' && stopsOnEveryPath(node.argument, errorName, sourceCode)
    case AST_NODE_TYPES.ConditionalExpression:
      return stopsOnEveryPath(node.consequent, errorName, sourceCode) && stopsOnEveryPath(node.alternate, errorName, sourceCode)
    case AST_NODE_TYPES.CallExpression:
      return isStoppingCall(node, errorName)
    default:
      return false
  }
}

/** Any node below `node` (outside nested functions) stops the request. */
function stopsOnSomePath(node: TSESTree.Node, errorName: string | undefined, sourceCode: SourceCode): boolean {
  for (const inner of descendants(node, sourceCode.visitorKeys, true)) {
    if (inner.type === AST_NODE_TYPES.ThrowStatement) return true
    if (inner.type === AST_NODE_TYPES.ReturnStatement && !(inner.argument && isBareContinuation(skipWrappers(inner.argument)))) {
      return true
    }
    if (inner.type === AST_NODE_TYPES.CallExpression && isStoppingCall(inner, errorName)) return true
  }
  return false
}

/** `res.status(401)`, `next(err)`, `reject(err)`, or any non-logging call that is handed the error. */
function isStoppingCall(call: TSESTree.CallExpression, errorName: string | undefined): boolean {
  const name = calleeName(call)
  if (name && responseEndingMethods.includes(name)) return true
  if (name && continuationNames.includes(name) && call.arguments.length > 0) return true
  if (errorName && call.arguments.some((argument) => argument.type === AST_NODE_TYPES.Identifier && argument.name === errorName)) {
    return !isLoggingCall(call)
  }
  return false
}

function containsBareContinuation(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  for (const inner of descendants(node, sourceCode.visitorKeys, true)) {
    if (isBareContinuation(inner)) return true
  }
  return false
}

function enclosingTry(node: TSESTree.Node): TSESTree.TryStatement | undefined {
  for (let current = node; current.parent && !isFunction(current); current = current.parent) {
    if (current.parent.type === AST_NODE_TYPES.TryStatement && current.parent.block === current) return current.parent
  }
  return undefined
}

/** `next()`, `await next()`, `done()`, a guard's `return true`: hands the request on as if nothing failed. */
function isBareContinuation(node: TSESTree.Node): boolean {
  if (isAllowingResult(node)) return true
  const call = node.type === AST_NODE_TYPES.AwaitExpression ? node.argument : node
  return (
    call.type === AST_NODE_TYPES.CallExpression &&
    call.arguments.length === 0 &&
    call.callee.type === AST_NODE_TYPES.Identifier &&
    continuationNames.includes(call.callee.name)
  )
}

/** The `true` of `return true` in a method whose result lets the request through (`canActivate` of a NestJS guard). */
function isAllowingResult(node: TSESTree.Node): boolean {
  if (node.type !== AST_NODE_TYPES.Literal || node.value !== true || node.parent?.type !== AST_NODE_TYPES.ReturnStatement) return false
  const fn = enclosingFunction(node)
  const name = fn && functionName(fn)
  return name !== undefined && allowingMethodNames.includes(name)
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

/** `console.error(...)`, `logger.warn(...)`, `this.log.info(...)`. */
function isLoggingCall(call: TSESTree.CallExpression): boolean {
  const callee = call.callee
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    ((callee.object.type === AST_NODE_TYPES.Identifier && /^(console|logger|log)$/u.test(callee.object.name)) ||
      (callee.object.type === AST_NODE_TYPES.MemberExpression &&
        callee.object.property.type === AST_NODE_TYPES.Identifier &&
        /^(logger|log)$/u.test(callee.object.property.name)))
  )
}

/** Whether the value read at `identifier` only ends up in a logging call (`console.error(err)`, `` log.warn(`${err.message}`) ``). */
function isOnlyLogged(identifier: TSESTree.Node): boolean {
  let current = outermostWrapper(identifier)
  for (;;) {
    const parent = current.parent
    if (!parent) return false
    switch (parent.type) {
      case AST_NODE_TYPES.CallExpression:
        return parent.callee !== current && isLoggingCall(parent)
      case AST_NODE_TYPES.MemberExpression:
        if (parent.object !== current) return false
        break
      case AST_NODE_TYPES.TemplateLiteral:
      case AST_NODE_TYPES.Property:
      case AST_NODE_TYPES.ObjectExpression:
      case AST_NODE_TYPES.ArrayExpression:
        break
      case AST_NODE_TYPES.BinaryExpression:
        if (parent.operator !== '+') return false
        break
      default:
        return false
    }
    current = outermostWrapper(parent)
  }
}
