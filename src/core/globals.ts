import type { TSESLint, TSESTree } from '@typescript-eslint/utils'
import type { Scope } from './eslint-utils.js'

/**
 * Reads of the global `name`: references that resolve to no declaration
 * (no globals configured) or to a configured global that the file never
 * declares or writes. A local `function atob() {}` or parameter named
 * `require` is not the global.
 */
export function globalReads(sourceCode: Readonly<TSESLint.SourceCode>, name: string): TSESTree.Identifier[] {
  const globalScope = sourceCode.scopeManager?.globalScope as Scope | null | undefined
  if (!globalScope) return []
  const identifiers: TSESTree.Identifier[] = []
  for (const reference of globalScope.through) {
    if (reference.identifier.name === name && reference.isRead()) identifiers.push(reference.identifier as TSESTree.Identifier)
  }
  const declared = globalScope.set.get(name)
  if (declared && declared.defs.length === 0 && !declared.references.some((reference) => reference.isWrite())) {
    for (const reference of declared.references) identifiers.push(reference.identifier as TSESTree.Identifier)
  }
  return identifiers
}

/** Whether `identifier` reads the global `name`. */
export function isGlobalRead(identifier: TSESTree.Node, name: string, scopeOf: (node: TSESTree.Node) => Scope): boolean {
  if (identifier.type !== 'Identifier' || identifier.name !== name) return false
  let scope: Scope | null = scopeOf(identifier)
  while (scope) {
    const variable = scope.set.get(name)
    if (variable) return scope.type === 'global' && variable.defs.length === 0
    scope = scope.upper
  }
  return true
}
