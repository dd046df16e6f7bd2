/**
 * Static evaluation of option objects: inline literals, constants, spreads,
 * `Object.assign`, nested constants and conditionals. The answer for each
 * property is certain (present or absent), partial (present on some paths)
 * or unknown; rules stay silent on unknown.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'
import { literalKeyName, skipWrappers } from './ast.js'
import { constantInitializer, type EvaluationContext, isGlobalObjectMethod } from './bindings.js'
import { getStaticValue, getStringIfConstant } from './eslint-utils.js'

export type Presence =
  /** On every path. */
  | 'present'
  /** On no path. */
  | 'absent'
  /** On some statically known paths, absent on others. */
  | 'maybe'
  /** Cannot be told (a spread of unknown options, a computed key, ...). */
  | 'unknown'

export interface PropertyFacts {
  readonly presence: Presence
  /** The value expressions the property may hold; empty when they cannot be told. */
  readonly values: readonly TSESTree.Node[]
  /** The `Property` nodes that set it, for locations and suggestions. */
  readonly properties: readonly TSESTree.Property[]
}

export interface ObjectFacts {
  property(name: string): PropertyFacts
  /** The object literal written at the call, when there is exactly one; suggestions edit it. */
  readonly literal: TSESTree.ObjectExpression | undefined
  /** True when nothing about the object could be told. */
  readonly opaque: boolean
}

interface Shape {
  readonly known: ReadonlyMap<string, PropertyFacts>
  /** What holds for names not in `known`. */
  readonly rest: 'absent' | 'unknown'
}

const absentFacts: PropertyFacts = { presence: 'absent', values: [], properties: [] }
const unknownFacts: PropertyFacts = { presence: 'unknown', values: [], properties: [] }
const emptyShape: Shape = { known: new Map(), rest: 'absent' }
const opaqueShape: Shape = { known: new Map(), rest: 'unknown' }
const maxDepth = 12

export function evaluateObject(node: TSESTree.Node | undefined, context: EvaluationContext): ObjectFacts {
  const shape = node ? shapeOf(node, context, 0) : emptyShape
  const unwrapped = node ? skipWrappers(node) : undefined
  return {
    property: (name) => (name.includes('.') ? nestedLookup(shape, name.split('.'), context) : lookup(shape, name)),
    literal: unwrapped?.type === AST_NODE_TYPES.ObjectExpression ? unwrapped : undefined,
    opaque: shape === opaqueShape,
  }
}

/** `a.b.c`: follows nested objects while each step is certain; a missing step means the option is absent. */
function nestedLookup(shape: Shape, [first, ...rest]: string[], context: EvaluationContext): PropertyFacts {
  const facts = lookup(shape, first!)
  if (rest.length === 0 || facts.presence === 'absent') return facts
  if (facts.presence !== 'present' || facts.values.length !== 1) return unknownFacts
  return nestedLookup(shapeOf(facts.values[0]!, context, 1), rest, context)
}

function lookup(shape: Shape, name: string): PropertyFacts {
  return shape.known.get(name) ?? (shape.rest === 'absent' ? absentFacts : unknownFacts)
}

function shapeOf(raw: TSESTree.Node, context: EvaluationContext, depth: number): Shape {
  if (depth > maxDepth) return opaqueShape
  const node = skipWrappers(raw)
  switch (node.type) {
    case AST_NODE_TYPES.ObjectExpression:
      return literalShape(node, context, depth)
    case AST_NODE_TYPES.Literal:
      return node.value === null ? emptyShape : opaqueShape
    case AST_NODE_TYPES.Identifier: {
      if (node.name === 'undefined' && !context.scopeOf(node).set.has('undefined')) return emptyShape
      const init = constantInitializer(node, context)
      return init ? shapeOf(init, context, depth + 1) : opaqueShape
    }
    case AST_NODE_TYPES.ConditionalExpression:
      return join(shapeOf(node.consequent, context, depth + 1), shapeOf(node.alternate, context, depth + 1))
    case AST_NODE_TYPES.LogicalExpression: {
      if (node.operator === '&&') return opaqueShape
      const left = skipWrappers(node.left)
      if (left.type === AST_NODE_TYPES.ObjectExpression) return shapeOf(left, context, depth + 1)
      return join(shapeOf(node.left, context, depth + 1), shapeOf(node.right, context, depth + 1))
    }
    case AST_NODE_TYPES.CallExpression:
      if (isGlobalObjectMethod(node, 'assign')) {
        return node.arguments.reduce<Shape>((shape, argument) => spreadInto(shape, argument, context, depth), emptyShape)
      }
      return opaqueShape
    case AST_NODE_TYPES.MemberExpression: {
      const name = memberName(node, context)
      if (name === undefined) return opaqueShape
      const facts = lookup(shapeOf(node.object, context, depth + 1), name)
      if (facts.presence !== 'present' || facts.values.length !== 1) return opaqueShape
      return shapeOf(facts.values[0]!, context, depth + 1)
    }
    default:
      return opaqueShape
  }
}

