/**
 * Token provenance: whether an expression holds a bearer credential (a JWT, an
 * access, refresh or ID token, or an `Authorization` header value) and where it
 * came from. Values are traced backwards within the code that can see them:
 * through local variables, destructuring, object literals, template literals and
 * concatenation. A value that is transformed into something else (`token.length`,
 * `!!token`, a hash, a masked slice, decoded claims) is no longer a token, and a
 * value whose origin cannot be told falls back to its name.
 *
 * Results are cached per file and per name lists, like the JWT analysis.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'
import {
  claimsCallbacks,
  claimsFunctions,
  compactJwtPattern,
  cookieContainers,
  cookieGetterFunctions,
  credentialHeaderHint,
  credentialHeaders,
  elementCallbackMethods,
  headerGetters,
  headerParameterDecorators,
  idTokenClaimsCalls,
  incomingTokenProperties,
  keepingFunctions,
  keepingStringMethods,
  maskingCalleePattern,
  nonCredentialCallPattern,
  outgoingRequestNames,
  prefixStrippingMethods,
  rawTokenMethods,
  rawTokenProperty,
  replacingMethods,
  requestHeaderContainers,
  requestObjectNames,
  stringWrappingConstructors,
  tokenReturningCalls,
  tokenTextHints,
} from '../model/tokens.js'
import type { JwtApi } from '../model/types.js'
import { callsJwtApis, getJwtAnalysis, type JwtAnalysis } from './analysis.js'
import { calleeName, decoratorsOf, functionName, isFunction, literalKeyName, returnedExpression, skipWrappers } from './ast.js'
import { findVariable, getStaticValue, getStringIfConstant, type Variable } from './eslint-utils.js'
import { isGlobalRead } from './globals.js'
import { functionValue, isWrittenOnlyByDeclaration } from './bindings.js'
import { cached, fileCache } from './memo.js'
import { evaluateObject } from './static-object.js'
import { classifyName, defaultNames, isNameIn, nameTextPattern, type TokenNames } from './token-names.js'

export { defaultNames, resolveTokenNames, type TokenNames } from './token-names.js'

type RuleContextLike = Parameters<typeof getJwtAnalysis>[0]

/** Where a token came from. */
export type TokenSource =
  /** The result of a modelled sign API (`jwt.sign()`, `new SignJWT().sign()`). */
  | 'sign'
  /** The request's `Authorization` (or `x-access-token`) header, or the token stripped from it. */
  | 'authorization-header'
  /** A request cookie with a token name. */
  | 'cookie'
  /** `localStorage.getItem('token')`. */
  | 'storage'
  /** A client library call that returns a token (`getTokenSilently()`, `user.getIdToken()`). */
  | 'client'
  /** A compact JWT written in the source. */
  | 'literal'
  /** Nothing but its name (`accessToken`, `session.token`). */
  | 'name'
  /** The whole headers object of a request, which includes its `Authorization` header. */
  | 'request-headers'

/** How the value holds the credential. */
export type TokenForm =
  /** It is the token. */
  | 'token'
  /** It is an `Authorization` header value: `Bearer <token>`. */
  | 'header'
  /** The token is part of it: a URL, a message, an object or array built with it. */
  | 'contains'
  /** It is the request's headers object. */
  | 'headers'

export interface TokenFacts {
  readonly source: TokenSource
  readonly form: TokenForm
  /** The value is (or holds) an OIDC ID token. */
  readonly idToken: boolean
  /** The value is (or holds) the credential the current request came with. */
  readonly incoming: boolean
  /** The expression the token was first recognised at: the sign call, the header read, the named property. */
  readonly origin: TSESTree.Node
}

interface Origin {
  readonly source: TokenSource
  readonly idToken: boolean
  readonly incoming: boolean
  readonly origin: TSESTree.Node
}

/** The abstract value of an expression, as far as tokens go. */
type Value =
  | { readonly kind: 'token'; readonly origin: Origin }
  /** An `Authorization` header value, `Bearer <token>`. */
  | { readonly kind: 'header'; readonly origin: Origin }
  | { readonly kind: 'contains'; readonly origin: Origin }
  /** A token split into parts (`h.split(' ')`) or matched (`h.match(re)`): `bearer` when element 1 on is the token. */
  | { readonly kind: 'parts'; readonly origin: Origin; readonly bearer: boolean }
  /** A sign builder (`new SignJWT(...)`) whose `finish` method gives the token. */
  | { readonly kind: 'builder'; readonly finish: string }
  /** A request's headers. */
  | {
      readonly kind: 'headers'
      /** Headers of a request this code received (not of one it sends). */
      readonly incoming: boolean
      /** Read from something named like a request (`req.headers`), so logging it whole logs the request's credential. */
      readonly request: boolean
      readonly node: TSESTree.Node
    }
  /** A request's cookies. */
  | { readonly kind: 'cookies' }
  /** A Next.js cookie entry `{ name, value }` for a token cookie. */
  | { readonly kind: 'cookie-entry'; readonly origin: Origin }
  /** ID token claims from `getIdTokenClaims()`; `__raw` is the token. */
  | { readonly kind: 'id-claims'; readonly node: TSESTree.Node }
  /** An object literal: it holds a token when one of its properties does. */
  | { readonly kind: 'object'; readonly node: TSESTree.ObjectExpression }
  | { readonly kind: 'array'; readonly node: TSESTree.ArrayExpression }
  | { readonly kind: 'storage' }
  /** An object that is not a token itself but whose properties follow the name fallback (next-auth's decoded `token`). */
  | { readonly kind: 'record'; readonly className?: string }
  /** The argument of a next-auth `jwt` or `session` callback: its `token` property is a record. */
  | { readonly kind: 'claims-callback' }
  /** Known not to be a token (a number, a boolean, a hash, decoded claims, a collection element). */
  | { readonly kind: 'not' }
  /** Unknown; `name` is the nearest name it was read through, for the name fallback. */
  | { readonly kind: 'unknown'; readonly name?: string }

const notToken: Value = { kind: 'not' }
/** An element of a collection (`for (const token of tokens)`): an object, such as a lexer token, never a credential itself. */
const element: Value = { kind: 'record' }
const unknown: Value = { kind: 'unknown' }
const maxDepth = 40
const maxContainerDepth = 4

