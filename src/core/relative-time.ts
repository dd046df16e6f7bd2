/**
 * Absolute times written relative to the current time, the way code computes an
 * `exp` claim: `Math.floor(Date.now() / 1000) + 3600`, `now + ttl` with
 * `const now = Math.floor(Date.now() / 1000)`, or a `Date` such as
 * `new Date(Date.now() + 2 * 3_600_000)`. Anything else is not a time relative to now.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'
import { literalKeyName, skipWrappers } from './ast.js'
import { constantInitializer, type EvaluationContext } from './bindings.js'
import { isGlobalRead } from './globals.js'
import { staticValue } from './static-object.js'

/** A number that is `perMillisecond * Date.now() + offset`. */
interface Linear {
  readonly perMillisecond: number
  readonly offset: number
}

/** `Math` functions that round a time without changing it by more than a second. */
const roundingFunctions = new Set(['floor', 'round', 'trunc', 'ceil'])
/** `Date` instance methods that give its time in milliseconds. */
const timeMethods = new Set(['getTime', 'valueOf'])
const maxDepth = 12

/**
 * The seconds from now until `node`, a NumericDate (seconds since the epoch) or a
 * `Date`, when it is written relative to the current time; otherwise undefined.
 */
export function secondsFromNow(node: TSESTree.Node, context: EvaluationContext): number | undefined {
  const date = dateConstruction(node, context, 0)
  const linear = date ? dateSeconds(date, context) : linearTime(node, context, 0)
  if (!linear || Math.abs(linear.perMillisecond - 1 / 1000) > 1e-12) return undefined
  return Math.round(linear.offset)
}

/** `new Date(...)`, inline or through a constant. */
function dateConstruction(node: TSESTree.Node, context: EvaluationContext, depth: number): TSESTree.NewExpression | undefined {
  const unwrapped = skipWrappers(node)
  if (unwrapped.type === AST_NODE_TYPES.NewExpression && isGlobal(unwrapped.callee, 'Date', context)) return unwrapped
  if (unwrapped.type !== AST_NODE_TYPES.Identifier || depth > maxDepth) return undefined
  const init = constantInitializer(unwrapped, context)
  return init ? dateConstruction(init, context, depth + 1) : undefined
}

/** A `Date`'s time in seconds: `new Date()` is now, `new Date(ms)` is `ms` milliseconds since the epoch. */
function dateSeconds(date: TSESTree.NewExpression, context: EvaluationContext): Linear | undefined {
  if (date.arguments.length === 0) return { perMillisecond: 1 / 1000, offset: 0 }
  if (date.arguments.length !== 1) return undefined
  const milliseconds = linearTime(date.arguments[0]!, context, 0)
  return milliseconds && { perMillisecond: milliseconds.perMillisecond / 1000, offset: milliseconds.offset / 1000 }
}

function linearTime(node: TSESTree.Node, context: EvaluationContext, depth: number): Linear | undefined {
  if (depth > maxDepth) return undefined
  const unwrapped = skipWrappers(node)
  const known = staticValue(unwrapped, context)?.value
  if (typeof known === 'number') return { perMillisecond: 0, offset: known }
  switch (unwrapped.type) {
    case AST_NODE_TYPES.Identifier: {
      const init = constantInitializer(unwrapped, context)
      return init ? linearTime(init, context, depth + 1) : undefined
    }
    case AST_NODE_TYPES.CallExpression:
      return callTime(unwrapped, context, depth)
    case AST_NODE_TYPES.UnaryExpression:
      // `+new Date()` is now in milliseconds; `~~x` truncates.
      if (unwrapped.operator === '+' && isCurrentDate(unwrapped.argument, context)) return { perMillisecond: 1, offset: 0 }
      if (unwrapped.operator === '~' && unwrapped.argument.type === AST_NODE_TYPES.UnaryExpression && unwrapped.argument.operator === '~') {
        return linearTime(unwrapped.argument.argument, context, depth + 1)
      }
      return undefined
    case AST_NODE_TYPES.BinaryExpression:
      return binaryTime(unwrapped, context, depth)
    default:
      return undefined
  }
}

function callTime(call: TSESTree.CallExpression, context: EvaluationContext, depth: number): Linear | undefined {
  const callee = skipWrappers(call.callee)
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined
  const method = literalKeyName(callee)
  if (method === 'now' && call.arguments.length === 0 && isGlobal(callee.object, 'Date', context)) return { perMillisecond: 1, offset: 0 }
  if (method !== undefined && timeMethods.has(method) && call.arguments.length === 0 && isCurrentDate(callee.object, context)) {
    return { perMillisecond: 1, offset: 0 }
  }
  if (method !== undefined && roundingFunctions.has(method) && call.arguments.length === 1 && isGlobal(callee.object, 'Math', context)) {
    return linearTime(call.arguments[0]!, context, depth + 1)
  }
  return undefined
}

function binaryTime(binary: TSESTree.BinaryExpression, context: EvaluationContext, depth: number): Linear | undefined {
  if (binary.left.type === AST_NODE_TYPES.PrivateIdentifier) return undefined
  const left = linearTime(binary.left, context, depth + 1)
  const right = linearTime(binary.right, context, depth + 1)
  if (!left || !right) return undefined
  switch (binary.operator) {
    case '+':
      return { perMillisecond: left.perMillisecond + right.perMillisecond, offset: left.offset + right.offset }
    case '-':
      return { perMillisecond: left.perMillisecond - right.perMillisecond, offset: left.offset - right.offset }
    case '*':
      if (left.perMillisecond === 0) return { perMillisecond: left.offset * right.perMillisecond, offset: left.offset * right.offset }
      if (right.perMillisecond === 0) return { perMillisecond: right.offset * left.perMillisecond, offset: right.offset * left.offset }
      return undefined
    case '/':
      if (right.perMillisecond !== 0 || right.offset === 0) return undefined
      return { perMillisecond: left.perMillisecond / right.offset, offset: left.offset / right.offset }
    case '|':
      // `x | 0` truncates to an integer.
      return right.perMillisecond === 0 && right.offset === 0 ? left : undefined
    default:
      return undefined
  }
}

/** `new Date()`: the current time. */
function isCurrentDate(node: TSESTree.Node, context: EvaluationContext): boolean {
  const unwrapped = skipWrappers(node)
  return unwrapped.type === AST_NODE_TYPES.NewExpression && unwrapped.arguments.length === 0 && isGlobal(unwrapped.callee, 'Date', context)
}

function isGlobal(node: TSESTree.Node, name: string, context: EvaluationContext): boolean {
  return isGlobalRead(skipWrappers(node), name, (inner) => context.scopeOf(inner))
}
