/**
 * Uses of an embedded-key API (jose `EmbeddedJWK`, v2 `JWK.EmbeddedJWK` and
 * `JWK.EmbeddedX5C`) that make a verifier trust the key the token carries.
 * Not counted: a call of the resolver inside custom key code, a verification
 * of a token type that is keyed by design (a DPoP proof, `typ: 'dpop+jwt'`),
 * and code that pins the key by its thumbprint in the same function.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'
import { keyPinningFunctions, selfKeyedTokenTypes } from '../model/key-sources.js'
import type { JwtAnalysis } from './analysis.js'
import { boundIdentifier, calleeName, descendants, enclosingFunction, isCallOrNew, outermostWrapper } from './ast.js'
import { singleAssignmentVariable } from './bindings.js'
import { findVariable } from './eslint-utils.js'
import type { JwtReference } from './references.js'
import { staticValue } from './static-object.js'

/** The reads of an embedded-key reference that hand it to a verifier as its key. */
export function untrustedEmbeddedKeyUses(analysis: JwtAnalysis, reference: JwtReference): TSESTree.Node[] {
  return usesOf(reference.node, analysis, 0).filter(
    (use) => use.parent?.type !== AST_NODE_TYPES.ExportSpecifier && !isCalled(use) && !verifiesSelfKeyedToken(use, analysis) && !pinsKey(use, analysis),
  )
}

/** Where the value is used: an import or destructuring is followed to the reads of its name, a constant to its reads. */
function usesOf(node: TSESTree.Node, analysis: JwtAnalysis, depth: number): TSESTree.Node[] {
  if (depth > 3) return []
  const name = boundIdentifier(node)
  if (!name) return [node]
  // A name assigned again may hold another key by the time it is read.
  if (!singleAssignmentVariable(name, analysis) && !isImportOrPattern(node)) return []
  const variable = findVariable(analysis.scopeOf(name), name)
  const reads = variable?.references.filter((reference) => reference.isRead()).map((reference) => reference.identifier as TSESTree.Node) ?? []
  return reads.flatMap((read) => usesOf(read, analysis, depth + 1))
}


function isImportOrPattern(node: TSESTree.Node): boolean {
  return node.type !== AST_NODE_TYPES.Identifier && node.type !== AST_NODE_TYPES.MemberExpression
}

/** `EmbeddedJWK(protectedHeader, token)` called by custom key code, which may check what it returns. */
function isCalled(use: TSESTree.Node): boolean {
  const outer = outermostWrapper(use)
  return outer.parent?.type === AST_NODE_TYPES.CallExpression && outer.parent.callee === outer
}

/** The key of a verify call that only accepts a token type whose key is its own (`typ: 'dpop+jwt'`). */
function verifiesSelfKeyedToken(use: TSESTree.Node, analysis: JwtAnalysis): boolean {
  const outer = outermostWrapper(use)
  const call = outer.parent
  if (!isCallOrNew(call)) return false
  const verify = analysis.referenceAt(call)
  const option = verify?.api.verifyOptions?.tokenType
  if (!verify || !option || call.arguments.indexOf(outer as TSESTree.CallExpressionArgument) !== verify.api.args.key) return false
  const facts = analysis.options(verify).property(option.name)
  if (facts.presence !== 'present' || facts.values.length === 0) return false
  return facts.values.every((value) => {
    const type = staticValue(value, analysis)?.value
    return typeof type === 'string' && selfKeyedTokenTypes.includes(type.toLowerCase().replace(/^application\//u, ''))
  })
}

/** The function also computes a key thumbprint, to compare the embedded key with a pinned one. */
function pinsKey(use: TSESTree.Node, analysis: JwtAnalysis): boolean {
  const scope = enclosingFunction(use) ?? analysis.sourceCode.ast
  for (const node of descendants(scope, analysis.sourceCode.visitorKeys)) {
    if (node.type === AST_NODE_TYPES.CallExpression && keyPinningFunctions.includes(calleeName(node) ?? '')) return true
  }
  return false
}