interface FileState {
  readonly analysis: JwtAnalysis
  readonly names: TokenNames
  readonly values: Map<TSESTree.Node, Value>
  /** Variables whose value is being computed: a cycle reads as unknown. */
  readonly inProgress: Set<TSESTree.Node | Variable>
  readonly mayHoldTokens: boolean
  /** Whether the text may name a credential header: found on first use, for the two rules that ask. */
  namesCredentialHeader?: boolean
  /** What modelled sign calls produce, by call or `new` node. */
  readonly signCalls: ReadonlyMap<TSESTree.Node, SignResult>
  /** By function of the file, the signed token it returns (`null`: none); found on first call, as finding it walks the body. */
  readonly signedResults: Map<TSESTree.FunctionLike, Value | null>
}

const statesByFile = fileCache<Map<TokenNames, FileState>>()

function fileState(context: RuleContextLike, names: TokenNames): FileState {
  return cached(statesByFile(context.sourceCode.ast, () => new Map()), names, () => {
    const analysis = getJwtAnalysis(context)
    return {
      analysis,
      names,
      values: new Map(),
      inProgress: new Set(),
      mayHoldTokens: mayHoldTokens(context, names),
      signCalls: signCalls(analysis),
      signedResults: new Map(),
    }
  })
}

/**
 * One case-insensitive pattern per name list, of the names the general hints do not already
 * cover (none of the default names), so the pre-check usually reads the text once. A name's words
 * may be written with or without separators: `apiKey` also finds `api_key` and `API-KEY`.
 */
const namePatterns = new WeakMap<TokenNames, RegExp | undefined>()

function textMayHoldTokens(text: string, names: TokenNames): boolean {
  if (tokenTextHints.test(text)) return true
  if (!namePatterns.has(names)) {
    namePatterns.set(names, nameTextPattern(names.tokenNames.filter((name) => !tokenTextHints.test(name))))
  }
  return namePatterns.get(names)?.test(text) ?? false
}

/** A token, a signer function (fast-jwt `createSigner()`), or a builder finished by the named method (`new SignJWT()`). */
type SignResult = 'token' | 'signer' | { readonly finish: string }

/** Which modelled calls produce a token, a sign builder or a signer function. */
function signCalls(analysis: JwtAnalysis): Map<TSESTree.Node, SignResult> {
  const signerApis = new Set<JwtApi>()
  for (const reference of analysis.references) {
    if (isSignKind(reference.api)) for (const returned of reference.api.returns ?? []) signerApis.add(returned)
  }
  const calls = new Map<TSESTree.Node, SignResult>()
  for (const reference of analysis.references) {
    const { api, node } = reference
    if (signerApis.has(api)) calls.set(node, 'token')
    else if (!isSignKind(api) || calls.has(node)) continue
    else if (api.returns?.length) calls.set(node, 'signer')
    else if (api.builder) calls.set(node, { finish: api.builder.finish })
    else if (api.invocation === 'call') calls.set(node, 'token')
  }
  return calls
}

function isSignKind(api: JwtApi): boolean {
  return api.kind === 'sign' || api.kind === 'unsecuredSign' || api.kind === 'encrypt'
}

/**
 * Whether the file could hold a token at all: a cheap text test, so that rules can
 * skip files with nothing token-like before visiting a single node.
 */
export function mayHoldTokens(context: RuleContextLike, names: TokenNames = defaultNames): boolean {
  // The library check first: it also reads the settings, so a bad setting is reported in every file.
  return callsJwtApis(context) || textMayHoldTokensOnce(context, names)
}

/** Per file and name lists, so that the exposure rules read a file's text once between them. */
const tokenTextByFile = fileCache<Map<TokenNames, boolean>>()

function textMayHoldTokensOnce(context: RuleContextLike, names: TokenNames): boolean {
  return cached(tokenTextByFile(context.sourceCode.ast, () => new Map()), names, () => textMayHoldTokens(context.sourceCode.text, names))
}

/**
 * Whether the file could send a token in a credential header (`Authorization`, `X-Access-Token`,
 * superagent's `.auth()`): `mayHoldTokens`, and the header named in its text.
 */
export function mayCarryCredentialHeader(context: RuleContextLike, names: TokenNames = defaultNames): boolean {
  if (!mayHoldTokens(context, names)) return false
  const state = fileState(context, names)
  state.namesCredentialHeader ??= credentialHeaderHint.test(context.sourceCode.text)
  return state.namesCredentialHeader
}

/** What `node` holds, when it holds a bearer credential or the request headers; undefined otherwise. */
export function tokenFacts(node: TSESTree.Node, context: RuleContextLike, names: TokenNames = defaultNames): TokenFacts | undefined {
  const state = fileState(context, names)
  if (!state.mayHoldTokens) return undefined
  return factsOf(evaluate(node, state, 0), state, 0)
}

/**
 * What can be told about `node`: it holds a credential, it certainly does not (a literal,
 * a number, a hash, decoded claims), or nothing is known about it (a parameter, the
 * result of an unknown call, whose name is not a token name either).
 */
export function tokenEvidence(node: TSESTree.Node, context: RuleContextLike, names: TokenNames = defaultNames): 'token' | 'not-token' | 'unknown' {
  const state = fileState(context, names)
  if (!state.mayHoldTokens) return 'not-token'
  const value = evaluate(node, state, 0)
  if (factsOf(value, state, 0)) return 'token'
  return value.kind === 'unknown' ? 'unknown' : 'not-token'
}

/** Whether `node` holds a bearer token: the token itself, an `Authorization` header value, or a string, object or array with one in it. */
export function isBearerToken(node: TSESTree.Node, context: RuleContextLike, names: TokenNames = defaultNames): boolean {
  const facts = tokenFacts(node, context, names)
  return facts !== undefined && facts.source !== 'request-headers'
}

/** Whether `node` holds an OIDC ID token (or a string built with one). */
export function isIdToken(node: TSESTree.Node, context: RuleContextLike, names: TokenNames = defaultNames): boolean {
  return tokenFacts(node, context, names)?.idToken === true
}

/**
 * Whether `node` holds the credential the current request came with: its `Authorization`
 * header, the token stripped from it, or a value built from them (`Bearer ${token}`).
 */
