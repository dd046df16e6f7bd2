/**
 * Finds every reference to a modelled JWT API in a file, from every import
 * form: ES imports, `require` (seeded from scope, so it works without Node
 * globals configured), `createRequire`, `await import()`, `import().then()`
 * and TypeScript `import x = require()`. Aliases, destructuring and constant
 * computed keys are followed by ReferenceTracker itself.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils'
import type { JwtApi, JwtLibrary } from '../model/types.js'
import { descendants, isFunction, skipWrappers } from './ast.js'
import {
  CALL,
  ESM,
  getStringIfConstant,
  type Scope,
  type TraceMap,
  type TraceMapNode,
  type TrackedReference,
  Tracker,
  type Variable,
} from './eslint-utils.js'
import { globalReads } from './globals.js'
import { type ApiTarget, traceMapAt } from './trace-map.js'

export type ApiNode = TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.Node

export interface JwtReference {
  /** The call, `new` expression or read where the API is used. */
  readonly node: ApiNode
  readonly library: JwtLibrary
  readonly api: JwtApi
  /** How the code names it, for messages: `jsonwebtoken.verify`, `jose.UnsecuredJWT.decode`. */
  readonly displayName: string
}

interface Seed {
  readonly node: TSESTree.Node
  readonly map: TraceMapNode<ApiTarget>
}

const requireLikeModules = ['module', 'node:module']

export function findJwtReferences(
  sourceCode: Readonly<TSESLint.SourceCode>,
  traceMap: TraceMap<ApiTarget>,
): JwtReference[] {
  const globalScope = sourceCode.scopeManager?.globalScope as Scope | null | undefined
  if (!globalScope) return []
  const tracker = new Tracker(globalScope)
  const found = new Map<TSESTree.Node, JwtReference>()
  const add = (reference: TrackedReference<ApiTarget>): void => {
    if (found.has(reference.node)) return
    found.set(reference.node, {
      node: reference.node,
      library: reference.info.library,
      api: reference.info.api,
      displayName: displayName(reference.info.library, reference.info.api),
    })
  }

  for (const reference of tracker.esm(traceMap)) add(reference)
  for (const seed of seeds(sourceCode, globalScope, traceMap, tracker)) {
    for (const reference of tracker.fromNode(seed.node, seed.map)) add(reference)
  }
  return [...found.values()].sort((a, b) => a.node.range[0] - b.node.range[0])
}

function displayName(library: JwtLibrary, api: JwtApi): string {
  return api.path.length === 0 ? library.name : `${library.name}.${api.path.join('.')}`
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
