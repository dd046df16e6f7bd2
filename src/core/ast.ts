import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'

type Node = TSESTree.Node
type Expression = TSESTree.Expression

/** Wrappers that do not change a value: TS assertions, `!`, optional chains. */
const transparentWrappers = new Set<string>([
  AST_NODE_TYPES.TSAsExpression,
  AST_NODE_TYPES.TSSatisfiesExpression,
  AST_NODE_TYPES.TSNonNullExpression,
  AST_NODE_TYPES.TSTypeAssertion,
  AST_NODE_TYPES.TSInstantiationExpression,
  AST_NODE_TYPES.ChainExpression,
])

/** The expression under any transparent wrappers. */
export function skipWrappers(node: Node): Node {
  let current = node
  while (transparentWrappers.has(current.type)) {
    current = (current as TSESTree.TSAsExpression).expression
  }
  return current
}

/** The outermost transparent wrapper around `node` (the node whose parent sees the value). */
export function outermostWrapper(node: Node): Node {
  let current = node
  while (current.parent && transparentWrappers.has(current.parent.type)) current = current.parent
  return current
}

/** The parent that consumes the value of `node`, past transparent wrappers. */
export function valueParent(node: Node): Node | undefined {
  return outermostWrapper(node).parent
}

export function isFunction(node: Node | undefined): node is TSESTree.FunctionLike {
  return (
    node?.type === AST_NODE_TYPES.FunctionExpression ||
    node?.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    node?.type === AST_NODE_TYPES.FunctionDeclaration
  )
}

/** A call or a `new` expression: both pass their arguments the same way (`new Strategy(options, verify)`). */
export function isCallOrNew(node: Node | undefined): node is TSESTree.CallExpression | TSESTree.NewExpression {
  return node?.type === AST_NODE_TYPES.CallExpression || node?.type === AST_NODE_TYPES.NewExpression
}

/** The function that contains `node`, or undefined at module level. */
export function enclosingFunction(node: Node): TSESTree.FunctionLike | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunction(current)) return current
  }
  return undefined
}

/** Whether `inner` lies inside `outer` (or is it). */
export function contains(outer: Node, inner: Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1]
}

/** The name of a non-computed key, or a literal key. Computed keys need static evaluation. */
export function literalKeyName(property: TSESTree.Property | TSESTree.MemberExpression): string | undefined {
  const key = property.type === AST_NODE_TYPES.Property ? property.key : property.property
  const computed = property.computed
  if (!computed && key.type === AST_NODE_TYPES.Identifier) return key.name
  if (key.type === AST_NODE_TYPES.Literal && (typeof key.value === 'string' || typeof key.value === 'number')) {
    return String(key.value)
  }
  if (key.type === AST_NODE_TYPES.TemplateLiteral && key.expressions.length === 0) return key.quasis[0]?.value.cooked ?? undefined
  return undefined
}

export function isExpression(node: Node | undefined | null): node is Expression {
  return node != null && node.type !== AST_NODE_TYPES.SpreadElement && 'type' in node
}

/**
 * The decorators of a class, member or parameter. typescript-eslint's types say the array is always
 * there, but espree, which parses JavaScript files by default, leaves it out.
 */
export function decoratorsOf(node: { readonly decorators?: readonly TSESTree.Decorator[] }): readonly TSESTree.Decorator[] {
  return node.decorators ?? []
}

/** The name of the called function or method: `next` for `next()`, `status` for `res.status()`. */
export function calleeName(call: TSESTree.CallExpression): string | undefined {
  const callee = skipWrappers(call.callee)
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name
  if (callee.type === AST_NODE_TYPES.MemberExpression) return literalKeyName(callee)
  return undefined
}

