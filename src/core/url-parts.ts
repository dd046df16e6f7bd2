/**
 * Where in a URL a token is written, for a string built by a template literal or
 * by concatenation: `?access_token=${t}` is the query, `#access_token=${t}` the
 * fragment, `${api}/sessions/${t}` the path. A string is read as a URL only on
 * clear evidence (a `?name=` or `#name=` right before the token, a scheme, or a
 * place that takes a URL), so that messages and form bodies stay silent.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'
import { skipWrappers } from './ast.js'
import { constantInitializer, type EvaluationContext } from './bindings.js'
import { getStaticValue } from './eslint-utils.js'

export type UrlPart = 'query' | 'fragment' | 'path'

export interface UrlPiece {
  /** The expression written into the URL. */
  readonly node: TSESTree.Node
  readonly part: UrlPart
  /** The query or fragment parameter it is the value of, when it has a name. */
  readonly parameter: string | undefined
}

export interface UrlString {
  readonly pieces: readonly UrlPiece[]
  /** All of the string's static text, for telling what the URL is for (worked out when asked). */
  staticText(): string
}

/** Stands for an unknown part of the string. */
const placeholder = '\u0000'
const maxDepth = 8

/**
 * The expressions of a built string, with where each would land in a URL. `isUrl` says the string is used as a URL.
 * An expression's value is only worked out when it can matter: when the expression would land in the URL,
 * or when a later expression's place depends on it. Most strings of a file are not URLs (`'Failed: ' + reason`,
 * `i + 1`), and whitespace after an expression ends any dependence on it, so this spares evaluating most of them.
 */
export function urlPieces(node: TSESTree.Node, context: EvaluationContext, isUrl: boolean): UrlString {
  const parts: (string | TSESTree.Node)[] = []
  flatten(node, context, parts, 0, false)
  const lastExpression = parts.findLastIndex((part) => typeof part !== 'string')
  const pieces: UrlPiece[] = []
  /** Expressions passed over, in order, whose value no later expression has needed yet. */
  let deferred: number[] = []
  let before = ''
  for (const [index, part] of parts.entries()) {
    if (typeof part === 'string') {
      before += part
      continue
    }
    if (deferred.length > 0) {
      if (settleDeferred(parts, deferred, index, context)) before = textBefore(parts, index)
      deferred = []
    }
    const position = positionAfter(before, isUrl)
    if (!position) {
      if (index === lastExpression) break
      deferred.push(index)
      before += placeholder
      continue
    }
    const value = staticText(part, context)
    if (value !== undefined) {
      parts[index] = value
      before += value
      continue
    }
    pieces.push({ node: part, ...position })
    before += placeholder
  }
  return {
    pieces,
    staticText: () =>
      parts
        .map((part) => (typeof part === 'string' ? part : staticText(part, context)))
        .filter((part) => part !== undefined)
        .join(' '),
  }
}

/**
 * Works out the deferred expressions before `index` that can still change where it lands, replacing
 * those with a known value by their text; true when any was known. Text with whitespace cuts off
 * everything before it: no place `positionAfter` finds reads back past whitespace.
 */
function settleDeferred(parts: (string | TSESTree.Node)[], deferred: readonly number[], index: number, context: EvaluationContext): boolean {
  let known = false
  for (let at = index - 1; at >= deferred[0]!; at--) {
    let part = parts[at]!
    if (typeof part !== 'string' && deferred.includes(at)) {
      const value = staticText(part, context)
      if (value !== undefined) {
        parts[at] = part = value
        known = true
      }
    }
    if (typeof part === 'string' && /\s/u.test(part)) break
  }
  return known
}

/** The text of the parts before `index`, unknown ones as placeholders. */
function textBefore(parts: readonly (string | TSESTree.Node)[], index: number): string {
  return parts
    .slice(0, index)
    .map((part) => (typeof part === 'string' ? part : placeholder))
    .join('')
}

/**
 * A string expression as a list of its static text (strings) and the expressions whose value is
 * not known statically (nodes), in order: `${api}/x?a=${t}` with a constant `api` gives
 * `['https://api.example.com/x?a=', t]`.
 */
export function stringParts(node: TSESTree.Node, context: EvaluationContext): (string | TSESTree.Node)[] {
  const parts: (string | TSESTree.Node)[] = []
  flatten(node, context, parts, 0)
  return parts
}

