/**
 * What kind of token a verify call or a sign site handles, as far as the code
 * says: the names it gives the token (`accessToken`, `verifyIdToken`,
 * `refreshToken`), the claims it signs (`scope`, `token_use: 'access'`) and the
 * ID-token-only options it verifies with (`nonce`). Undefined when nothing tells.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'
import { idTokenNames } from '../model/tokens.js'
import { accessTokenClaims, accessTokenNameWords, idTokenVerifyOptions, otherTokenNameWords, tokenUseClaims } from '../model/token-types.js'
import type { JwtAnalysis } from './analysis.js'
import { enclosingFunction, functionName, literalKeyName, outermostWrapper, skipWrappers } from './ast.js'
import type { JwtReference } from './references.js'
import type { SignSite } from './sign-site.js'
import { staticValue } from './static-object.js'
import { nameWords } from './token-names.js'
import { payloadFacts } from './token-payload.js'
import { valueUses } from './value-uses.js'

export type TokenKind = 'access' | 'id' | 'other'

/** The kind of token a verify call checks, from its token's and its functions' names and its options. */
export function verifiedTokenKind(analysis: JwtAnalysis, reference: JwtReference): TokenKind | undefined {
  const names: string[] = []
  const token = analysis.argument(reference, 'token')
  if (token) names.push(...expressionNames(token))
  names.push(...bindingNames(reference.node, analysis), ...innermostFunctionName(reference.node))
  const byName = kindOfNames(names)
  if (byName) return byName
  const options = analysis.options(reference)
  return idTokenVerifyOptions.some((option) => options.property(option).presence === 'present') ? 'id' : undefined
}

/** The kind of token a sign site produces, from the names it is given and the claims it carries. */
export function signedTokenKind(analysis: JwtAnalysis, site: SignSite, produced: TSESTree.Node): TokenKind | undefined {
  const names = [...bindingNames(produced, analysis), ...innermostFunctionName(produced)]
  const callee = site.reference.node.type === AST_NODE_TYPES.CallExpression ? skipWrappers(site.reference.node.callee) : undefined
  // A signer function a factory returned, named for what it signs: `signAccessToken(claims)`.
  if (callee?.type === AST_NODE_TYPES.Identifier && site.optionsReference !== site.reference) names.push(callee.name)
  const byName = kindOfNames(names)
  if (byName && byName !== 'access') return byName
  const claims = site.payload === undefined ? undefined : payloadFacts(analysis, site.payload)
  for (const { name, access } of tokenUseClaims) {
    const use = claims?.property(name)
    if (use?.presence !== 'present') continue
    const values = use.values.map((value) => staticValue(value, analysis)?.value)
    if (values.some((value) => value !== access)) return values.every((value) => typeof value === 'string') ? 'other' : undefined
    return 'access'
  }
  if (accessTokenClaims.some((claim) => claims?.property(claim).presence === 'present')) return 'access'
  return byName
}

/** Non-access names win over access names: a `refreshToken` with a `scope` claim is still a refresh token. */
function kindOfNames(names: readonly string[]): TokenKind | undefined {
  let kind: TokenKind | undefined
  for (const name of names) {
    const words = nameWords(name)
    if (words.some((word) => otherTokenNameWords.includes(word))) return 'other'
    if (idTokenNames.some((idName) => containsWords(words, nameWords(idName)))) kind = 'id'
    else if (kind === undefined && containsWords(words, accessTokenNameWords)) kind = 'access'
  }
  return kind
}

function containsWords(words: readonly string[], sequence: readonly string[]): boolean {
  for (let start = 0; start + sequence.length <= words.length; start++) {
    if (sequence.every((word, index) => words[start + index] === word)) return true
  }
  return false
}

/** The name an expression reads: `accessToken`, `access_token` in `body.access_token`. */
function expressionNames(node: TSESTree.Node): string[] {
  const unwrapped = skipWrappers(node)
  if (unwrapped.type === AST_NODE_TYPES.Identifier) return [unwrapped.name]
  if (unwrapped.type === AST_NODE_TYPES.MemberExpression) {
    const name = literalKeyName(unwrapped)
    return name === undefined ? [] : [name]
  }
  return []
}

/**
 * The names a produced value is given: the variable, property or assignment target
 * it is stored in, the function that returns it, and the properties it is later put in
 * (`res.json({ access_token: token })`).
 */
function bindingNames(node: TSESTree.Node, analysis: JwtAnalysis): string[] {
  let current = outermostWrapper(node)
  for (let parent = current.parent; parent; current = outermostWrapper(parent), parent = current.parent) {
    switch (parent.type) {
      case AST_NODE_TYPES.AwaitExpression:
      case AST_NODE_TYPES.ConditionalExpression:
      case AST_NODE_TYPES.LogicalExpression:
        continue
      case AST_NODE_TYPES.VariableDeclarator:
        if (parent.init !== current || parent.id.type !== AST_NODE_TYPES.Identifier) return []
        return [parent.id.name, ...escapeNames(current, analysis)]
      case AST_NODE_TYPES.AssignmentExpression:
        return parent.right === current ? expressionNames(parent.left) : []
      case AST_NODE_TYPES.Property:
        return parent.value === current ? propertyNames(parent) : []
      case AST_NODE_TYPES.ReturnStatement: {
        const fn = enclosingFunction(parent)
        const name = fn && functionName(fn)
        return name ? [name] : []
      }
      case AST_NODE_TYPES.ArrowFunctionExpression: {
        const name = parent.body === current ? functionName(parent) : undefined
        return name ? [name] : []
      }
      default:
        return []
    }
  }
  return []
}

/** Keys of the object literals a value is put in whole. */
function escapeNames(node: TSESTree.Node, analysis: JwtAnalysis): string[] {
  return valueUses(node, analysis)
    .escapes.filter((escape) => escape.path.length === 0 && escape.node.type === AST_NODE_TYPES.Property)
    .flatMap((escape) => propertyNames(escape.node as TSESTree.Property))
}

function propertyNames(property: TSESTree.Property): string[] {
  const name = literalKeyName(property)
  return name === undefined ? [] : [name]
}

function innermostFunctionName(node: TSESTree.Node): string[] {
  const fn = enclosingFunction(node)
  const name = fn && functionName(fn)
  return name ? [name] : []
}
