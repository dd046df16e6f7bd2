/**
 * Finds every reference to a modelled JWT API in a file, from every import
 * form: ES imports, `require` (seeded from scope, so it works without Node
 * globals configured), `createRequire`, `await import()`, `import().then()`
 * and TypeScript `import x = require()`. Aliases, destructuring and constant
 * computed keys are followed by ReferenceTracker itself.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils'
import type { JwtApi, JwtLibrary } from '../model/types.js'
import { boundIdentifier, descendants, isFunction, outermostWrapper, skipWrappers } from './ast.js'
import {
  CALL,
  ESM,
  findVariable,
  getStringIfConstant,
  READ,
  type Scope,
  type TraceMap,
  type TraceMapNode,
  type TrackedReference,
  Tracker,
  type Variable,
} from './eslint-utils.js'
import { globalReads } from './globals.js'
import { injectedInstanceSeeds } from './injection.js'
import { decoratedReferences } from './decorations.js'
import { type ApiTarget, apiTraceMap, returnedValueName, traceMapAt } from './trace-map.js'

export type ApiNode = TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.Node

export interface JwtReference {
  /** The call, `new` expression or read where the API is used. */
  readonly node: ApiNode
  readonly library: JwtLibrary
  readonly api: JwtApi
  /** How the code names it, for messages: `jsonwebtoken.verify`, `jose.UnsecuredJWT.decode`. */
  readonly displayName: string
  /** For an API a factory returned (`returns`), the factory call: fast-jwt's decoder takes its options from `createDecoder(...)`. */
  readonly factory?: JwtReference
}

export interface Seed {
  readonly node: TSESTree.Node
  readonly map: TraceMapNode<ApiTarget>
}

const requireLikeModules = ['module', 'node:module']

export function findJwtReferences(
  sourceCode: Readonly<TSESLint.SourceCode>,
  traceMap: TraceMap<ApiTarget>,
  libraries: readonly JwtLibrary[],
): JwtReference[] {
  const globalScope = sourceCode.scopeManager?.globalScope as Scope | null | undefined
  if (!globalScope) return []
  const tracker = new Tracker(globalScope)
  const found = new Map<TSESTree.Node, JwtReference>()
  const pending: JwtReference[] = []
  const add = (reference: TrackedReference<ApiTarget>, factory?: JwtReference): void => {
    for (const read of readSites(sourceCode, reference)) {
      const node = referenceNode(reference.info, read)
      if (!node || found.has(node)) continue
      const { library, api, displayName } = reference.info
      const resolved: JwtReference = factory ? { node, library, api, displayName, factory } : { node, library, api, displayName }
      found.set(node, resolved)
      pending.push(resolved)
    }
  }

  for (const reference of tracker.esm(traceMap)) add(reference)
  for (const seed of seeds(sourceCode, globalScope, traceMap, tracker)) {
    // The module value used whole, which the tracker does not report: `fastify.register(require('@fastify/jwt'))`.
    const whole = seed.map[READ] as ApiTarget | undefined
    if (whole) add({ node: seed.node, path: [], info: whole })
    for (const reference of tracker.fromNode(seed.node, seed.map)) add(reference)
  }
  for (const seed of injectedInstanceSeeds(sourceCode, libraries)) {
    for (const reference of tracker.fromNode(seed.node, seed.map)) add(reference)
  }
  // What factories return (a verifier function, a client object) is followed from each call.
  for (let reference = pending.shift(); reference; reference = pending.shift()) {
    const returns = reference.api.returns
    if (!returns || reference.node.type === AST_NODE_TYPES.Identifier) continue
    const map = apiTraceMap(reference.library, returns, returnedValueName(reference))
    for (const returned of tracker.fromNode(reference.node, map)) add(returned, reference)
  }
  for (const decorated of decoratedReferences(sourceCode, libraries)) {
    if (!found.has(decorated.node)) found.set(decorated.node, decorated)
  }
  return [...found.values()].flatMap(withAlsoConfigured).sort((a, b) => a.node.range[0] - b.node.range[0])
}

/** A call that also configures other APIs (`alsoConfigures`) stands for each of them too, after its own. */
function withAlsoConfigured(reference: JwtReference): JwtReference[] {
  const { api } = reference
  if (!api.alsoConfigures) return [reference]
  return [reference, ...api.alsoConfigures.map((other) => ({ ...reference, api: { ...other, path: api.path, invocation: api.invocation } }))]
}

/**
 * The node a reference stands for. A plugin passed to a registration call
 * (`fastify.register(plugin, options)`) stands for that call.
 */
