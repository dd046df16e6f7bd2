/**
 * Where code sets cookies, and what it sets: the cookie APIs of the model (`res.cookie()`,
 * `ctx.cookies.set()`, `cookies().set()`, hono `setCookie()`, `cookie.serialize()`), `Set-Cookie`
 * headers built by hand (`token=${jwt}; Path=/; HttpOnly`), and cookies written from script
 * (`document.cookie`, js-cookie). For a cookie API, the state of each attribute in its options,
 * with the library's defaults applied.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'
import {
  type CookieAttribute,
  type CookieSetter,
  cookieSetters,
  globalObjects,
  responseHeaderSetters,
  scriptCookieSetters,
  secureCookiePrefixes,
} from '../model/sinks.js'
import { literalKeyName, skipWrappers } from './ast.js'
import { type EvaluationContext, objectLiteralInitializer, singleAssignmentVariable } from './bindings.js'
import { getStringIfConstant } from './eslint-utils.js'
import { isGlobalRead } from './globals.js'
import { modulePath } from './module-bindings.js'
import { evaluateObject, type ObjectFacts, type PropertyFacts, staticValue } from './static-object.js'
import { builtStringBehind, stringParts } from './url-parts.js'

// ---------------------------------------------------------------- Cookie APIs

export interface CookieCall {
  readonly setter: CookieSetter
  /** The cookie's name, when it is a constant. */
  readonly name: string | undefined
  readonly value: TSESTree.Node
  /** The options argument as written (the single object of the `{ name, value, ... }` form). */
  readonly optionsNode: TSESTree.Node | undefined
  /** The options, evaluated, also through a constant that nothing changes (`const cookieOptions = {...}`). */
  readonly options: ObjectFacts
}

