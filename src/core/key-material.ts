/**
 * What key material an expression holds when it is written in the code: a
 * string literal, a constant initialized with one, a template literal without
 * expressions, the same inside a key wrapper (`Buffer.from('...')`,
 * `new TextEncoder().encode('...')`, `createSecretKey('...')`), a JSON Web Key
 * object, or a literal fallback after a runtime value (`process.env.X || '...'`).
 * Keys read from files, the environment, a key store or any other call are
 * not written in the code: they yield nothing.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'
import type { KeyWrapper } from '../model/key-wrappers.js'
import type { SecretEncoding } from '../model/types.js'
import { literalKeyName, skipWrappers } from './ast.js'
import { constantInitializer, type EvaluationContext, singleAssignmentVariable } from './bindings.js'
import { getStringIfConstant } from './eslint-utils.js'
import type { KeyWrapperCalls } from './key-wrapper-calls.js'
import type { JwtReference } from './references.js'
import { evaluateObject, staticValue } from './static-object.js'

export type KeyMaterialKind =
  /** An HMAC secret (any text that is not a PEM key or certificate). */
  | 'secret'
  | 'private-key'
  /** A public key or certificate: not a secret. */
  | 'public-key'

export interface WrittenKey {
  /** The literal (or constant expression) that holds the key material; reports go here. */
  readonly node: TSESTree.Node
  readonly text: string
  readonly kind: KeyMaterialKind
  /** The key's length in bytes as the library reads it; undefined when the encoding cannot be told. */
  readonly bytes: number | undefined
  /** When the literal only stands in for a runtime value that may be unset: that value (`process.env.JWT_SECRET`). */
  readonly fallbackFor: TSESTree.Node | undefined
}

export interface KeyMaterialContext extends EvaluationContext {
  readonly wrapperCalls: KeyWrapperCalls
  /** The JWT API used at a node: key imports (`importJWK(jwk)`) are followed to their material. */
  referenceAt(node: TSESTree.Node): JwtReference | undefined
}

/** How text becomes key bytes at this point. */
type Decoding = SecretEncoding | 'base64url' | { readonly buffer: string } | 'unknown'

const maxDepth = 12

/** Every key literal `node` may evaluate to, on any path. */
export function writtenKeys(node: TSESTree.Node, context: KeyMaterialContext, encoding: SecretEncoding = 'utf8'): WrittenKey[] {
  return resolve(node, context, { decoding: encoding, fallbackFor: undefined, kind: undefined }, 0)
}

interface State {
  readonly decoding: Decoding
  readonly fallbackFor: TSESTree.Node | undefined
  /** Set inside a JWK, where the member (`k` or `d`) says what the text is. */
  readonly kind: KeyMaterialKind | undefined
}

function resolve(raw: TSESTree.Node, context: KeyMaterialContext, state: State, depth: number): WrittenKey[] {
  if (depth > maxDepth) return []
  const node = skipWrappers(raw)
  const next = (child: TSESTree.Node, nextState: State = state): WrittenKey[] => resolve(child, context, nextState, depth + 1)
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      return typeof node.value === 'string' ? written(node, node.value, state) : []
    case AST_NODE_TYPES.TemplateLiteral:
      return node.expressions.length === 0 ? written(node, node.quasis[0]?.value.cooked ?? '', state) : []
    case AST_NODE_TYPES.AwaitExpression:
      return next(node.argument)
    case AST_NODE_TYPES.Identifier: {
      const init = initializer(node, context)
      return init ? next(init) : []
    }
    case AST_NODE_TYPES.MemberExpression:
      return memberValues(node, context).flatMap((value) => next(value))
    case AST_NODE_TYPES.ConditionalExpression: {
      const test = staticValue(node.test, context)
      if (test) return next(test.value ? node.consequent : node.alternate)
      return [...next(node.consequent), ...next(node.alternate)]
    }
    case AST_NODE_TYPES.LogicalExpression:
      return logical(node, context, state, depth)
    case AST_NODE_TYPES.ArrayExpression:
      // koa-jwt takes a list of secrets and accepts a token signed with any of them.
      return node.elements.flatMap((element) => (element && element.type !== AST_NODE_TYPES.SpreadElement ? next(element) : []))
    case AST_NODE_TYPES.ObjectExpression:
      return jwkValues(node, context).flatMap(([value, kind]) => next(value, { ...state, decoding: 'base64url', kind }))
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression: {
      const wrapped = wrappedValue(node, context)
      if (wrapped) return next(wrapped.value, { ...state, decoding: wrapped.decoding })
      return importedMaterial(node, context).flatMap((material) => next(material))
    }
    default:
      return constantText(node, context, state)
  }
}

