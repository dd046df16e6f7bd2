/** Recognises the browser's `localStorage` and `sessionStorage`, also through `window.` and local aliases. */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'
import { globalObjects, webStorageGlobals } from '../model/sinks.js'
import { literalKeyName, skipWrappers } from './ast.js'
import { constantInitializer, type EvaluationContext } from './bindings.js'
import { isGlobalRead } from './globals.js'

/** `localStorage` or `sessionStorage` when `node` is one of them; otherwise undefined. */
export function webStorageName(node: TSESTree.Node, context: EvaluationContext, depth = 0): string | undefined {
  const unwrapped = skipWrappers(node)
  if (unwrapped.type === AST_NODE_TYPES.Identifier) {
    const global = webStorageGlobals.find((name) => isGlobalRead(unwrapped, name, context.scopeOf))
    if (global) return global
    const init = depth < 4 ? constantInitializer(unwrapped, context) : undefined
    return init ? webStorageName(init, context, depth + 1) : undefined
  }
  if (unwrapped.type === AST_NODE_TYPES.MemberExpression) {
    const name = literalKeyName(unwrapped)
    const object = skipWrappers(unwrapped.object)
    if (name === undefined || !webStorageGlobals.includes(name)) return undefined
    return globalObjects.some((global) => isGlobalRead(object, global, context.scopeOf)) ? name : undefined
  }
  return undefined
}