function literalShape(node: TSESTree.ObjectExpression, context: EvaluationContext, depth: number): Shape {
  let shape: Shape = emptyShape
  for (const member of node.properties) {
    if (member.type === AST_NODE_TYPES.SpreadElement) {
      shape = spreadInto(shape, member.argument, context, depth)
      continue
    }
    const name = propertyName(member, context)
    if (name === undefined) {
      shape = overwrittenByUnknown(shape)
      continue
    }
    const known = new Map(shape.known)
    known.set(name, { presence: 'present', values: [member.value], properties: [member] })
    shape = { known, rest: shape.rest }
  }
  return shape
}

/** The shape after `{ ...shape, ...argument }`. */
function spreadInto(shape: Shape, argument: TSESTree.Node, context: EvaluationContext, depth: number): Shape {
  const source = shapeOf(argument, context, depth + 1)
  if (source === emptyShape) return shape
  const base = source.rest === 'unknown' ? overwrittenByUnknown(shape) : shape
  const known = new Map(base.known)
  for (const [name, facts] of source.known) {
    const before = lookup(base, name)
    known.set(name, facts.presence === 'maybe' ? joinFacts(before, facts) : facts)
  }
  return { known, rest: base.rest }
}

/** Any property may have been set or replaced by something unknown. */
function overwrittenByUnknown(shape: Shape): Shape {
  const known = new Map<string, PropertyFacts>()
  for (const [name, facts] of shape.known) {
    known.set(name, { presence: 'unknown', values: facts.values, properties: facts.properties })
  }
  return { known, rest: 'unknown' }
}

function join(left: Shape, right: Shape): Shape {
  if (left === opaqueShape || right === opaqueShape) return opaqueShape
  const known = new Map<string, PropertyFacts>()
  for (const name of new Set([...left.known.keys(), ...right.known.keys()])) {
    known.set(name, joinFacts(lookup(left, name), lookup(right, name)))
  }
  return { known, rest: left.rest === 'absent' && right.rest === 'absent' ? 'absent' : 'unknown' }
}

function joinFacts(left: PropertyFacts, right: PropertyFacts): PropertyFacts {
  const presence: Presence =
    left.presence === right.presence
      ? left.presence
      : left.presence === 'unknown' || right.presence === 'unknown'
        ? 'unknown'
        : 'maybe'
  return {
    presence,
    values: [...left.values, ...right.values],
    properties: [...left.properties, ...right.properties],
  }
}

function propertyName(property: TSESTree.Property, context: EvaluationContext): string | undefined {
  if (!property.computed) return literalKeyName(property)
  return getStringIfConstant(property.key, context.scopeOf(property)) ?? undefined
}

function memberName(member: TSESTree.MemberExpression, context: EvaluationContext): string | undefined {
  if (!member.computed) return literalKeyName(member)
  return getStringIfConstant(member.property, context.scopeOf(member)) ?? undefined
}

/** The statically known value of an expression, or undefined. */
export function staticValue(node: TSESTree.Node, context: EvaluationContext): { value: unknown } | undefined {
  return getStaticValue(node, context.scopeOf(node)) ?? undefined
}