/**
 * A string built only from literals and constants (`'dev-' + 'secret'`). Property
 * reads and calls are left out: the evaluator does not see an object changed later.
 */
function constantText(node: TSESTree.Node, context: KeyMaterialContext, state: State): WrittenKey[] {
  if (!isPlainConstantExpression(node)) return []
  const known = staticValue(node, context)
  return typeof known?.value === 'string' ? written(node, known.value, state) : []
}

function isPlainConstantExpression(raw: TSESTree.Node): boolean {
  const node = skipWrappers(raw)
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.Identifier:
      return true
    case AST_NODE_TYPES.TemplateLiteral:
      return node.expressions.every(isPlainConstantExpression)
    case AST_NODE_TYPES.BinaryExpression:
      return node.operator === '+' && isPlainConstantExpression(node.left) && isPlainConstantExpression(node.right)
    default:
      return false
  }
}

function written(node: TSESTree.Node, text: string, state: State): WrittenKey[] {
  // An empty key is a missing key, which no-none-algorithm reports where it matters.
  if (text === '') return []
  return [{ node, text, kind: state.kind ?? textKind(text), bytes: byteLength(text, state.decoding), fallbackFor: state.fallbackFor }]
}

/**
 * `a || 'literal'` and `a ?? 'literal'`: when `a` is a runtime value, the literal
 * is a fallback that is used whenever `a` is unset.
 */
function logical(node: TSESTree.LogicalExpression, context: KeyMaterialContext, state: State, depth: number): WrittenKey[] {
  if (node.operator === '&&') return []
  const left = staticValue(node.left, context)
  if (left) {
    const leftWins = node.operator === '||' ? Boolean(left.value) : left.value !== undefined && left.value !== null
    return resolve(leftWins ? node.left : node.right, context, state, depth + 1)
  }
  return [
    ...resolve(node.left, context, state, depth + 1),
    ...resolve(node.right, context, { ...state, fallbackFor: state.fallbackFor ?? node.left }, depth + 1),
  ]
}

/**
 * The initializer of a variable written once, at its declaration. A string cannot
 * change after that; an object can, so objects must also never be mutated.
 */
function initializer(identifier: TSESTree.Identifier, context: KeyMaterialContext): TSESTree.Expression | undefined {
  const variable = singleAssignmentVariable(identifier, context)
  const declarator = variable?.defs[0]?.node
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) {
    return undefined
  }
  const init = skipWrappers(declarator.init)
  if (init.type === AST_NODE_TYPES.ObjectExpression || init.type === AST_NODE_TYPES.ArrayExpression) {
    return constantInitializer(identifier, context)
  }
  return declarator.init
}

/** The values `object.name` may hold when `object` is a constant object literal. */
function memberValues(member: TSESTree.MemberExpression, context: KeyMaterialContext): readonly TSESTree.Node[] {
  const name = member.computed ? (getStringIfConstant(member.property, context.scopeOf(member)) ?? undefined) : literalKeyName(member)
  if (name === undefined) return []
  const facts = evaluateObject(member.object, context).property(name)
  return facts.presence === 'present' || facts.presence === 'maybe' ? facts.values : []
}

/**
 * The secret parts of a JSON Web Key: `k` of an `oct` key, `d` of a private
 * RSA, EC or OKP key. A public JWK has none.
 */
function jwkValues(node: TSESTree.Node, context: KeyMaterialContext): [TSESTree.Node, KeyMaterialKind][] {
  const jwk = evaluateObject(node, context)
  const kty = singleValue(jwk.property('kty'))
  const type = kty ? staticValue(kty, context)?.value : undefined
  if (type === 'oct') {
    const k = singleValue(jwk.property('k'))
    return k ? [[k, 'secret']] : []
  }
  if (type === 'RSA' || type === 'EC' || type === 'OKP') {
    const d = singleValue(jwk.property('d'))
    return d ? [[d, 'private-key']] : []
  }
  return []
}

