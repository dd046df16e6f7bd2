import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'
import { outermostWrapper, skipWrappers } from './ast.js'
import { findVariable, type Scope, type Variable } from './eslint-utils.js'
import { cached, cachedIn, type TwoLevelCache } from './memo.js'

/** What static evaluation needs from the file being linted. */
export interface EvaluationContext {
  scopeOf(node: TSESTree.Node): Scope
  /** Calls that read their arguments without changing them (the JWT APIs themselves). */
  isReadOnlyCall(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean
}

const mutatingMethods = new Set([
  'push',
  'pop',
  'shift',
  'unshift',
  'splice',
  'sort',
  'reverse',
  'fill',
  'copyWithin',
  'set',
  'add',
  'delete',
  'clear',
])

/** The variable an identifier reads, when it is written exactly once, by its declaration. */
export function singleAssignmentVariable(identifier: TSESTree.Identifier, context: EvaluationContext): Variable | undefined {
  const variable = findVariable(context.scopeOf(identifier), identifier)
  return variable && isWrittenOnlyByDeclaration(variable) ? variable : undefined
}

/**
 * Per variable, as the answers below depend on nothing else: rules ask about the same variable at
 * each of its uses, and reading all references at each use is quadratic in a large file.
 */
const writtenOnlyByDeclaration = new WeakMap<Variable, boolean>()

/** Whether the variable is declared once, with an initializer, and never written again. */
export function isWrittenOnlyByDeclaration(variable: Variable): boolean {
  return cached(writtenOnlyByDeclaration, variable, () => {
    const definition = variable.defs.length === 1 ? variable.defs[0]! : undefined
    const writes = definition?.type === 'Variable' && definition.node.init ? variable.references.filter((reference) => reference.isWrite()) : []
    return writes.length === 1 && writes[0]!.init === true
  })
}

/**
 * Per evaluation context (its read-only calls decide what may mutate), then per variable; one memo
 * for each reading of "change": with and without handing the object to a call.
 */
const unchangedMemos: Record<'includingCalls' | 'byWrites', TwoLevelCache<EvaluationContext, Variable, boolean>> = { includingCalls: new WeakMap(), byWrites: new WeakMap() }

function isUnchangedAfterDeclaration(variable: Variable, context: EvaluationContext, callsMutate: boolean): boolean {
  return cachedIn(
    callsMutate ? unchangedMemos.includingCalls : unchangedMemos.byWrites,
    context,
    variable,
    () => new WeakMap(),
    () => variable.references.every((reference) => reference.init === true || !mayMutate(reference.identifier as TSESTree.Identifier, context, callsMutate)),
  )
}

/**
 * The initializer behind `identifier` when the variable is declared once with a
 * plain name (`const opts = {...}`), never reassigned and never mutated in a way
 * the evaluator cannot see. Otherwise undefined: the value is unknown.
 */
export function constantInitializer(identifier: TSESTree.Identifier, context: EvaluationContext): TSESTree.Expression | undefined {
  const variable = singleAssignmentVariable(identifier, context)
  const declarator = variable?.defs[0]?.node as TSESTree.VariableDeclarator | undefined
  if (!variable || !declarator?.init || declarator.id.type !== AST_NODE_TYPES.Identifier) return undefined
  return isUnchangedAfterDeclaration(variable, context, true) ? declarator.init : undefined
}

/**
 * The object literal a variable is declared with, when no code changes its properties
 * (`opts.secure = true`, `delete opts.path`, `Object.assign(opts, ...)`). Unlike
 * `constantInitializer`, handing the object to other calls is not taken as a change: for an
 * options object passed to an API (`res.cookie(name, value, opts)`), the literal is what it gets.
 */
export function objectLiteralInitializer(identifier: TSESTree.Identifier, context: EvaluationContext): TSESTree.ObjectExpression | undefined {
  const variable = singleAssignmentVariable(identifier, context)
  const declarator = variable?.defs[0]?.node as TSESTree.VariableDeclarator | undefined
  if (!variable || !declarator?.init || declarator.id.type !== AST_NODE_TYPES.Identifier) return undefined
  const init = skipWrappers(declarator.init)
  if (init.type !== AST_NODE_TYPES.ObjectExpression) return undefined
  return isUnchangedAfterDeclaration(variable, context, false) ? init : undefined
}

/** Whether this read of an object variable could change the object's properties; `callsMutate`: also passing it to a call. */
function mayMutate(identifier: TSESTree.Identifier, context: EvaluationContext, callsMutate = true): boolean {
  let node: TSESTree.Node = identifier
  while (node.parent && skipWrappers(node.parent) !== node.parent) node = node.parent
  const parent = node.parent
  if (!parent) return false
  switch (parent.type) {
    case AST_NODE_TYPES.MemberExpression: {
      if (parent.object !== node) return false
      // A write below a nested property (`o.a.b = x`, `o.list.push(x)`) changes the object too.
      let member: TSESTree.MemberExpression = parent
      let outer = outermostWrapper(member)
      while (outer.parent?.type === AST_NODE_TYPES.MemberExpression && outer.parent.object === outer) {
        member = outer.parent
        outer = outermostWrapper(member)
      }
      const user = outer.parent
      if (!user) return false
      if (user.type === AST_NODE_TYPES.AssignmentExpression && user.left === outer) return true
      if (user.type === AST_NODE_TYPES.UpdateExpression) return true
      if (user.type === AST_NODE_TYPES.UnaryExpression && user.operator === 'delete') return true
      if (user.type === AST_NODE_TYPES.CallExpression && user.callee === outer) {
        const name = member.property.type === AST_NODE_TYPES.Identifier ? member.property.name : undefined
        return name !== undefined && mutatingMethods.has(name)
      }
      return false
    }
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression: {
      if (parent.callee === node) return false
      if (!callsMutate) return isGlobalObjectMethod(parent, 'assign') && parent.arguments[0] === node
      if (context.isReadOnlyCall(parent)) return false
      return !isObjectAssignSource(parent, node)
    }
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.left === node
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
      return parent.left === node
    default:
      return false
  }
}

/** `Object.assign(target, source)` reads its sources; only the target changes. */
function isObjectAssignSource(call: TSESTree.CallExpression | TSESTree.NewExpression, argument: TSESTree.Node): boolean {
  return isGlobalObjectMethod(call, 'assign') && call.arguments.indexOf(argument as TSESTree.CallExpressionArgument) > 0
}

/** `Object.<method>(...)` where `Object` is the built-in. */
export function isGlobalObjectMethod(call: TSESTree.CallExpression | TSESTree.NewExpression, method: string): boolean {
  const callee = skipWrappers(call.callee)
  return (
    call.type === AST_NODE_TYPES.CallExpression &&
    callee.type === AST_NODE_TYPES.MemberExpression &&
    !callee.computed &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.object.name === 'Object' &&
    callee.property.type === AST_NODE_TYPES.Identifier &&
    callee.property.name === method
  )
}

/** The function an expression is, inline or through a constant: `() => {}`, `handler` bound to one. */
export function functionValue(node: TSESTree.Node, context: EvaluationContext): TSESTree.FunctionLike | undefined {
  const unwrapped = skipWrappers(node)
  if (
    unwrapped.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    unwrapped.type === AST_NODE_TYPES.FunctionExpression
  ) {
    return unwrapped
  }
  if (unwrapped.type !== AST_NODE_TYPES.Identifier) return undefined
  const variable = findVariable(context.scopeOf(unwrapped), unwrapped)
  const definition = variable?.defs[0]
  if (variable?.defs.length === 1 && definition?.type === 'FunctionName') {
    return variable.references.some((reference) => reference.isWrite())
      ? undefined
      : (definition.node as TSESTree.FunctionDeclaration)
  }
  // A function cannot be changed through its uses, so any single-assignment binding will do.
  const declarator = singleAssignmentVariable(unwrapped, context)?.defs[0]?.node
  const init = declarator?.type === AST_NODE_TYPES.VariableDeclarator ? declarator.init : undefined
  return init ? functionValue(init, context) : undefined
}