export function isIncomingCredential(node: TSESTree.Node, context: RuleContextLike, names: TokenNames = defaultNames): boolean {
  const facts = tokenFacts(node, context, names)
  return facts !== undefined && facts.incoming && facts.source !== 'request-headers'
}

/** Whether `node` is the whole headers object of an incoming request (`req.headers`, `event.headers`). */
export function isRequestHeaders(node: TSESTree.Node, context: RuleContextLike, names: TokenNames = defaultNames): boolean {
  return tokenFacts(node, context, names)?.form === 'headers'
}

function factsOf(value: Value, state: FileState, depth: number): TokenFacts | undefined {
  switch (value.kind) {
    case 'token':
    case 'cookie-entry':
      return { ...value.origin, form: 'token' }
    case 'header':
      return { ...value.origin, form: 'header' }
    case 'contains':
      return { ...value.origin, form: 'contains' }
    case 'headers':
      return value.incoming && value.request
        ? { source: 'request-headers', form: 'headers', idToken: false, incoming: true, origin: value.node }
        : undefined
    case 'object':
    case 'array': {
      if (depth >= maxContainerDepth) return undefined
      const elements: TSESTree.Node[] =
        value.kind === 'object'
          ? value.node.properties.map((property) => (property.type === AST_NODE_TYPES.Property ? property.value : property.argument))
          : value.node.elements.filter((element) => element !== null).map((element) => (element.type === AST_NODE_TYPES.SpreadElement ? element.argument : element))
      for (const element of elements) {
        const inner = factsOf(evaluate(element, state, 0), state, depth + 1)
        if (inner) return { ...inner, form: 'contains' }
      }
      return undefined
    }
    default:
      return undefined
  }
}

/** Whether a value holds a credential (for templates and concatenation). */
function heldOrigin(value: Value, state: FileState): Origin | undefined {
  const facts = factsOf(value, state, 0)
  return facts && facts.source !== 'request-headers' ? facts : undefined
}

function evaluate(node: TSESTree.Node, state: FileState, depth: number): Value {
  const cached = state.values.get(node)
  if (cached) return cached
  if (depth > maxDepth || state.inProgress.has(node)) return unknown
  state.inProgress.add(node)
  const value = compute(node, state, depth + 1)
  state.inProgress.delete(node)
  state.values.set(node, value)
  return value
}

function compute(raw: TSESTree.Node, state: FileState, depth: number): Value {
  const node = skipWrappers(raw)
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      return typeof node.value === 'string' && compactJwtPattern.test(node.value)
        ? { kind: 'token', origin: { source: 'literal', idToken: false, incoming: false, origin: node } }
        : notToken
    case AST_NODE_TYPES.TemplateLiteral:
      return joined(node.expressions, state, depth)
    case AST_NODE_TYPES.BinaryExpression:
      return node.operator === '+' ? joined([node.left, node.right], state, depth) : notToken
    case AST_NODE_TYPES.UnaryExpression:
    case AST_NODE_TYPES.UpdateExpression:
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
    case AST_NODE_TYPES.ClassExpression:
      return notToken
    case AST_NODE_TYPES.AwaitExpression:
      return evaluate(node.argument, state, depth)
    case AST_NODE_TYPES.SequenceExpression:
      return evaluate(node.expressions.at(-1)!, state, depth)
    case AST_NODE_TYPES.AssignmentExpression:
      return node.operator === '=' ? evaluate(node.right, state, depth) : unknown
    case AST_NODE_TYPES.LogicalExpression:
      return node.operator === '&&'
        ? evaluate(node.right, state, depth)
        : either(evaluate(node.left, state, depth), evaluate(node.right, state, depth), state)
    case AST_NODE_TYPES.ConditionalExpression:
      return either(evaluate(node.consequent, state, depth), evaluate(node.alternate, state, depth), state)
    case AST_NODE_TYPES.ObjectExpression:
      return { kind: 'object', node }
    case AST_NODE_TYPES.ArrayExpression:
      return { kind: 'array', node }
    case AST_NODE_TYPES.Identifier:
      return identifierValue(node, state, depth)
    case AST_NODE_TYPES.ThisExpression:
      return unknown
    case AST_NODE_TYPES.MemberExpression:
      return memberValue(node, state, depth)
    case AST_NODE_TYPES.CallExpression:
      return callValue(node, state, depth)
    case AST_NODE_TYPES.NewExpression:
      return newValue(node, state, depth)
    case AST_NODE_TYPES.ImportExpression:
      return notToken
    default:
      return unknown
  }
}

/** A sign builder, a URL built from a string that holds a token, or some other object. */
function newValue(node: TSESTree.NewExpression, state: FileState, depth: number): Value {
  const signed = state.signCalls.get(node)
  if (typeof signed === 'object') return { kind: 'builder', finish: signed.finish }
  const callee = skipWrappers(node.callee)
  if (stringWrappingConstructors.some((name) => isGlobalRead(callee, name, state.analysis.scopeOf))) return joined(node.arguments, state, depth)
  // An instance is an object, never the token string itself; its properties follow their names.
  return callee.type === AST_NODE_TYPES.Identifier ? { kind: 'record', className: callee.name } : { kind: 'record' }
}

/** A string built from parts: it holds a token when a part does. */
function joined(parts: readonly TSESTree.Node[], state: FileState, depth: number): Value {
  for (const part of parts) {
    const origin = heldOrigin(evaluate(part, state, depth), state)
    if (origin) return { kind: 'contains', origin }
  }
  return notToken
}

/** A value that is one of two: a token if either may be, not a token if neither is. */
function either(left: Value, right: Value, state: FileState): Value {
  if (heldOrigin(left, state)) return left
  if (heldOrigin(right, state)) return right
  // `parts ?? []`, `header || ''`: the left side is the value; the right is a fallback.
  return left.kind === 'not' ? right : left
}

/** The name fallback: an unknown value read through a token name is a token. */
function named(name: string | undefined, node: TSESTree.Node, state: FileState, qualifier?: string): Value {
  if (name === undefined) return unknown
  const verdict = classifyName(name, state.names, qualifier)
  if (verdict === 'ignored') return notToken
  if (verdict === undefined) return { kind: 'unknown', name }
  return { kind: 'token', origin: { source: 'name', idToken: verdict === 'idToken', incoming: false, origin: node } }
}

