/**
 * Finds the calls in a file of functions described as data (a module export or a
 * global, and the member path below it): from globals, ES imports and `require`,
 * with the same ReferenceTracker as the JWT APIs. Key wrappers (`Buffer.from`)
 * and signature checks (`crypto.timingSafeEqual`) are both found this way.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils'
import type { ModelledCall } from '../model/types.js'
import { CALL, CONSTRUCT, type Scope, type TraceMap, type TraceMapNode, Tracker } from './eslint-utils.js'
import { globalReads } from './globals.js'

/** Each call or `new` expression of a modelled function, with its entry. */
export function findModelledCalls<Entry extends ModelledCall>(sourceCode: Readonly<TSESLint.SourceCode>, entries: readonly Entry[]): Map<TSESTree.Node, Entry> {
  const found = new Map<TSESTree.Node, Entry>()
  const globalScope = sourceCode.scopeManager?.globalScope as Scope | null | undefined
  if (!globalScope) return found
  const tracker = new Tracker(globalScope)
  const moduleMap = moduleTraceMap(entries)

  for (const reference of tracker.esm(moduleMap)) found.set(reference.node, reference.info)
  for (const identifier of globalReads(sourceCode, 'require')) {
    const call = identifier.parent
    const specifier = call.type === AST_NODE_TYPES.CallExpression && call.callee === identifier ? call.arguments[0] : undefined
    if (specifier?.type !== AST_NODE_TYPES.Literal || typeof specifier.value !== 'string') continue
    const map = moduleMap[specifier.value]
    if (!map) continue
    for (const reference of tracker.fromNode(call, map)) found.set(reference.node, reference.info)
  }
  for (const entry of entries) {
    if (!entry.global) continue
    const [globalName, ...rest] = entry.path
    const map = pathMap(rest, entry)
    for (const identifier of globalReads(sourceCode, globalName!)) {
      for (const reference of tracker.fromNode(identifier, map)) found.set(reference.node, reference.info)
    }
  }
  return found
}

function moduleTraceMap<Entry extends ModelledCall>(entries: readonly Entry[]): TraceMap<Entry> {
  const map: TraceMap<Entry> = {}
  for (const entry of entries) {
    for (const module of entry.modules) {
      let node: TraceMapNode<Entry> = (map[module] ??= {})
      for (const segment of entry.path) node = node[segment] ??= {}
      node[entry.invocation === 'call' ? CALL : CONSTRUCT] = entry
    }
  }
  return map
}

/** The trace map of one entry, rooted below its global object. */
function pathMap<Entry extends ModelledCall>(path: readonly string[], entry: Entry): TraceMapNode<Entry> {
  const root: TraceMapNode<Entry> = {}
  let node = root
  for (const segment of path) node = node[segment] = {}
  node[entry.invocation === 'call' ? CALL : CONSTRUCT] = entry
  return root
}