/** Whether `node` is a string built from pieces (a template with expressions, or a concatenation). */
export function isBuiltString(node: TSESTree.Node): boolean {
  const unwrapped = skipWrappers(node)
  return (
    (unwrapped.type === AST_NODE_TYPES.TemplateLiteral && unwrapped.expressions.length > 0) ||
    (unwrapped.type === AST_NODE_TYPES.BinaryExpression && unwrapped.operator === '+')
  )
}

/** The string expression a URL argument was built by: the argument itself, or the initializer of the constant it names. */
export function builtStringBehind(node: TSESTree.Node, context: EvaluationContext): TSESTree.Node | undefined {
  const unwrapped = skipWrappers(node)
  if (isBuiltString(unwrapped)) return unwrapped
  if (unwrapped.type !== AST_NODE_TYPES.Identifier) return undefined
  const init = constantInitializer(unwrapped, context)
  return init && isBuiltString(init) ? skipWrappers(init) : undefined
}

/** `evaluate`: replace each expression whose value is known statically by that value. */
function flatten(raw: TSESTree.Node, context: EvaluationContext, parts: (string | TSESTree.Node)[], depth: number, evaluate = true): void {
  const node = skipWrappers(raw)
  if (node.type === AST_NODE_TYPES.TemplateLiteral) {
    for (const [index, quasi] of node.quasis.entries()) {
      parts.push(quasi.value.cooked ?? '')
      const expression = node.expressions[index]
      if (expression) flatten(expression, context, parts, depth + 1, evaluate)
    }
    return
  }
  if (node.type === AST_NODE_TYPES.BinaryExpression && node.operator === '+' && depth < maxDepth) {
    flatten(node.left, context, parts, depth + 1, evaluate)
    flatten(node.right, context, parts, depth + 1, evaluate)
    return
  }
  // A literal is its own text: no scope lookup, and it never holds the unknown value a URL piece is.
  if (node.type === AST_NODE_TYPES.Literal && (typeof node.value === 'string' || typeof node.value === 'number')) {
    parts.push(String(node.value))
    return
  }
  parts.push((evaluate ? staticText(node, context) : undefined) ?? node)
}

/**
 * The value of an expression as text, when it is a string or number known statically. A call is not
 * evaluated: the few that could be (`String(1)`) are not worth evaluating every call written into every
 * string of a file, and an unknown part only ever hides a URL.
 */
function staticText(node: TSESTree.Node, context: EvaluationContext): string | undefined {
  if (node.type === AST_NODE_TYPES.PrivateIdentifier || node.type === AST_NODE_TYPES.CallExpression) return undefined
  const value = getStaticValue(node, context.scopeOf(node))
  return value && (typeof value.value === 'string' || typeof value.value === 'number') ? String(value.value) : undefined
}

/** `name=` pairs up to the token: `a=1&b=`, with unknown values allowed. */
const parametersBefore = /^(?:[^\s#&=?]*=[^\s#&?]*&)*([^\s#&=?]*)=$/u

function positionAfter(before: string, isUrl: boolean): { part: UrlPart; parameter: string | undefined } | undefined {
  const hash = before.lastIndexOf('#')
  const question = before.lastIndexOf('?')
  if (hash >= 0 && hash > question) {
    const tail = before.slice(hash + 1)
    const match = parametersBefore.exec(tail)
    if (match) return { part: 'fragment', parameter: match[1] || undefined }
    if (tail === '' && looksLikeUrl(before.slice(0, hash), isUrl)) return { part: 'fragment', parameter: undefined }
    return undefined
  }
  if (question >= 0) {
    const tail = before.slice(question + 1)
    const match = parametersBefore.exec(tail)
    if (match) return { part: 'query', parameter: match[1] || undefined }
    if (tail === '' && looksLikeUrl(before.slice(0, question), isUrl)) return { part: 'query', parameter: undefined }
    return undefined
  }
  if (before.endsWith('/') && looksLikeUrl(before, isUrl)) return { part: 'path', parameter: undefined }
  return undefined
}

/** A URL prefix: no spaces, and a scheme or a place that takes a URL. */
function looksLikeUrl(prefix: string, isUrl: boolean): boolean {
  if (/\s/u.test(prefix)) return false
  return /^[a-z][\w+.-]*:\/\//iu.test(prefix) || (isUrl && prefix.length > 0)
}
