/**
 * Finds the calls in a file that wrap key material (`Buffer.from`,
 * `new TextEncoder()`, `createSecretKey`, jose `importJWK`), from globals,
 * ES imports and `require`, with the same ReferenceTracker as the JWT APIs.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils'
import { type KeyWrapper, keyWrappers } from '../model/key-wrappers.js'
import { CALL, CONSTRUCT, type Scope, type TraceMap, type TraceMapNode, Tracker } from './eslint-utils.js'
import { globalReads } from './globals.js'
import { fileCache } from './memo.js'

/** The wrapper each call or `new` expression is (a `new TextEncoder()` stands for its `encode` calls). */
export type KeyWrapperCalls = ReadonlyMap<TSESTree.Node, KeyWrapper>

/** Computed once per file: both key rules read it. */
const wrapperCallsByFile = fileCache<KeyWrapperCalls>()

export function keyWrapperCalls(sourceCode: Readonly<TSESLint.SourceCode>): KeyWrapperCalls {
  return wrapperCallsByFile(sourceCode.ast, () => findKeyWrapperCalls(sourceCode))
}

function findKeyWrapperCalls(sourceCode: Readonly<TSESLint.SourceCode>): KeyWrapperCalls {
  const found = new Map<TSESTree.Node, KeyWrapper>()
  const globalScope = sourceCode.scopeManager?.globalScope as Scope | null | undefined
  if (!globalScope) return found
  const tracker = new Tracker(globalScope)
  const moduleMap = moduleTraceMap()

  for (const reference of tracker.esm(moduleMap)) found.set(reference.node, reference.info)
  for (const identifier of globalReads(sourceCode, 'require')) {
    const call = identifier.parent
    const specifier = call.type === AST_NODE_TYPES.CallExpression && call.callee === identifier ? call.arguments[0] : undefined
    if (specifier?.type !== AST_NODE_TYPES.Literal || typeof specifier.value !== 'string') continue
    const map = moduleMap[specifier.value]
    if (!map) continue
    for (const reference of tracker.fromNode(call, map)) found.set(reference.node, reference.info)
  }
  for (const wrapper of keyWrappers) {
    if (!wrapper.global) continue
    const [globalName, ...rest] = wrapper.path
    const map = pathMap(rest, wrapper)
    for (const identifier of globalReads(sourceCode, globalName!)) {
      for (const reference of tracker.fromNode(identifier, map)) found.set(reference.node, reference.info)
    }
  }
  return found
}

function moduleTraceMap(): TraceMap<KeyWrapper> {
  const map: TraceMap<KeyWrapper> = {}
  for (const wrapper of keyWrappers) {
    for (const module of wrapper.modules) {
      let node: TraceMapNode<KeyWrapper> = (map[module] ??= {})
      for (const segment of wrapper.path) node = node[segment] ??= {}
      node[wrapper.invocation === 'call' ? CALL : CONSTRUCT] = wrapper
    }
  }
  return map
}

/** The trace map of one wrapper, rooted below its global object. */
function pathMap(path: readonly string[], wrapper: KeyWrapper): TraceMapNode<KeyWrapper> {
  const root: TraceMapNode<KeyWrapper> = {}
  let node = root
  for (const segment of path) node = node[segment] = {}
  node[wrapper.invocation === 'call' ? CALL : CONSTRUCT] = wrapper
  return root
}
