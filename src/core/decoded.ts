/**
 * Which part of a token a value holds when it comes from an unverified decode:
 * a library decode, a hand-rolled `JSON.parse(atob(token.split('.')[1]))`, or
 * a parameter of a key callback, which the library fills before verifying.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'
import { headerSegment, payloadSegment, base64Globals, bufferEncodings } from '../model/manual-decode.js'
import type { JwtApi, ResultSelector } from '../model/types.js'
import { literalKeyName, skipWrappers } from './ast.js'
import type { FileContext } from './context.js'
import { isGlobalRead } from './globals.js'
import { keyCallbackValue } from './key-callbacks.js'
import type { JwtReference } from './references.js'
import { evaluateObject, staticValue } from './static-object.js'
import { valueRoot } from './value-root.js'

export type TokenPart = 'header' | 'payload'

export interface DecodedValue {
  readonly part: TokenPart
  /** Path below the header or payload. */
  readonly path: readonly string[]
  /** The decode call the value comes from, or the key callback parameter that receives it. */
  readonly source: TSESTree.Node
}

/** What a decode returns: a token part, `{ header, payload, signature }`, or either of the payload and that. */
export type DecodeResult = TokenPart | 'complete' | 'payload-or-complete'

/** What a decode call returns: the header, the payload or `{ header, payload, signature }`. */
export function decodeResult(reference: JwtReference, context: FileContext): DecodeResult {
  if (reference.api.kind === 'decodeHeader') return 'header'
  const selected = reference.api.resultSelectors?.find((selector) => selectorApplies(reference, selector, context))
  return selected?.result ?? reference.api.result ?? 'payload'
}

function selectorApplies(reference: JwtReference, selector: ResultSelector, context: FileContext): boolean {
  const source = selector.onFactory ? reference.factory : reference
  const index = source?.api.args.options
  if (!source || index === undefined || source.node.type !== AST_NODE_TYPES.CallExpression) return false
  const facts = evaluateObject(source.node.arguments[index], context).property(selector.option)
  return (
    facts.presence === 'present' &&
    facts.values.length > 0 &&
    facts.values.every((value) => staticValue(value, context)?.value === selector.value)
  )
}

/** Which token part the property `name` of a complete decode result holds (`payload`, or jsrsasign's `payloadObj`). */
export function completePart(api: JwtApi | undefined, name: string | undefined): TokenPart | undefined {
  const parts = api?.completeParts ?? { header: 'header', payload: 'payload' }
  if (name === parts.header) return 'header'
  if (name === parts.payload) return 'payload'
  return undefined
}

/** A call that returns claims without checking the signature. */
export function isUnverifiedDecode(reference: JwtReference, context: FileContext): boolean {
  if (reference.api.kind === 'decode') return true
  const index = reference.api.args.noVerify
  if (index === undefined || reference.node.type !== AST_NODE_TYPES.CallExpression) return false
  const argument = reference.node.arguments[index]
  return argument !== undefined && Boolean(staticValue(argument, context)?.value)
}

/** The decoded token part `node` holds, traced through local variables. */
export function decodedValue(node: TSESTree.Node, context: FileContext): DecodedValue | undefined {
  const { root, path } = valueRoot(node, context)
  if (root.type === AST_NODE_TYPES.Identifier) {
    // A key callback's parameter: the library passes it the token before checking it.
    const received = keyCallbackValue(root, path, context)
    return received && { part: received.part, path: received.path, source: received.parameter }
  }
  if (root.type !== AST_NODE_TYPES.CallExpression) return undefined
  const reference = context.referenceAt(root)
  if (reference) {
    if (!isUnverifiedDecode(reference, context) && reference.api.kind !== 'decodeHeader') return undefined
    const result = decodeResult(reference, context)
    if (result === 'header' || result === 'payload') return { part: result, path, source: root }
    const [name, ...rest] = path
    const part = completePart(reference.api, name)
    if (part) return { part, path: rest, source: root }
    return result === 'payload-or-complete' ? { part: 'payload', path, source: root } : undefined
  }
  const segment = manualDecodeSegment(root, context)
  if (segment === headerSegment) return { part: 'header', path, source: root }
  if (segment === payloadSegment) return { part: 'payload', path, source: root }
  return undefined
}

/** For `JSON.parse(<base64 decode of token.split('.')[i]>)`, the segment index `i`. */
export function manualDecodeSegment(call: TSESTree.CallExpression, context: FileContext): number | undefined {
  if (!isJsonParse(call, context)) return undefined
  let current: TSESTree.Node | undefined = call.arguments[0]
  let decodedBase64 = false
  for (let step = 0; current && step < 12; step++) {
    const traced = valueRoot(current, context)
    const node = traced.path.length === 0 ? traced.root : skipWrappers(current)
    if (node.type !== AST_NODE_TYPES.CallExpression) break
    const unwrapped = unwrapDecoding(node, context)
    if (unwrapped) {
      decodedBase64 ||= unwrapped.base64
      current = unwrapped.inner
      continue
    }
    break
  }
  if (!decodedBase64 || !current) return undefined
  const { root, path } = valueRoot(current, context)
  if (path.length !== 1 || !isSplitOnDot(root, context)) return undefined
  const index = Number(path[0])
  return Number.isInteger(index) ? index : undefined
}

function isJsonParse(call: TSESTree.CallExpression, context: FileContext): boolean {
  const callee = skipWrappers(call.callee)
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    literalKeyName(callee) === 'parse' &&
    isGlobalRead(callee.object, 'JSON', context.scopeOf)
  )
}

/** One decoding step: `atob(x)`, `Buffer.from(x, 'base64')`, `x.toString()`, `decodeURIComponent(x)`. */
function unwrapDecoding(
  call: TSESTree.CallExpression,
  context: FileContext,
): { inner: TSESTree.Node; base64: boolean } | undefined {
  const callee = skipWrappers(call.callee)
  const first = call.arguments[0]
  if (callee.type === AST_NODE_TYPES.Identifier) {
    if (!first) return undefined
    if (base64Globals.some((name) => isGlobalRead(callee, name, context.scopeOf))) return { inner: first, base64: true }
    if (['decodeURIComponent', 'escape', 'unescape'].some((name) => isGlobalRead(callee, name, context.scopeOf))) {
      return { inner: first, base64: false }
    }
    return undefined
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined
  const method = literalKeyName(callee)
  if (method === 'toString') return { inner: callee.object, base64: false }
  if (method === 'from' && first && isGlobalRead(callee.object, 'Buffer', context.scopeOf)) {
    const encoding = call.arguments[1] ? staticValue(call.arguments[1], context)?.value : undefined
    return typeof encoding === 'string' && bufferEncodings.includes(encoding) ? { inner: first, base64: true } : undefined
  }
  return undefined
}

function isSplitOnDot(node: TSESTree.Node, context: FileContext): boolean {
  if (node.type !== AST_NODE_TYPES.CallExpression) return false
  const callee = skipWrappers(node.callee)
  const separator = node.arguments[0]
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    literalKeyName(callee) === 'split' &&
    separator !== undefined &&
    staticValue(separator, context)?.value === '.'
  )
}