/** Visits every node below `root` (not into nested functions when `skipFunctions`). */
export function* descendants(
  root: Node,
  visitorKeys: Readonly<Record<string, readonly string[] | undefined>>,
  skipFunctions = false,
): Generator<Node> {
  const stack: Node[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    yield node
    if (skipFunctions && node !== root && isFunction(node)) continue
    for (const key of visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key]
      if (Array.isArray(child)) {
        for (let index = child.length - 1; index >= 0; index--) {
          const item = child[index] as Node | null
          if (item) stack.push(item)
        }
      } else if (child && typeof child === 'object') {
        stack.push(child as Node)
      }
    }
  }
}

/**
 * The one expression a function returns: an arrow's expression body, or the
 * argument of its only `return` (not counting nested functions). Undefined
 * when it has several returns or none.
 */
export function returnedExpression(
  fn: TSESTree.FunctionLike,
  visitorKeys: Readonly<Record<string, readonly string[] | undefined>>,
): Node | undefined {
  if (!fn.body) return undefined
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return fn.body
  const returns = [...descendants(fn.body, visitorKeys, true)].filter(
    (node): node is TSESTree.ReturnStatement => node.type === AST_NODE_TYPES.ReturnStatement,
  )
  return returns.length === 1 ? (returns[0]!.argument ?? undefined) : undefined
}

/**
 * The name a function is known by: its own, or the variable, property or method it is assigned to,
 * also through a wrapper call (`const resetPassword = catchAsync(async (req, res) => ...)`).
 */
export function functionName(fn: TSESTree.FunctionLike): string | undefined {
  if ('id' in fn && fn.id?.type === AST_NODE_TYPES.Identifier) return fn.id.name
  return slotName(fn)
}

/** The name of the variable, property or member `value` is assigned to. */
function slotName(value: Node): string | undefined {
  const parent = value.parent
  if (!parent) return undefined
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) return parent.id.name
  if (
    (parent.type === AST_NODE_TYPES.Property ||
      parent.type === AST_NODE_TYPES.MethodDefinition ||
      parent.type === AST_NODE_TYPES.PropertyDefinition) &&
    !parent.computed
  ) {
    const { key } = parent
    if (key.type === AST_NODE_TYPES.Identifier) return key.name
    if (key.type === AST_NODE_TYPES.PrivateIdentifier) return `#${key.name}`
    return key.type === AST_NODE_TYPES.Literal ? String(key.value) : undefined
  }
  if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.left.type === AST_NODE_TYPES.MemberExpression) {
    return literalKeyName(parent.left)
  }
  // A plain function that wraps its first argument (`catchAsync`, `asyncHandler`); not a method such as `items.map(fn)`.
  if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === value && skipWrappers(parent.callee).type === AST_NODE_TYPES.Identifier) {
    return slotName(parent)
  }
  return undefined
}

/** Names of every function that encloses `node`, innermost first. */
export function enclosingFunctionNames(node: Node): string[] {
  const names: string[] = []
  for (let fn = enclosingFunction(node); fn; fn = enclosingFunction(fn)) {
    const name = functionName(fn)
    if (name) names.push(name)
  }
  return names
}

/**
 * The name a value is bound to where it is read: an import specifier's local
 * name, `Strategy` in `const { Strategy } = require(m)`, `S` in `const S = require(m).Strategy`.
 */
export function boundIdentifier(node: Node): TSESTree.Identifier | undefined {
  if (
    node.type === AST_NODE_TYPES.ImportSpecifier ||
    node.type === AST_NODE_TYPES.ImportDefaultSpecifier ||
    node.type === AST_NODE_TYPES.ImportNamespaceSpecifier
  ) {
    return node.local
  }
  if (node.type === AST_NODE_TYPES.Property && node.parent.type === AST_NODE_TYPES.ObjectPattern) {
    const value = node.value.type === AST_NODE_TYPES.AssignmentPattern ? node.value.left : node.value
    return value.type === AST_NODE_TYPES.Identifier ? value : undefined
  }
  const outer = outermostWrapper(node)
  const declarator = outer.parent
  return declarator?.type === AST_NODE_TYPES.VariableDeclarator &&
    declarator.init === outer &&
    declarator.id.type === AST_NODE_TYPES.Identifier
    ? declarator.id
    : undefined
}
