/**
 * Parameters of key callbacks: functions a library calls with the token, before
 * checking its signature, to pick the verification key (`jwt.verify(token,
 * (header, callback) => ...)`, jose `jwtVerify(token, (protectedHeader) => ...)`,
 * fast-jwt `key: (decoded) => ...`). What they receive is as untrusted as the
 * result of a decode; the model says which parameter holds which token part.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'
import type { KeyCallbackInput } from '../model/types.js'
import { contains, isCallOrNew, literalKeyName, outermostWrapper } from './ast.js'
import { singleAssignmentVariable } from './bindings.js'
import type { FileContext } from './context.js'
import { findVariable } from './eslint-utils.js'
import { patternPath } from './value-root.js'

export interface KeyCallbackValue {
  readonly part: 'header' | 'payload'
  /** Path below the header or payload. */
  readonly path: readonly string[]
  /** The parameter that receives it. */
  readonly parameter: TSESTree.Node
}

type Inputs = readonly (KeyCallbackInput | null)[]

/**
 * The token part `identifier` holds when it is (a destructured part of) a parameter
 * of a key callback; `path` is read below it.
 */
export function keyCallbackValue(
  identifier: TSESTree.Identifier,
  path: readonly string[],
  context: FileContext,
): KeyCallbackValue | undefined {
  const variable = findVariable(context.scopeOf(identifier), identifier)
  const definition = variable?.defs[0]
  if (variable?.defs.length !== 1 || definition?.type !== 'Parameter') return undefined
  // A reassigned parameter may hold anything by the time it is read.
  if (variable.references.some((reference) => reference.isWrite() && reference.init !== true)) return undefined
  const fn = definition.node as TSESTree.FunctionLike
  const index = fn.params.findIndex((parameter) => contains(parameter, definition.name))
  const parameter = fn.params[index]
  const inner = parameter && patternPath(parameter, definition.name as TSESTree.Identifier, context)
  const input = inner ? keyCallbackInputs(fn, context)?.[index] : undefined
  if (!input || !inner) return undefined
  const [first, ...rest] = [...inner, ...path]
  const whole = first === undefined ? [] : [first, ...rest]
  switch (input) {
    case 'header':
    case 'payload':
      return { part: input, path: whole, parameter }
    case 'complete':
      return first === 'header' || first === 'payload' ? { part: first, path: rest, parameter } : undefined
    case 'header-or-complete':
      return first === 'header' || first === 'payload' ? { part: first, path: rest, parameter } : { part: 'header', path: whole, parameter }
  }
}

/** What each parameter of `fn` receives, when `fn` is given as the key of a modelled API. */
function keyCallbackInputs(fn: TSESTree.FunctionLike, context: FileContext): Inputs | undefined {
  for (const site of valueSites(fn, context)) {
    const inputs = keyPlaceOf(site, [], context)
    if (inputs) return inputs
  }
  return undefined
}

/** The expressions that carry the function: itself, or the reads of the name it is bound to. */
function valueSites(fn: TSESTree.FunctionLike, context: FileContext): TSESTree.Node[] {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) return fn.id ? readsOf(fn.id, context) : []
  const outer = outermostWrapper(fn)
  const declarator = outer.parent
  if (declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.init === outer && declarator.id.type === AST_NODE_TYPES.Identifier) {
    return singleAssignmentVariable(declarator.id, context) ? readsOf(declarator.id, context) : []
  }
  return [fn]
}

function readsOf(identifier: TSESTree.Identifier, context: FileContext): TSESTree.Node[] {
  const variable = findVariable(context.scopeOf(identifier), identifier)
  return variable?.references.filter((reference) => reference.isRead()).map((reference) => reference.identifier as TSESTree.Node) ?? []
}

/**
 * The key callback inputs of the API that takes `value` as its key: as its key
 * argument, or at one of its key options (`names` is the option path below `value`).
 */
function keyPlaceOf(value: TSESTree.Node, names: readonly string[], context: FileContext, depth = 0): Inputs | undefined {
  if (depth > 4) return undefined
  const outer = outermostWrapper(value)
  const parent = outer.parent
  if (!parent) return undefined
  if (isCallOrNew(parent)) {
    const index = parent.arguments.indexOf(outer as TSESTree.CallExpressionArgument)
    const reference = context.referenceAt(parent)
    if (index < 0 || !reference?.api.keyCallback) return undefined
    if (parent.arguments.slice(0, index).some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return undefined
    const { args, keyOptions } = reference.api
    const atKey = names.length === 0 && args.key === index
    const atOption = names.length > 0 && args.options === index && (keyOptions?.includes(names.join('.')) ?? false)
    return atKey || atOption ? reference.api.keyCallback : undefined
  }
  if (parent.type === AST_NODE_TYPES.Property && parent.value === outer) {
    const name = literalKeyName(parent)
    if (name === undefined || parent.parent.type !== AST_NODE_TYPES.ObjectExpression) return undefined
    return keyPlaceOf(parent.parent, [name, ...names], context, depth + 1)
  }
  if (
    parent.type === AST_NODE_TYPES.VariableDeclarator &&
    parent.init === outer &&
    parent.id.type === AST_NODE_TYPES.Identifier &&
    names.length > 0 &&
    singleAssignmentVariable(parent.id, context)
  ) {
    for (const read of readsOf(parent.id, context)) {
      const inputs = keyPlaceOf(read, names, context, depth + 1)
      if (inputs) return inputs
    }
  }
  return undefined
}