function singleValue(facts: { presence: string; values: readonly TSESTree.Node[] }): TSESTree.Node | undefined {
  return facts.presence === 'present' && facts.values.length === 1 ? facts.values[0] : undefined
}

interface WrappedValue {
  readonly value: TSESTree.Node
  readonly decoding: Decoding
}

/** The key material argument of a wrapper call, and how the wrapper decodes it. */
function wrappedValue(call: TSESTree.CallExpression | TSESTree.NewExpression, context: KeyMaterialContext): WrappedValue | undefined {
  const direct = context.wrapperCalls.get(call)
  // A `new TextEncoder()` wraps nothing itself; its `encode` calls do.
  const wrapper = direct ? (direct.method === undefined ? direct : undefined) : instanceMethodWrapper(call, context)
  if (!wrapper) return undefined
  const args = call.arguments
  if (args.slice(0, wrapper.value + 1).some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return undefined
  const value = args[wrapper.value]
  if (!value) return undefined
  return { value, decoding: wrapperDecoding(call, wrapper, context) }
}

/** What a JWT library's key import is given (`importJWK(jwk)`, `importPKCS8(pem)`), from its model. */
function importedMaterial(call: TSESTree.CallExpression | TSESTree.NewExpression, context: KeyMaterialContext): TSESTree.Node[] {
  const reference = context.referenceAt(call)
  const source = reference?.api.kind === 'keySource' ? reference.api.keySourceOptions : undefined
  const index = source?.materialArgument
  if (index === undefined) return []
  const args = call.arguments.slice(0, index + 1)
  const argument = args[index]
  if (!argument || args.some((candidate) => candidate.type === AST_NODE_TYPES.SpreadElement)) return []
  if (!source!.materialOption) return [argument]
  const option = evaluateObject(argument, context).property(source!.materialOption)
  return option.presence === 'present' ? [...option.values] : []
}

/** `encoder.encode(text)` where `encoder` is a `new TextEncoder()`, inline or through a variable. */
function instanceMethodWrapper(call: TSESTree.CallExpression | TSESTree.NewExpression, context: KeyMaterialContext): KeyWrapper | undefined {
  if (call.type !== AST_NODE_TYPES.CallExpression) return undefined
  const callee = skipWrappers(call.callee)
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined
  const method = literalKeyName(callee)
  let receiver = skipWrappers(callee.object)
  if (receiver.type === AST_NODE_TYPES.Identifier) {
    const init = singleAssignmentVariable(receiver, context)?.defs[0]?.node
    if (init?.type !== AST_NODE_TYPES.VariableDeclarator || !init.init) return undefined
    receiver = skipWrappers(init.init)
  }
  const wrapper = context.wrapperCalls.get(receiver)
  return wrapper?.method !== undefined && wrapper.method === method ? wrapper : undefined
}

function wrapperDecoding(call: TSESTree.CallExpression | TSESTree.NewExpression, wrapper: KeyWrapper, context: KeyMaterialContext): Decoding {
  if (wrapper.encodingArgument === undefined) return 'utf8'
  const argument = call.arguments[wrapper.encodingArgument]
  if (!argument) return 'utf8'
  const encoding = staticValue(argument, context)?.value
  return typeof encoding === 'string' ? { buffer: encoding } : 'unknown'
}

const privateKeyPem = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/u
const publicKeyPem = /-----BEGIN (?:(?:RSA |EC )?PUBLIC KEY|CERTIFICATE)-----/u

function textKind(text: string): KeyMaterialKind {
  if (privateKeyPem.test(text)) return 'private-key'
  if (publicKeyPem.test(text)) return 'public-key'
  return 'secret'
}

const hexText = /^(?:[0-9a-f]{2})+$/iu

function byteLength(text: string, decoding: Decoding): number | undefined {
  if (decoding === 'unknown') return undefined
  if (decoding === 'utf8') return Buffer.byteLength(text, 'utf8')
  if (decoding === 'base64url') return Buffer.from(text, 'base64url').length
  // jsrsasign's Mac.setPassword: even-length hex is decoded, anything else is one byte per UTF-16 unit.
  if (decoding === 'hex-or-raw') return hexText.test(text) ? text.length / 2 : text.length
  return Buffer.isEncoding(decoding.buffer) ? Buffer.from(text, decoding.buffer).length : undefined
}
