/**
 * What a payload puts in a token: its claims by path, written in object
 * literals, shorthand properties, spreads of known objects, `Object.assign`
 * and later `payload.claim = value` assignments; and the parts whose contents
 * cannot be told (a spread of an unknown object, a claim holding one).
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'
import { literalKeyName, outermostWrapper, skipWrappers } from './ast.js'
import { constantInitializer, type EvaluationContext, isGlobalObjectMethod } from './bindings.js'
import { findVariable, getStringIfConstant } from './eslint-utils.js'
import { isGlobalRead } from './globals.js'
import { evaluateObject, type ObjectFacts, staticValue } from './static-object.js'

export interface PayloadClaim {
  /** Where the claim sits: `['password']`, `['user', 'password']`. */
  readonly path: readonly string[]
  /** What writes it: a property, or the target of `payload.claim = value`. */
  readonly node: TSESTree.Node
  readonly value: TSESTree.Node
}

export interface PayloadPart {
  /** The object the part sits in (`[]` for the payload itself). */
  readonly path: readonly string[]
  /** The expression whose contents cannot be told. */
  readonly node: TSESTree.Node
  /** Spread or assigned into the object at `path`, or the value of the claim at `path`. */
  readonly kind: 'spread' | 'value'
}

export interface PayloadContents {
  /** Every claim written, in the order the code writes them (a later one overrides an earlier one at the same path). */
  readonly claims: readonly PayloadClaim[]
  readonly parts: readonly PayloadPart[]
  /** Paths removed after they were written (`delete payload.password`). */
  readonly deleted: readonly (readonly string[])[]
}

const maxDepth = 8

/** The payload as an object the evaluator can follow: `null` is empty claims, JSON text (`JSON.stringify(claims)`) is its object. */
export function payloadFacts(context: EvaluationContext, payload: TSESTree.Node | null): ObjectFacts {
  return evaluateObject(payload === null ? undefined : (jsonTextObject(payload, context) ?? payload), context)
}

