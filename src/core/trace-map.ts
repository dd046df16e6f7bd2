import type { JwtApi, JwtLibrary } from '../model/types.js'
import { CALL, CONSTRUCT, ESM, READ, type TraceMap, type TraceMapNode } from './eslint-utils.js'

/** What a tracked reference resolves to. */
export interface ApiTarget {
  readonly library: JwtLibrary
  readonly api: JwtApi
  /** How messages name it: `jsonwebtoken.verify`, `fast-jwt.createVerifier()`, `@nestjs/jwt.JwtService.verify`. */
  readonly displayName: string
}

const leafKey = { call: CALL, construct: CONSTRUCT, read: READ, register: READ, extend: READ } as const

/** Builds the ReferenceTracker trace map of every module specifier of every library. */
export function buildTraceMap(libraries: readonly JwtLibrary[]): TraceMap<ApiTarget> {
  const traceMap: TraceMap<ApiTarget> = {}
  for (const library of libraries) {
    const moduleNode = apiTraceMap(library, library.apis, library.name)
    if (library.esm) moduleNode[ESM] = true
    for (const specifier of library.modules) traceMap[specifier] = mergeTraceMaps(traceMap[specifier], moduleNode)
  }
  return traceMap
}

/** The trace map of `apis`, rooted at a value (a module, or what a factory returns). */
export function apiTraceMap(library: JwtLibrary, apis: readonly JwtApi[], rootName: string): TraceMapNode<ApiTarget> {
  const root: TraceMapNode<ApiTarget> = {}
  for (const api of apis) {
    let node = root
    for (const segment of api.path) node = node[segment] ??= {}
    // `default` of a CommonJS package is the package itself.
    const shownPath = api.path[0] === 'default' ? api.path.slice(1) : api.path
    const displayName = shownPath.length === 0 ? rootName : `${rootName}.${shownPath.join('.')}`
    node[leafKey[api.invocation]] = { library, api, displayName }
  }
  return root
}

/** How messages name what an API returns, as a root for the returned APIs. */
export function returnedValueName(target: ApiTarget): string {
  return target.api.invocation === 'construct' ? target.displayName : `${target.displayName}()`
}

function mergeTraceMaps(
  left: TraceMapNode<ApiTarget> | undefined,
  right: TraceMapNode<ApiTarget>,
): TraceMapNode<ApiTarget> {
  if (!left) return right
  const merged: TraceMapNode<ApiTarget> = { ...left }
  for (const key of Object.keys(right)) merged[key] = mergeTraceMaps(left[key], right[key]!)
  for (const symbol of [CALL, CONSTRUCT, READ] as const) {
    if (right[symbol]) merged[symbol] = right[symbol]
  }
  if (right[ESM]) merged[ESM] = true
  return merged
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