/** A known value given a name: a token found only by name gives way to a name that says it is not one (`csrfToken`). */
function renamed(value: Value, name: string, node: TSESTree.Node, state: FileState): Value {
  if (value.kind === 'unknown') return readThroughIgnoredName(value, state) ? notToken : named(name, node, state)
  if (value.kind === 'token' && value.origin.source === 'name' && classifyName(name, state.names) === 'ignored') return notToken
  return value
}

/** `this.nextToken()`, `page.nextPageToken`: what an unknown value was read through says it is not a credential. */
function readThroughIgnoredName(value: Value, state: FileState): boolean {
  return value.kind === 'unknown' && value.name !== undefined && classifyName(value.name, state.names) === 'ignored'
}

function identifierValue(identifier: TSESTree.Identifier, state: FileState, depth: number): Value {
  if (identifier.name === 'undefined') return notToken
  const { analysis } = state
  const variable = findVariable(analysis.scopeOf(identifier), identifier)
  if (!variable || variable.defs.length === 0) {
    if (isGlobalRead(identifier, 'localStorage', analysis.scopeOf) || isGlobalRead(identifier, 'sessionStorage', analysis.scopeOf)) {
      return { kind: 'storage' }
    }
    return named(identifier.name, identifier, state)
  }
  if (state.inProgress.has(variable)) return unknown
  state.inProgress.add(variable)
  const value = variableValue(variable, identifier, state, depth)
  state.inProgress.delete(variable)
  return renamed(value, identifier.name, identifier, state)
}

function variableValue(variable: Variable, identifier: TSESTree.Identifier, state: FileState, depth: number): Value {
  if (variable.defs.length !== 1) return unknown
  const definition = variable.defs[0]!
  const declared = isHeaderParameter(definition) ? undefined : declaredTypeValue(definition.name)
  if (declared) return declared
  switch (definition.type) {
    case 'Variable': {
      const declarator = definition.node
      const loop = declarator.parent.parent
      if (loop?.type === AST_NODE_TYPES.ForOfStatement || loop?.type === AST_NODE_TYPES.ForInStatement) return element
      if (isWrittenOnlyByDeclaration(variable) && declarator.init) {
        return projected(evaluate(declarator.init, state, depth), declarator.id, definition.name, state, depth)
      }
      return reassignedValue(variable, state, depth)
    }
    case 'Parameter':
      return parameterValue(definition.node, definition.name as TSESTree.Identifier, state, depth)
    case 'FunctionName':
    case 'ClassName':
    case 'CatchClause':
      return notToken
    case 'ImportBinding':
      // A module's default or namespace export is a module (`import jwt from 'jsonwebtoken'`), not a token.
      return definition.node.type === AST_NODE_TYPES.ImportSpecifier ? { kind: 'unknown', name: identifier.name } : notToken
    default:
      return unknown
  }
}

/**
 * What a type annotation says: a number, a boolean or an object type is not a token
 * string (`token: Token` of a lexer, `jwt: JwtService`). Properties of an object type
 * still follow their names.
 */
function declaredTypeValue(name: TSESTree.Node): Value | undefined {
  if (!('typeAnnotation' in name) || !name.typeAnnotation || name.typeAnnotation.type !== AST_NODE_TYPES.TSTypeAnnotation) return undefined
  const type = name.typeAnnotation.typeAnnotation
  switch (type.type) {
    case AST_NODE_TYPES.TSNumberKeyword:
    case AST_NODE_TYPES.TSBooleanKeyword:
    case AST_NODE_TYPES.TSBigIntKeyword:
    case AST_NODE_TYPES.TSVoidKeyword:
    case AST_NODE_TYPES.TSNullKeyword:
    case AST_NODE_TYPES.TSUndefinedKeyword:
    case AST_NODE_TYPES.TSFunctionType:
      return notToken
    case AST_NODE_TYPES.TSTypeReference:
    case AST_NODE_TYPES.TSTypeLiteral:
    case AST_NODE_TYPES.TSObjectKeyword:
    case AST_NODE_TYPES.TSArrayType:
      return { kind: 'record' }
    default:
      return undefined
  }
}

/** A variable written more than once: a token if any write is one, not one if none may be. */
function reassignedValue(variable: Variable, state: FileState, depth: number): Value {
  let result: Value = notToken
  for (const reference of variable.references) {
    if (!reference.isWrite()) continue
    const identifier = reference.identifier as TSESTree.Identifier
    const parent = identifier.parent
    let value: Value
    if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id === identifier) {
      value = parent.init ? evaluate(parent.init, state, depth) : notToken
    } else if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === identifier) {
      if (parent.operator === '=') value = evaluate(parent.right, state, depth)
      else if (parent.operator === '+=') {
        const origin = heldOrigin(evaluate(parent.right, state, depth), state)
        value = origin ? { kind: 'contains', origin } : notToken
      } else value = notToken
    } else {
      return unknown
    }
    if (heldOrigin(value, state)) return value
    if (value.kind !== 'not' && !readThroughIgnoredName(value, state)) result = value.kind === 'unknown' ? unknown : value
  }
  return result
}

/** The value bound to `target` inside the pattern `pattern` when the whole pattern gets `value`. */
function projected(value: Value, pattern: TSESTree.Node, target: TSESTree.Identifier, state: FileState, depth: number): Value {
  switch (pattern.type) {
    case AST_NODE_TYPES.Identifier:
      return pattern === target ? value : unknown
    case AST_NODE_TYPES.AssignmentPattern:
      return projected(value, pattern.left, target, state, depth)
    case AST_NODE_TYPES.ObjectPattern:
      for (const property of pattern.properties) {
        if (!containsNode(property, target)) continue
        if (property.type === AST_NODE_TYPES.RestElement) return unknown
        const name = property.computed ? getStringIfConstant(property.key, state.analysis.scopeOf(property)) : literalKeyName(property)
        if (name === null || name === undefined) return unknown
        return projected(readProperty(value, name, property.key, state, depth), property.value, target, state, depth)
      }
      return unknown
    case AST_NODE_TYPES.ArrayPattern:
      for (const [index, element] of pattern.elements.entries()) {
        if (!element || !containsNode(element, target)) continue
        if (element.type === AST_NODE_TYPES.RestElement) return unknown
        return projected(readProperty(value, String(index), element, state, depth), element, target, state, depth)
      }
      return unknown
    default:
      return unknown
  }
}

