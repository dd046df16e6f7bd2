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
    if (!chain || isOwnObject(sourceCode, node.callee)) continue
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

/**
 * The receiver is something the file itself shows is not a framework object: an
 * imported or required module (`import * as jose from 'jose'; jose.jwtVerify()`), an
 * object literal, a class instance, a function or class of its own, or `this` in a class.
 * Parameters (`request`), framework instances (`const app = Fastify()`) and `this` in a
 * plain function (a Fastify handler's instance) stay candidates.
 */
function isOwnObject(sourceCode: Readonly<TSESLint.SourceCode>, callee: TSESTree.Node): boolean {
  let root = skipWrappers(callee)
  while (root.type === AST_NODE_TYPES.MemberExpression) root = skipWrappers(root.object)
  if (root.type === AST_NODE_TYPES.ThisExpression) return isClassThis(root)
  if (root.type !== AST_NODE_TYPES.Identifier) return false
  const variable = findVariable(sourceCode.getScope(root) as Scope, root)
  return (
    variable?.defs.some((definition) => {
      if (definition.type === 'ImportBinding' || definition.type === 'FunctionName' || definition.type === 'ClassName') return true
      return definition.type === 'Variable' && definition.node.init !== null && isOwnValue(definition.node.init)
    }) ?? false
  )
}

/** An initializer that builds its own value or loads a module: `{ ... }`, `new X()`, `() => {}`, `require('x')`, `await import('x')`. */
function isOwnValue(init: TSESTree.Expression): boolean {
  const value = skipWrappers(init)
  switch (value.type) {
    case AST_NODE_TYPES.ObjectExpression:
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.NewExpression:
    case AST_NODE_TYPES.ClassExpression:
    case AST_NODE_TYPES.FunctionExpression:
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.ImportExpression:
      return true
    case AST_NODE_TYPES.AwaitExpression:
      return skipWrappers(value.argument).type === AST_NODE_TYPES.ImportExpression
    case AST_NODE_TYPES.CallExpression:
      return value.callee.type === AST_NODE_TYPES.Identifier && value.callee.name === 'require'
    default:
      return false
  }
}

/** `this` of a class method or field (arrow functions see the `this` around them). */
function isClassThis(node: TSESTree.ThisExpression): boolean {
  for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
    switch (current.type) {
      case AST_NODE_TYPES.ArrowFunctionExpression:
        continue
      case AST_NODE_TYPES.FunctionExpression:
        return current.parent.type === AST_NODE_TYPES.MethodDefinition
      case AST_NODE_TYPES.FunctionDeclaration:
        return false
      case AST_NODE_TYPES.PropertyDefinition:
      case AST_NODE_TYPES.StaticBlock:
        return true
      default:
        continue
    }
  }
  return false
}