export function payloadContents(context: EvaluationContext, payload: TSESTree.Node): PayloadContents {
  const claims: PayloadClaim[] = []
  const parts: PayloadPart[] = []
  const deleted: string[][] = []

  /** `written` is the expression as the payload names it, when `raw` is the value of a variable it reads. */
  const walk = (raw: TSESTree.Node, path: readonly string[], depth: number, kind: PayloadPart['kind'], written?: TSESTree.Node): void => {
    const node = skipWrappers(jsonTextObject(raw, context) ?? raw)
    if (depth > maxDepth) return
    switch (node.type) {
      case AST_NODE_TYPES.ObjectExpression:
        for (const member of node.properties) {
          if (member.type === AST_NODE_TYPES.SpreadElement) {
            walk(member.argument, path, depth + 1, 'spread')
            continue
          }
          const name = member.computed ? (getStringIfConstant(member.key, context.scopeOf(member)) ?? undefined) : literalKeyName(member)
          if (name === undefined) continue
          addClaim([...path, name], member, member.value, depth)
        }
        return
      case AST_NODE_TYPES.ConditionalExpression:
        walk(node.consequent, path, depth + 1, kind)
        walk(node.alternate, path, depth + 1, kind)
        return
      case AST_NODE_TYPES.LogicalExpression:
        if (node.operator !== '&&') walk(node.left, path, depth + 1, kind)
        walk(node.right, path, depth + 1, kind)
        return
      case AST_NODE_TYPES.CallExpression:
        if (isGlobalObjectMethod(node, 'assign')) {
          for (const argument of node.arguments) walk(argument, path, depth + 1, 'spread')
          return
        }
        break
      case AST_NODE_TYPES.Identifier:
        if (node.name === 'undefined' || walkVariable(node, path, depth, kind, written ?? node)) return
        break
      case AST_NODE_TYPES.Literal:
      case AST_NODE_TYPES.TemplateLiteral:
        return
      default:
        break
    }
    parts.push({ path, node: written ?? node, kind })
  }

  const addClaim = (path: readonly string[], node: TSESTree.Node, value: TSESTree.Node, depth: number): void => {
    claims.push({ path, node, value })
    // A claim that holds an object: its properties are claims too (`{ user: { password } }`).
    const inner = skipWrappers(value)
    if (
      inner.type === AST_NODE_TYPES.ObjectExpression ||
      inner.type === AST_NODE_TYPES.Identifier ||
      inner.type === AST_NODE_TYPES.AwaitExpression ||
      inner.type === AST_NODE_TYPES.CallExpression
    ) {
      walk(value, path, depth + 1, 'value')
    }
  }

  /**
   * A variable holding the payload: its initializer, then what the code adds to it
   * (`Object.assign(payload, more)`, `payload.claim = value`) or removes (`delete payload.claim`).
   * False when the variable may change in ways that cannot be seen.
   */
  const walkVariable = (
    identifier: TSESTree.Identifier,
    path: readonly string[],
    depth: number,
    kind: PayloadPart['kind'],
    written: TSESTree.Node,
  ): boolean => {
    const init = constantInitializer(identifier, context)
    if (init) {
      walk(init, path, depth + 1, kind, written)
      return true
    }
    const variable = findVariable(context.scopeOf(identifier), identifier)
    const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined
    if (definition?.type !== 'Variable' || !definition.node.init || definition.node.id.type !== AST_NODE_TYPES.Identifier) return false
    const edits: (() => void)[] = []
    for (const reference of variable!.references) {
      if (reference.init === true) continue
      const edit = visibleEdit(reference.identifier as TSESTree.Identifier, path, depth)
      if (edit === undefined) return false
      if (edit) edits.push(edit)
    }
    walk(definition.node.init, path, depth + 1, kind, written)
    for (const edit of edits) edit()
    return true
  }

  /** What this use of the payload variable does to it; undefined when that cannot be told, null when nothing. */
  const visibleEdit = (identifier: TSESTree.Identifier, path: readonly string[], depth: number): (() => void) | null | undefined => {
    const outer = outermostWrapper(identifier)
    const parent = outer.parent
    if (!parent) return null
    if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === outer) {
      const name = parent.computed ? getStringIfConstant(parent.property, context.scopeOf(parent)) : literalKeyName(parent)
      const user = outermostWrapper(parent).parent
      if (user?.type === AST_NODE_TYPES.AssignmentExpression && user.left === outermostWrapper(parent)) {
        if (name === null || name === undefined || user.operator !== '=') return undefined
        return () => addClaim([...path, name], parent, user.right, depth)
      }
      if (user?.type === AST_NODE_TYPES.UnaryExpression && user.operator === 'delete') {
        if (name === null || name === undefined) return undefined
        return () => deleted.push([...path, name])
      }
      return null
    }
    if (parent.type === AST_NODE_TYPES.CallExpression && parent.callee !== outer) {
      if (isGlobalObjectMethod(parent, 'assign') && parent.arguments[0] === outer) {
        return () => parent.arguments.slice(1).forEach((argument) => walk(argument, path, depth + 1, 'spread'))
      }
      // Read as a whole: copied from, signed, serialised.
      return context.isReadOnlyCall(parent) || isGlobalObjectMethod(parent, 'assign') || isJsonStringify(parent, context) ? null : undefined
    }
    // Spread into a copy; anything else (an alias, a call that may strip claims) cannot be followed.
    return parent.type === AST_NODE_TYPES.SpreadElement ? null : undefined
  }

  walk(payload, [], 0, 'value')
  return { claims, parts, deleted }
}

/** For `JSON.stringify(claims)` (jsrsasign takes the payload as JSON text), the object. */
function jsonTextObject(node: TSESTree.Node, context: EvaluationContext): TSESTree.Node | undefined {
  const unwrapped = skipWrappers(node)
  if (unwrapped.type !== AST_NODE_TYPES.CallExpression || !isJsonStringify(unwrapped, context)) return undefined
  return unwrapped.arguments[0]
}

function isJsonStringify(call: TSESTree.CallExpression, context: EvaluationContext): boolean {
  const callee = skipWrappers(call.callee)
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    literalKeyName(callee) === 'stringify' &&
    isGlobalRead(skipWrappers(callee.object), 'JSON', (inner) => context.scopeOf(inner))
  )
}

/** Whether `value` is statically a value that carries nothing: `undefined`, `null` or a boolean. */
export function carriesNoData(value: TSESTree.Node, context: EvaluationContext): boolean {
  const known = staticValue(value, context)
  return known !== undefined && (known.value === undefined || known.value === null || typeof known.value === 'boolean')
}
