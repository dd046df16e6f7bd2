/**
 * APIs that frameworks add to their objects at run time and that code reaches
 * by member name only: `await request.jwtVerify()` after Fastify registered
 * `@fastify/jwt`. Looked for only in files that mention the framework.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils'
import type { DecoratedApi, JwtLibrary } from '../model/types.js'
import { descendants, literalKeyName, skipWrappers } from './ast.js'
import { findVariable, type Scope } from './eslint-utils.js'
import type { JwtReference } from './references.js'

export function* decoratedReferences(
  sourceCode: Readonly<TSESLint.SourceCode>,
  libraries: readonly JwtLibrary[],
): Generator<JwtReference> {
  const candidates = libraries.filter(
    (library) => library.decorations && library.decorationHints?.some((hint) => sourceCode.text.includes(hint)),
  )
  if (candidates.length === 0) return
  for (const node of descendants(sourceCode.ast, sourceCode.visitorKeys)) {
    if (node.type !== AST_NODE_TYPES.CallExpression) continue
    const chain = memberChain(node.callee)
    if (!chain || isModuleBinding(sourceCode, node.callee)) continue
    for (const library of candidates) {
      const decoration = library.decorations!.find((candidate) => endsWith(chain, candidate))
      if (decoration) {
        yield { node, library, api: decoration.api, displayName: chain.slice(-decoration.members.length - 1).join('.') }
        break
      }
    }
  }
}

/** `request.jwtVerify` as `['request', 'jwtVerify']`; undefined for computed or called parts. */
function memberChain(callee: TSESTree.Node): string[] | undefined {
  const names: string[] = []
  let current = skipWrappers(callee)
  while (current.type === AST_NODE_TYPES.MemberExpression) {
    const name = literalKeyName(current)
    if (name === undefined) return undefined
    names.unshift(name)
    current = skipWrappers(current.object)
  }
  if (names.length === 0) return undefined
  if (current.type === AST_NODE_TYPES.Identifier) names.unshift(current.name)
  else if (current.type === AST_NODE_TYPES.ThisExpression) names.unshift('this')
  else return undefined
  return names
}

function endsWith(chain: readonly string[], decoration: DecoratedApi): boolean {
  const { members } = decoration
  if (chain.length <= members.length) return false
  return members.every((member, index) => chain[chain.length - members.length + index] === member)
}

/** The receiver is an imported module (`import * as jose from 'jose'; jose.jwtVerify()`), not a decorated object. */
function isModuleBinding(sourceCode: Readonly<TSESLint.SourceCode>, callee: TSESTree.Node): boolean {
  let root = skipWrappers(callee)
  while (root.type === AST_NODE_TYPES.MemberExpression) root = skipWrappers(root.object)
  if (root.type !== AST_NODE_TYPES.Identifier) return false
  const variable = findVariable(sourceCode.getScope(root) as Scope, root)
  return variable?.defs.some((definition) => definition.type === 'ImportBinding') ?? false
}