function referenceNode(target: ApiTarget, read: TSESTree.Node): TSESTree.Node | undefined {
  const { invocation } = target.api
  if (invocation === 'extend') return superCall(read)
  if (invocation !== 'register') return read
  const call = outermostWrapper(read).parent
  return call?.type === AST_NODE_TYPES.CallExpression && call.arguments[0] === outermostWrapper(read) ? call : undefined
}

/**
 * ReferenceTracker reports a read of an imported binding once, at its import
 * specifier; a plugin or superclass is judged where it is used, so each use is a site.
 */
function readSites(sourceCode: Readonly<TSESLint.SourceCode>, reference: TrackedReference<ApiTarget>): TSESTree.Node[] {
  const { node } = reference
  if (reference.info.api.invocation !== 'register' && reference.info.api.invocation !== 'extend') return [node]
  const binding = boundIdentifier(node)
  const variable = binding && findVariable(sourceCode.getScope(binding) as Scope, binding)
  if (!variable) return [node]
  return variable.references.filter((use) => use.isRead()).map((use) => use.identifier as TSESTree.Node)
}


/**
 * For a class read as a superclass (`extends Strategy`, or through a mixin call
 * `extends PassportStrategy(Strategy)`), the `super(...)` call of the subclass constructor.
 */
function superCall(classReference: TSESTree.Node): TSESTree.CallExpression | undefined {
  let heritage = outermostWrapper(classReference)
  const mixin = heritage.parent
  if (mixin?.type === AST_NODE_TYPES.CallExpression && mixin.arguments.includes(heritage as TSESTree.CallExpressionArgument)) {
    heritage = outermostWrapper(mixin)
  }
  const subclass = heritage.parent
  if (
    (subclass?.type !== AST_NODE_TYPES.ClassDeclaration && subclass?.type !== AST_NODE_TYPES.ClassExpression) ||
    subclass.superClass !== heritage
  ) {
    return undefined
  }
  const constructor = subclass.body.body.find(
    (member): member is TSESTree.MethodDefinition => member.type === AST_NODE_TYPES.MethodDefinition && member.kind === 'constructor',
  )
  for (const statement of constructor?.value.body?.body ?? []) {
    const expression = statement.type === AST_NODE_TYPES.ExpressionStatement ? statement.expression : undefined
    if (expression?.type === AST_NODE_TYPES.CallExpression && expression.callee.type === AST_NODE_TYPES.Super) return expression
  }
  return undefined
}

function* seeds(
  sourceCode: Readonly<TSESLint.SourceCode>,
  globalScope: Scope,
  traceMap: TraceMap<ApiTarget>,
  tracker: Tracker,
): Generator<Seed> {
  const moduleMap = (node: TSESTree.Node | undefined, scope: Scope): { key: string; map: TraceMapNode<ApiTarget> } | undefined => {
    if (!node) return undefined
    const key = getStringIfConstant(node, scope)
    if (key === null || !Object.hasOwn(traceMap, key)) return undefined
    return { key, map: traceMap[key]! }
  }

  for (const call of requireCalls(sourceCode, tracker)) {
    const target = moduleMap(call.arguments[0], sourceCode.getScope(call))
    if (target) yield { node: call, map: target.map }
  }

  for (const node of sourceCode.ast.body) {
    if (
      node.type === AST_NODE_TYPES.TSImportEqualsDeclaration &&
      node.importKind !== 'type' &&
      node.moduleReference.type === AST_NODE_TYPES.TSExternalModuleReference
    ) {
      const target = moduleMap(node.moduleReference.expression, globalScope)
      if (!target) continue
      for (const variable of sourceCode.scopeManager!.getDeclaredVariables(node)) {
        yield* readsOf(variable, target.map)
      }
    }
  }

  for (const importExpression of importExpressions(sourceCode)) {
    const target = moduleMap(importExpression.source, sourceCode.getScope(importExpression))
    if (!target) continue
    const map = namespaceMap(target.map)
    const start = importExpression.parent.type === AST_NODE_TYPES.AwaitExpression ? importExpression.parent : importExpression
    yield { node: start, map }
    yield* thenCallbackSeeds(sourceCode, importExpression, map)
  }
}

/**
 * The module namespace `import()` resolves to. For a CommonJS package its
 * `default` is `module.exports` itself: `(await import('jsonwebtoken')).default.verify`.
 */
function namespaceMap(map: TraceMapNode<ApiTarget>): TraceMapNode<ApiTarget> {
  if (map[ESM]) return map
  return { ...map, default: { ...map, ...map['default'] } }
}