function containsNode(outer: TSESTree.Node, inner: TSESTree.Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1]
}

function parameterValue(fn: TSESTree.Node, name: TSESTree.Identifier, state: FileState, depth: number): Value {
  if (!isFunction(fn)) return unknown
  const index = fn.params.findIndex((parameter) => containsNode(parameter, name))
  const parameter = fn.params[index]
  if (!parameter) return unknown
  const base = parameterBase(fn, index, parameter, state, depth)
  if (parameter.type === AST_NODE_TYPES.TSParameterProperty) return base
  return projected(base, parameter, name, state, depth)
}

/** What the caller passes for parameter `index` of `fn`, when the call site is known. */
function parameterBase(fn: TSESTree.FunctionLike, index: number, parameter: TSESTree.Parameter, state: FileState, depth: number): Value {
  const decorated = headerDecoratorValue(parameter, state)
  if (decorated) return decorated
  const call = fn.parent
  if (call?.type === AST_NODE_TYPES.CallExpression && call.arguments.includes(fn as TSESTree.CallExpressionArgument)) {
    const callee = skipWrappers(call.callee)
    const method = callee.type === AST_NODE_TYPES.MemberExpression ? literalKeyName(callee) : undefined
    // `tokens.map((token) => ...)`: elements of a collection, such as lexer tokens; their properties still follow their names.
    if (method !== undefined && elementCallbackMethods.includes(method)) return element
    // `promise.then((token) => ...)`: what the promise resolves to.
    if (method === 'then' && index === 0 && call.arguments[0] === fn && callee.type === AST_NODE_TYPES.MemberExpression) {
      return evaluate(callee.object, state, depth)
    }
    // The result callback of a callback-style sign call: `jwt.sign(payload, key, (err, token) => ...)`.
    const reference = state.analysis.referenceAt(call)
    if (reference && state.signCalls.get(call) === 'token' && state.analysis.callback(reference) === fn && index === 1) {
      return { kind: 'token', origin: { source: 'sign', idToken: false, incoming: false, origin: call } }
    }
  }
  if (isClaimsCallbackParameter(fn, parameter)) return { kind: 'claims-callback' }
  return unknown
}

/** NestJS `@Headers('authorization') header: string`. */
function headerDecoratorValue(parameter: TSESTree.Parameter, state: FileState): Value | undefined {
  for (const decorator of decoratorsOf(parameter)) {
    const expression = decorator.expression
    if (expression.type !== AST_NODE_TYPES.CallExpression) continue
    const callee = skipWrappers(expression.callee)
    if (callee.type !== AST_NODE_TYPES.Identifier || !headerDecoratorNames.has(callee.name)) continue
    const header = expression.arguments[0] ? getStringIfConstant(expression.arguments[0], state.analysis.scopeOf(expression)) : null
    if (header === null) return { kind: 'headers', incoming: true, request: true, node: parameter }
    return isNameIn(header, credentialHeaders) ? incomingHeader(parameter) : unknown
  }
  return undefined
}

const headerDecoratorNames = new Set(headerParameterDecorators)

/** A NestJS `@Headers()` parameter holds what its decorator injects, whatever type it is declared with (`Record<string, string>`). */
function isHeaderParameter(definition: Variable['defs'][number]): boolean {
  if (definition.type !== 'Parameter' || definition.name.type !== AST_NODE_TYPES.Identifier) return false
  return decoratorsOf(definition.name).some((decorator) => {
    const expression = decorator.expression
    const callee = expression.type === AST_NODE_TYPES.CallExpression ? skipWrappers(expression.callee) : undefined
    return callee?.type === AST_NODE_TYPES.Identifier && headerDecoratorNames.has(callee.name)
  })
}

/** next-auth `callbacks: { jwt({ token }) {} }`: `token` is the decoded session, not a token. */
function isClaimsCallbackParameter(fn: TSESTree.FunctionLike, parameter: TSESTree.Parameter): boolean {
  const name = functionName(fn)
  if (name === undefined || !claimsCallbacks.functions.includes(name)) return false
  const property = fn.parent
  const container = property?.parent?.parent
  if (property?.type !== AST_NODE_TYPES.Property || container?.type !== AST_NODE_TYPES.Property) return false
  if (literalKeyName(container) !== claimsCallbacks.container) return false
  return parameter.type === AST_NODE_TYPES.ObjectPattern
}

function incomingHeader(origin: TSESTree.Node): Value {
  return { kind: 'header', origin: { source: 'authorization-header', idToken: false, incoming: true, origin } }
}

function memberValue(member: TSESTree.MemberExpression, state: FileState, depth: number): Value {
  const name = member.computed
    ? getStringIfConstant(member.property, state.analysis.scopeOf(member))
    : literalKeyName(member)
  const object = evaluate(member.object, state, depth)
  if (name === null || name === undefined) {
    if (object.kind === 'parts' || object.kind === 'unknown' || object.kind === 'object') return unknown
    return notToken
  }
  return readProperty(object, name, member, state, depth)
}

/** The value of `value[name]`, read at `node`. */
function readProperty(value: Value, name: string, node: TSESTree.Node, state: FileState, depth: number): Value {
  switch (value.kind) {
    case 'token':
    case 'header':
    case 'contains':
      // A property of a string (`length`, a character) is not the token.
      return notToken
    case 'parts': {
      const index = Number(name)
      return value.bearer && Number.isInteger(index) && index >= 1 ? { kind: 'token', origin: value.origin } : notToken
    }
    case 'cookie-entry':
      return name === 'value' ? { kind: 'token', origin: value.origin } : notToken
    case 'id-claims':
      return name === rawTokenProperty
        ? { kind: 'token', origin: { source: 'client', idToken: true, incoming: false, origin: node } }
        : notToken
    case 'headers':
      if (isNameIn(name, credentialHeaders)) {
        return value.incoming ? incomingHeader(node) : { kind: 'header', origin: { source: 'authorization-header', idToken: false, incoming: false, origin: node } }
      }
      return named(name, node, state)
    case 'cookies': {
      const verdict = named(name, node, state)
      return verdict.kind === 'token' ? { kind: 'token', origin: { ...verdict.origin, source: 'cookie' } } : verdict
    }
    case 'object':
      return objectProperty(value.node, name, node, state, depth)
    case 'array': {
      const index = Number(name)
      const element = Number.isInteger(index) ? value.node.elements[index] : undefined
      if (value.node.elements.some((item) => item?.type === AST_NODE_TYPES.SpreadElement)) return unknown
      return element ? evaluate(element, state, depth) : notToken
    }
    case 'not':
      return notToken
    case 'builder':
    case 'storage':
      return unknown
    case 'unknown':
      return unknownProperty(value, name, node, state)
    case 'record':
      return unknownProperty({}, name, node, state)
    case 'claims-callback':
      return name === claimsCallbacks.parameter ? { kind: 'record' } : unknownProperty({}, name, node, state)
  }
}