/** The cookie a call of a modelled cookie API sets; undefined for other calls, or when argument positions are unknown. */
export function cookieCall(call: TSESTree.CallExpression, context: EvaluationContext): CookieCall | undefined {
  const setter = setterAt(call, context)
  const args = call.arguments
  if (!setter || args.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return undefined
  const objectForm = setter.objectForm === true && args.length === 1 && skipWrappers(args[0]!).type === AST_NODE_TYPES.ObjectExpression
  const optionsNode = objectForm ? args[0] : args[setter.args.options]
  const declared = optionsNode?.type === AST_NODE_TYPES.Identifier ? objectLiteralInitializer(optionsNode, context) : undefined
  const options = evaluateObject(declared ?? optionsNode, context)
  const nameNode = objectForm ? single(options.property('name')) : args[setter.args.name]
  const value = objectForm ? single(options.property('value')) : args[setter.args.value]
  if (!value) return undefined
  const name = nameNode ? (getStringIfConstant(nameNode, context.scopeOf(nameNode)) ?? undefined) : undefined
  return { setter, name, value, optionsNode, options }
}

/**
 * What a cookie call's options say about an attribute: `on` or `off` (statically true or false),
 * `absent` (left out, and the library does not set it), or `unknown` (not known statically, set or
 * decided by the library, or made unnecessary: browsers accept a `__Host-` cookie only with `Secure`).
 */
export function attributeState(cookie: CookieCall, attribute: CookieAttribute, context: EvaluationContext): 'on' | 'off' | 'absent' | 'unknown' {
  if (attribute === 'secure' && (hasSecurePrefix(cookie.name) || secureForced(cookie, context))) return 'unknown'
  const facts = cookie.options.property(attribute)
  if (facts.presence === 'absent') return cookie.setter.defaults?.[attribute] === undefined ? 'absent' : 'unknown'
  if (facts.presence !== 'present' || facts.values.length === 0) return 'unknown'
  const values = facts.values.map((value) => staticValue(value, context))
  if (values.some((value) => value === undefined)) return 'unknown'
  if (values.every((value) => Boolean(value!.value))) return 'on'
  return values.every((value) => !value!.value) ? 'off' : 'unknown'
}

/** Whether an option forces `Secure` (hono `prefix: 'host'`), or may. */
function secureForced(cookie: CookieCall, context: EvaluationContext): boolean {
  const forcing = cookie.setter.secureOption
  if (!forcing) return false
  const option = cookie.options.property(forcing.name)
  if (option.presence === 'absent') return false
  const values = option.values.map((value) => staticValue(value, context)?.value)
  return option.presence !== 'present' || values.length === 0 || values.some((value) => typeof value !== 'string' || forcing.values.includes(value))
}

/** Cookie names the browser accepts only with `Secure` (`__Host-`, `__Secure-`). */
export function hasSecurePrefix(name: string | undefined): boolean {
  return name !== undefined && secureCookiePrefixes.some((prefix) => name.startsWith(prefix))
}

function setterAt(call: TSESTree.CallExpression, context: EvaluationContext): CookieSetter | undefined {
  const callee = skipWrappers(call.callee)
  return cookieSetters.find((setter) => {
    if (setter.modules) {
      const path = modulePath(callee, context)
      return path !== undefined && setter.modules.includes(path.module) && path.path.length === 1 && path.path[0] === setter.method
    }
    if (callee.type !== AST_NODE_TYPES.MemberExpression || literalKeyName(callee) !== setter.method) return false
    let receiver = skipWrappers(callee.object)
    if (setter.container) {
      if (receiver.type !== AST_NODE_TYPES.MemberExpression || literalKeyName(receiver) !== setter.container) return false
      receiver = receiver.object
    }
    return receiverMatches(receiver, setter.receivers ?? [], context, 0)
  })
}

/** Whether the object a cookie method is called on is one of `receivers`, by name, through constants and call chains. */
function receiverMatches(raw: TSESTree.Node, receivers: readonly string[], context: EvaluationContext, depth: number): boolean {
  if (depth > 6) return false
  const node = skipWrappers(raw)
  switch (node.type) {
    case AST_NODE_TYPES.Identifier: {
      if (receivers.includes(node.name)) return true
      // `const store = await cookies()`, even though `store.set()` changes it.
      const declarator = singleAssignmentVariable(node, context)?.defs[0]?.node
      return declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.id.type === AST_NODE_TYPES.Identifier && declarator.init
        ? receiverMatches(declarator.init, receivers, context, depth + 1)
        : false
    }
    case AST_NODE_TYPES.MemberExpression:
      return receivers.includes(literalKeyName(node) ?? '')
    case AST_NODE_TYPES.AwaitExpression:
      return receiverMatches(node.argument, receivers, context, depth + 1)
    case AST_NODE_TYPES.CallExpression: {
      const callee = skipWrappers(node.callee)
      if (callee.type === AST_NODE_TYPES.Identifier) return node.arguments.length === 0 && receivers.includes(`${callee.name}()`)
      // `res.status(200).cookie(...)`: the root of the chain.
      return callee.type === AST_NODE_TYPES.MemberExpression && receiverMatches(callee.object, receivers, context, depth + 1)
    }
    default:
      return false
  }
}

function single(facts: PropertyFacts): TSESTree.Node | undefined {
  return facts.presence === 'present' && facts.values.length === 1 ? facts.values[0] : undefined
}

// ---------------------------------------------------------------- Set-Cookie headers and script cookies

/** The value of a `Set-Cookie` header set by `res.setHeader('Set-Cookie', value)` and the like. */
export function setCookieHeaderValue(call: TSESTree.CallExpression, context: EvaluationContext): TSESTree.Node | undefined {
  const callee = skipWrappers(call.callee)
  const [name, value] = call.arguments
  if (callee.type !== AST_NODE_TYPES.MemberExpression || !responseHeaderSetters.includes(literalKeyName(callee) ?? '')) return undefined
  if (!name || name.type === AST_NODE_TYPES.SpreadElement || !value || value.type === AST_NODE_TYPES.SpreadElement) return undefined
  return getStringIfConstant(name, context.scopeOf(name))?.toLowerCase() === 'set-cookie' ? value : undefined
}

/** Whether an object property is a `Set-Cookie` header (`res.writeHead(302, { 'Set-Cookie': ... })`). */
export function isSetCookieProperty(property: TSESTree.Property, context: EvaluationContext): boolean {
  if (property.parent.type !== AST_NODE_TYPES.ObjectExpression || property.kind !== 'init') return false
  const name = property.computed ? getStringIfConstant(property.key, context.scopeOf(property)) : literalKeyName(property)
  return name?.toLowerCase() === 'set-cookie'
}

/** A cookie written from script by a library (js-cookie `Cookies.set(name, value)`): its name and value. */
export function scriptCookieCall(
  call: TSESTree.CallExpression,
  context: EvaluationContext,
): { readonly name: string | undefined; readonly value: TSESTree.Node } | undefined {
  const path = modulePath(call.callee, context)
  const setter = path && scriptCookieSetters.find((candidate) => candidate.modules.includes(path.module) && path.path.join('.') === candidate.method)
  if (!setter || call.arguments.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return undefined
  const nameNode = call.arguments[setter.args.name]
  const value = call.arguments[setter.args.value]
  if (!value) return undefined
  const name = nameNode ? (getStringIfConstant(nameNode, context.scopeOf(nameNode)) ?? undefined) : undefined
  return { name, value }
}

/** `document.cookie`, also through `window.document`. */
export function isDocumentCookie(node: TSESTree.Node, context: EvaluationContext): boolean {
  const target = skipWrappers(node)
  if (target.type !== AST_NODE_TYPES.MemberExpression || literalKeyName(target) !== 'cookie') return false
  const document = skipWrappers(target.object)
  if (isGlobalRead(document, 'document', context.scopeOf)) return true
  return (
    document.type === AST_NODE_TYPES.MemberExpression &&
    literalKeyName(document) === 'document' &&
    globalObjects.some((global) => isGlobalRead(skipWrappers(document.object), global, context.scopeOf))
  )
}

export interface CookieString {
  /** The cookie's name, when it is written out. */
  readonly name: string | undefined
  /** The expressions in the cookie's value (before the first `;`). */
  readonly values: readonly TSESTree.Node[]
  /** The static attribute text after the first `;`, lower-cased. */
  readonly attributes: string
  /** Whether all of the attribute text is static. */
  readonly attributesKnown: boolean
}

/** The cookie a string expression writes; undefined when the string has no `name=` part that can be told. */
export function cookieString(node: TSESTree.Node, context: EvaluationContext): CookieString | undefined {
  const parts = stringParts(builtStringBehind(node, context) ?? node, context)
  let state: 'name' | 'value' | 'attributes' = 'name'
  let name: string | undefined = ''
  const values: TSESTree.Node[] = []
  let attributes = ''
  let attributesKnown = true
  for (const part of parts) {
    if (typeof part !== 'string') {
      if (state === 'name') name = undefined
      else if (state === 'value') values.push(part)
      else attributesKnown = false
      continue
    }
    let text = part
    if (state === 'name') {
      const equals = text.indexOf('=')
      if (equals < 0) {
        if (name !== undefined) name += text
        continue
      }
      if (name !== undefined) name += text.slice(0, equals)
      text = text.slice(equals + 1)
      state = 'value'
    }
    if (state === 'value') {
      const semicolon = text.indexOf(';')
      if (semicolon < 0) continue
      text = text.slice(semicolon)
      state = 'attributes'
    }
    attributes += text.toLowerCase()
  }
  if (state === 'name') return undefined
  return { name: name?.trim(), values, attributes, attributesKnown }
}

/** Whether the attribute text sets a flag (`HttpOnly`, `Secure`) or a named attribute (`SameSite=...`). */
export function hasCookieAttribute(attributes: string, attribute: string): boolean {
  const name = attribute.toLowerCase()
  return attributes.split(';').some((item) => {
    const [key] = item.split('=')
    return key?.trim() === name
  })
}