/** Calls of the real `require`: an undeclared global, a declared global with no definition, or `createRequire(...)`. */
function* requireCalls(
  sourceCode: Readonly<TSESLint.SourceCode>,
  tracker: Tracker,
): Generator<TSESTree.CallExpression> {
  const identifiers = globalReads(sourceCode, 'require')

  const createRequireMap: TraceMap<true> = {}
  for (const name of requireLikeModules) createRequireMap[name] = { createRequire: { [CALL]: true } }
  for (const reference of tracker.esm(createRequireMap)) collectCreatedRequire(sourceCode, reference.node, identifiers)
  for (const name of requireLikeModules) {
    for (const call of requireCalledWith(identifiers, name)) {
      for (const reference of tracker.fromNode(call, createRequireMap[name]!)) {
        collectCreatedRequire(sourceCode, reference.node, identifiers)
      }
    }
  }

  for (const identifier of identifiers) {
    const call = identifier.parent
    if (call.type === AST_NODE_TYPES.CallExpression && call.callee === identifier) yield call
  }
}

/** `const require = createRequire(import.meta.url)`: the declared variable's calls are requires too. */
function collectCreatedRequire(
  sourceCode: Readonly<TSESLint.SourceCode>,
  createRequireCall: TSESTree.Node,
  identifiers: TSESTree.Identifier[],
): void {
  const declarator = createRequireCall.parent
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) return
  for (const variable of sourceCode.scopeManager!.getDeclaredVariables(declarator)) {
    for (const reference of variable.references) {
      if (reference.isRead()) identifiers.push(reference.identifier as TSESTree.Identifier)
    }
  }
}

function* requireCalledWith(identifiers: readonly TSESTree.Identifier[], moduleName: string): Generator<TSESTree.CallExpression> {
  for (const identifier of identifiers) {
    const call = identifier.parent
    const argument = call.type === AST_NODE_TYPES.CallExpression ? call.arguments[0] : undefined
    if (call.type === AST_NODE_TYPES.CallExpression && argument?.type === AST_NODE_TYPES.Literal && argument.value === moduleName) {
      yield call
    }
  }
}

function* readsOf(variable: Variable, map: TraceMapNode<ApiTarget>): Generator<Seed> {
  for (const reference of variable.references) {
    if (reference.isRead()) yield { node: reference.identifier as TSESTree.Node, map }
  }
}

/** `import('jose').then((jose) => ...)` and `.then(({ jwtVerify }) => ...)`. */
function* thenCallbackSeeds(
  sourceCode: Readonly<TSESLint.SourceCode>,
  importExpression: TSESTree.ImportExpression,
  map: TraceMapNode<ApiTarget>,
): Generator<Seed> {
  const member = importExpression.parent
  if (
    member.type !== AST_NODE_TYPES.MemberExpression ||
    member.object !== importExpression ||
    member.property.type !== AST_NODE_TYPES.Identifier ||
    member.property.name !== 'then' ||
    member.parent.type !== AST_NODE_TYPES.CallExpression
  ) {
    return
  }
  const callback = member.parent.arguments[0]
  if (!isFunction(callback)) return
  const parameter = callback.params[0]
  if (!parameter) return
  const variables = sourceCode.scopeManager!.getDeclaredVariables(callback)
  const variableNamed = (name: string): Variable | undefined => variables.find((variable) => variable.name === name)
  if (parameter.type === AST_NODE_TYPES.Identifier) {
    const variable = variableNamed(parameter.name)
    if (variable) yield* readsOf(variable, map)
    return
  }
  if (parameter.type !== AST_NODE_TYPES.ObjectPattern) return
  for (const property of parameter.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed || property.key.type !== AST_NODE_TYPES.Identifier) continue
    const value = skipWrappers(property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value)
    const subMap = traceMapAt(map, [property.key.name])
    if (value.type !== AST_NODE_TYPES.Identifier || !subMap) continue
    const variable = variableNamed(value.name)
    if (variable) yield* readsOf(variable, subMap)
  }
}

/** Every `import()` in the file. Only called for files that mention a JWT module. */
function importExpressions(sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.ImportExpression[] {
  if (!sourceCode.text.includes('import(')) return []
  const found: TSESTree.ImportExpression[] = []
  for (const node of descendants(sourceCode.ast, sourceCode.visitorKeys)) {
    if (node.type === AST_NODE_TYPES.ImportExpression) found.push(node)
  }
  return found
}

/** The callee of a call or `new`, where reports about the call as a whole go. */
export function calleeOf(reference: JwtReference): TSESTree.Node {
  const node = reference.node
  return node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression ? node.callee : node
}