/** A property read from something unknown: request headers, cookies, or the name fallback. */
function unknownProperty(value: { readonly name?: string }, name: string, node: TSESTree.Node, state: FileState): Value {
  if (requestHeaderContainers.includes(name)) {
    return { kind: 'headers', incoming: !isOutgoingName(value.name), request: value.name !== undefined && requestObjectNames.includes(value.name), node }
  }
  if (cookieContainers.includes(name)) return { kind: 'cookies' }
  if (incomingTokenProperties.includes(name)) {
    return { kind: 'token', origin: { source: 'authorization-header', idToken: false, incoming: true, origin: node } }
  }
  // An element of a collection named in the plural (`tokens[0]`) is a lexer token or a counter, not a credential;
  // an element of something unnamed (`const [token, setToken] = useState()`) is known only by its own name.
  if (/^\d+$/u.test(name)) return value.name !== undefined && /s$/iu.test(value.name) ? element : unknown
  return named(name, node, state, value.name)
}

/** `config.headers`, `init.headers`: headers of a request this code sends, not of one it received. */
function isOutgoingName(name: string | undefined): boolean {
  return name !== undefined && outgoingRequestNames.includes(name)
}

function objectProperty(object: TSESTree.ObjectExpression, name: string, node: TSESTree.Node, state: FileState, depth: number): Value {
  for (let index = object.properties.length - 1; index >= 0; index--) {
    const property = object.properties[index]!
    if (property.type === AST_NODE_TYPES.SpreadElement) {
      const spread = readProperty(evaluate(property.argument, state, depth), name, node, state, depth)
      if (spread.kind !== 'not') return spread
      continue
    }
    const key = property.computed ? getStringIfConstant(property.key, state.analysis.scopeOf(property)) : literalKeyName(property)
    if (key === null || key === undefined) return unknown
    if (key !== name) continue
    if (property.kind !== 'init' || isFunction(property.value)) return notToken
    return renamed(evaluate(property.value, state, depth), name, property.key, state)
  }
  return notToken
}

function callValue(call: TSESTree.CallExpression, state: FileState, depth: number): Value {
  const signed = state.signCalls.get(call)
  if (signed === 'token') return { kind: 'token', origin: { source: 'sign', idToken: false, incoming: false, origin: call } }
  if (signed) return notToken
  // Other JWT APIs return claims, headers, verifiers or keys.
  if (state.analysis.referenceAt(call)) return notToken
  const callee = skipWrappers(call.callee)
  if (callee.type === AST_NODE_TYPES.Identifier) return functionCallValue(call, callee, state, depth)
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return unknown
  const method = callee.computed ? getStringIfConstant(callee.property, state.analysis.scopeOf(callee)) : literalKeyName(callee)
  if (method === null || method === undefined) return unknown
  if (maskingCalleePattern.test(method) || isNonCredentialCall(call, method, callee.object)) return notToken
  if (skipWrappers(callee.object).type === AST_NODE_TYPES.ThisExpression) {
    const own = ownMethod(call, method)
    const signed = own && signedResult(own, state, depth)
    if (signed) return signed
  }
  // `JSON.stringify(value)` is the value written out: it holds whatever the value holds.
  if (method === 'stringify' && isGlobalRead(skipWrappers(callee.object), 'JSON', state.analysis.scopeOf)) {
    return call.arguments[0] ? joined([call.arguments[0]], state, depth) : notToken
  }
  return methodCallValue(call, evaluate(callee.object, state, depth), method, state)
}

function functionCallValue(call: TSESTree.CallExpression, callee: TSESTree.Identifier, state: FileState, depth: number): Value {
  const { analysis } = state
  const first = call.arguments[0]
  if (maskingCalleePattern.test(callee.name) || isNonCredentialCall(call, callee.name, undefined)) return notToken
  const claims = claimsFunctionCall(call, callee, state)
  if (claims) return claims
  if (keepingFunctions.some((name) => isGlobalRead(callee, name, analysis.scopeOf))) {
    if (!first) return notToken
    const argument = evaluate(first, state, depth)
    return argument.kind === 'token' || argument.kind === 'header' ? argument : joined([first], state, depth)
  }
  if (['Boolean', 'Number', 'require', 'parseInt', 'parseFloat'].some((name) => isGlobalRead(callee, name, analysis.scopeOf))) return notToken
  const client = Object.hasOwn(tokenReturningCalls, callee.name) ? tokenReturningCalls[callee.name] : undefined
  if (client) return { kind: 'token', origin: { source: 'client', idToken: client.idToken, incoming: false, origin: call } }
  if (idTokenClaimsCalls.includes(callee.name)) return { kind: 'id-claims', node: call }
  // Next.js `headers()` and `cookies()` from `next/headers`.
  if (call.arguments.length === 0 && requestHeaderContainers.includes(callee.name)) return { kind: 'headers', incoming: true, request: true, node: call }
  if (call.arguments.length === 0 && cookieContainers.includes(callee.name)) return { kind: 'cookies' }
  const cookieArgument = Object.hasOwn(cookieGetterFunctions, callee.name) ? call.arguments[cookieGetterFunctions[callee.name]!] : undefined
  if (cookieArgument) return cookieNamed(cookieArgument, call, state)
  // A local signer: `const signer = createSigner(...); signer(payload)`.
  const target = evaluateCallee(callee, state)
  if (target === 'signer') return { kind: 'token', origin: { source: 'sign', idToken: false, incoming: false, origin: call } }
  const local = functionValue(callee, analysis)
  return (local && signedResult(local, state, depth)) ?? unknown
}

