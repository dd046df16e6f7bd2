import type { JwtApi, JwtLibrary } from '../model/types.js'
import { CALL, CONSTRUCT, ESM, READ, type TraceMap, type TraceMapNode } from './eslint-utils.js'

/** What a tracked reference resolves to. */
export interface ApiTarget {
  readonly library: JwtLibrary
  readonly api: JwtApi
}

const leafKey = { call: CALL, construct: CONSTRUCT, read: READ } as const

/** Builds the ReferenceTracker trace map of every module specifier of every library. */
export function buildTraceMap(libraries: readonly JwtLibrary[]): TraceMap<ApiTarget> {
  const traceMap: TraceMap<ApiTarget> = {}
  for (const library of libraries) {
    for (const specifier of library.modules) {
      const moduleNode: TraceMapNode<ApiTarget> = (traceMap[specifier] ??= {})
      if (library.esm) moduleNode[ESM] = true
      for (const api of library.apis) {
        let node = moduleNode
        for (const segment of api.path) node = node[segment] ??= {}
        node[leafKey[api.invocation]] = { library, api }
      }
    }
  }
  return traceMap
}

/** The sub-map reached by following `path` below `node`, if the map has it. */
export function traceMapAt(node: TraceMapNode<ApiTarget>, path: readonly string[]): TraceMapNode<ApiTarget> | undefined {
  let current: TraceMapNode<ApiTarget> | undefined = node
  for (const segment of path) {
    if (!current || !Object.hasOwn(current, segment)) return undefined
    current = current[segment]
  }
  return current
}