/**
 * The token a function of this file signs and returns (`function issue(user) { return jwt.sign(...) }`),
 * as the token its call gives; undefined when it returns anything else or several things.
 */
function signedResult(fn: TSESTree.FunctionLike, state: FileState, depth: number): Value | undefined {
  const known = state.signedResults.get(fn)
  if (known !== undefined) return known ?? undefined
  const returned = returnedExpression(fn, state.analysis.sourceCode.visitorKeys)
  const value = returned && evaluate(returned, state, depth)
  const signed = value?.kind === 'token' && value.origin.source === 'sign' ? value : undefined
  state.signedResults.set(fn, signed ?? null)
  return signed
}

/**
 * The method `this.name(...)` calls, when the class whose method the call is in defines it: `this` is
 * that of the nearest enclosing function that is not an arrow, which must be a method of the class
 * (static methods reach static methods).
 */
function ownMethod(call: TSESTree.CallExpression, name: string): TSESTree.FunctionExpression | undefined {
  let current: TSESTree.Node | undefined = call.parent
  while (current && (!isFunction(current) || current.type === AST_NODE_TYPES.ArrowFunctionExpression)) current = current.parent
  const enclosing = current?.parent
  if (enclosing?.type !== AST_NODE_TYPES.MethodDefinition) return undefined
  const method = enclosing.parent.body.find(
    (member): member is TSESTree.MethodDefinition =>
      member.type === AST_NODE_TYPES.MethodDefinition &&
      member.kind === 'method' &&
      member.static === enclosing.static &&
      !member.computed &&
      member.key.type === AST_NODE_TYPES.Identifier &&
      member.key.name === name,
  )
  return method?.value.type === AST_NODE_TYPES.FunctionExpression ? method.value : undefined
}

/** A push, captcha, CSRF, payment or lexer token: told by the callee, its receiver or an identifier argument. */
function isNonCredentialCall(call: TSESTree.CallExpression, name: string, receiver: TSESTree.Node | undefined): boolean {
  if (nonCredentialCallPattern.test(name)) return true
  const object = receiver ? skipWrappers(receiver) : undefined
  const receiverName =
    object?.type === AST_NODE_TYPES.Identifier
      ? object.name
      : object?.type === AST_NODE_TYPES.MemberExpression
        ? literalKeyName(object)
        : object?.type === AST_NODE_TYPES.CallExpression
          ? calleeName(object)
          : undefined
  if (receiverName !== undefined && nonCredentialCallPattern.test(receiverName)) return true
  return call.arguments.some((argument) => argument.type === AST_NODE_TYPES.Identifier && nonCredentialCallPattern.test(argument.name))
}

/** next-auth `getToken({ req })`: decoded claims, or the raw token with `raw: true`. */
function claimsFunctionCall(call: TSESTree.CallExpression, callee: TSESTree.Identifier, state: FileState): Value | undefined {
  const variable = findVariable(state.analysis.scopeOf(callee), callee)
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined
  if (definition?.type !== 'ImportBinding' || definition.parent.type !== AST_NODE_TYPES.ImportDeclaration) return undefined
  const source = definition.parent.source.value
  const imported = definition.node.type === AST_NODE_TYPES.ImportSpecifier ? definition.node.imported : undefined
  const importedName = imported?.type === AST_NODE_TYPES.Identifier ? imported.name : imported?.value
  const claims = claimsFunctions.find((candidate) => candidate.modules.includes(source) && candidate.name === importedName)
  if (!claims) return undefined
  const options = call.arguments[0]
  const raw = options && options.type !== AST_NODE_TYPES.SpreadElement ? evaluateObject(options, state.analysis).property(claims.rawOption) : undefined
  const rawValue = raw?.presence === 'present' && raw.values.length === 1 ? getStaticValue(raw.values[0]!, state.analysis.scopeOf(call))?.value : undefined
  if (rawValue === true) return { kind: 'token', origin: { source: 'client', idToken: false, incoming: true, origin: call } }
  return raw === undefined || raw.presence === 'absent' || rawValue === false ? { kind: 'record' } : unknown
}

/** Whether an identifier holds a signer function returned by a sign factory. */
function evaluateCallee(callee: TSESTree.Identifier, state: FileState): 'signer' | undefined {
  const variable = findVariable(state.analysis.scopeOf(callee), callee)
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined
  if (definition?.type !== 'Variable' || definition.node.id !== definition.name || !definition.node.init) return undefined
  const init = skipWrappers(definition.node.init)
  return state.signCalls.get(init) === 'signer' ? 'signer' : undefined
}

function cookieNamed(argument: TSESTree.Node, call: TSESTree.Node, state: FileState): Value {
  const cookie = getStringIfConstant(argument, state.analysis.scopeOf(argument))
  if (cookie === null) return unknown
  const verdict = named(cookie, call, state)
  return verdict.kind === 'token' ? { kind: 'token', origin: { ...verdict.origin, source: 'cookie' } } : notToken
}

function methodCallValue(call: TSESTree.CallExpression, receiver: Value, method: string, state: FileState): Value {
  const args = call.arguments
  switch (receiver.kind) {
    case 'token':
    case 'header':
    case 'contains':
      return stringMethodValue(call, receiver, method, state)
    case 'parts':
      if (receiver.bearer && (method === 'pop' || (method === 'at' && staticNumber(args[0], state) !== 0))) {
        return { kind: 'token', origin: receiver.origin }
      }
      return notToken
    case 'builder':
      if (method === receiver.finish) return { kind: 'token', origin: { source: 'sign', idToken: false, incoming: false, origin: call } }
      return receiver
    case 'headers':
      if (!headerGetters.includes(method) || !args[0]) return notToken
      return headerNamed(args[0], call, receiver.incoming, state)
    case 'cookies':
      return method === 'get' && args[0] ? cookieEntry(cookieNamed(args[0], call, state)) : unknown
    case 'storage':
      return method === 'getItem' && args[0] ? storageRead(args[0], call, state) : unknown
    case 'not':
    case 'id-claims':
    case 'cookie-entry':
    case 'object':
    case 'array':
      return notToken
    case 'unknown':
      return unknownMethodValue(call, receiver, method, state)
    case 'record':
      // `new Lexer(source).next()`
      if (receiver.className !== undefined && nonCredentialCallPattern.test(receiver.className)) return notToken
      return unknownMethodValue(call, {}, method, state)
    case 'claims-callback':
      return unknownMethodValue(call, {}, method, state)
  }
}

function unknownMethodValue(call: TSESTree.CallExpression, receiver: { readonly name?: string }, method: string, state: FileState): Value {
  const client = Object.hasOwn(tokenReturningCalls, method) ? tokenReturningCalls[method] : undefined
  if (client) return { kind: 'token', origin: { source: 'client', idToken: client.idToken, incoming: false, origin: call } }
  if (idTokenClaimsCalls.includes(method)) return { kind: 'id-claims', node: call }
  if (rawTokenMethods.includes(method)) return rawTokenOf(call, state)
  const key = call.arguments[0]
  if (method === 'getItem' && key) return storageRead(key, call, state)
  if (headerGetters.includes(method) && key) {
    // `req.get('Authorization')`, `c.req.header('Authorization')`; a token-named key of a map is the name fallback.
    const header = headerNamed(key, call, !isOutgoingName(receiver.name), state)
    if (header.kind === 'header' || method !== 'get') return header.kind === 'header' ? header : unknown
    const name = getStringIfConstant(key, state.analysis.scopeOf(key))
    return name === null ? unknown : named(name, call, state, receiver.name)
  }
  // The method name is a hint for what the result is: `context.switchToHttp().getRequest()`.
  return { kind: 'unknown', name: method }
}

/** Cognito `session.getIdToken().getJwtToken()`: an ID token when read from `getIdToken()`. */
function rawTokenOf(call: TSESTree.CallExpression, state: FileState): Value {
  const callee = skipWrappers(call.callee) as TSESTree.MemberExpression
  const receiver = skipWrappers(callee.object)
  const receiverMethod =
    receiver.type === AST_NODE_TYPES.CallExpression && skipWrappers(receiver.callee).type === AST_NODE_TYPES.MemberExpression
      ? literalKeyName(skipWrappers(receiver.callee) as TSESTree.MemberExpression)
      : undefined
  const idToken = receiverMethod !== undefined && classifyName(receiverMethod.replace(/^get/u, ''), state.names) === 'idToken'
  return { kind: 'token', origin: { source: 'client', idToken, incoming: false, origin: call } }
}

function headerNamed(argument: TSESTree.Node, call: TSESTree.Node, incoming: boolean, state: FileState): Value {
  const header = getStringIfConstant(argument, state.analysis.scopeOf(argument))
  if (header === null) return unknown
  if (!isNameIn(header, credentialHeaders)) return notToken
  return { kind: 'header', origin: { source: 'authorization-header', idToken: false, incoming, origin: call } }
}

function cookieEntry(value: Value): Value {
  // Koa `ctx.cookies.get()` returns the string, Next.js `cookies().get()` an entry whose `value` is it.
  return value.kind === 'token' ? { kind: 'cookie-entry', origin: value.origin } : value
}

function storageRead(argument: TSESTree.Node, call: TSESTree.Node, state: FileState): Value {
  const key = getStringIfConstant(argument, state.analysis.scopeOf(argument))
  if (key === null) return unknown
  const verdict = named(key, call, state)
  return verdict.kind === 'token' ? { kind: 'token', origin: { ...verdict.origin, source: 'storage' } } : notToken
}

/** A string method called on a token or header: some keep it, some strip `Bearer `, the rest make something else. */
function stringMethodValue(
  call: TSESTree.CallExpression,
  receiver: Extract<Value, { kind: 'token' | 'header' | 'contains' }>,
  method: string,
  state: FileState,
): Value {
  const args = call.arguments
  const stripped: Value = { kind: 'token', origin: receiver.origin }
  if (keepingStringMethods.includes(method) || rawTokenMethods.includes(method)) return receiver
  if (prefixStrippingMethods.includes(method)) {
    if (args.length !== 1) return notToken
    const start = staticNumber(args[0], state)
    return start === undefined || start >= 0 ? stripped : notToken
  }
  if (replacingMethods.includes(method)) {
    const replacement = args[1] ? getStaticValue(args[1], state.analysis.scopeOf(call))?.value : undefined
    return replacement === '' && mentionsBearer(args[0], state) ? stripped : receiver.kind === 'contains' ? receiver : notToken
  }
  if (method === 'split') {
    return { kind: 'parts', origin: receiver.origin, bearer: isSchemeSeparator(args[0], state) }
  }
  if (method === 'match') return { kind: 'parts', origin: receiver.origin, bearer: true }
  return notToken
}

/** `'Bearer '`, `/^Bearer\s+/i`: a pattern that removes the scheme. */
function mentionsBearer(node: TSESTree.Node | undefined, state: FileState): boolean {
  if (!node) return false
  const unwrapped = skipWrappers(node)
  if (unwrapped.type === AST_NODE_TYPES.Literal && 'regex' in unwrapped && unwrapped.regex) return /bearer/iu.test(unwrapped.regex.pattern)
  const text = getStringIfConstant(unwrapped, state.analysis.scopeOf(unwrapped))
  return text !== null && /bearer/iu.test(text)
}

/** `' '`, `'Bearer '`, `/\s+/`: splitting on the scheme separator puts the token at index 1. */
function isSchemeSeparator(node: TSESTree.Node | undefined, state: FileState): boolean {
  if (!node) return false
  const unwrapped = skipWrappers(node)
  if (unwrapped.type === AST_NODE_TYPES.Literal && 'regex' in unwrapped && unwrapped.regex) {
    return /^(\\s|\s|bearer)/iu.test(unwrapped.regex.pattern)
  }
  const text = getStringIfConstant(unwrapped, state.analysis.scopeOf(unwrapped))
  return text !== null && /^\s*(bearer\s*)?$/iu.test(text) && text.length > 0
}

function staticNumber(node: TSESTree.Node | undefined, state: FileState): number | undefined {
  if (!node || node.type === AST_NODE_TYPES.SpreadElement) return undefined
  const value = getStaticValue(node, state.analysis.scopeOf(node))?.value
  return typeof value === 'number' ? value : undefined
}
