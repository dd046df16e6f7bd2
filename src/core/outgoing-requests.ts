/**
 * Credentials that code sends on outgoing HTTP requests: the `Authorization` (and other
 * credential) headers of fetch, axios, got, ky, superagent and `http.request` calls, of axios
 * instances and their default headers and request interceptors. Header objects are followed
 * through constants, spreads, `new Headers(...)`, and writes made elsewhere in the same scope
 * (`headers.Authorization = ...`, `headers.set('Authorization', ...)`). What the clients look like
 * is data in `src/model/sinks.ts`.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils'
import {
  globalObjects,
  type HttpClient,
  type HttpClientCall,
  headersClasses,
  headersWriters,
  httpClients,
} from '../model/sinks.js'
import { credentialHeaders } from '../model/tokens.js'
import { literalKeyName, outermostWrapper, returnedExpression, skipWrappers } from './ast.js'
import { type EvaluationContext, functionValue, isGlobalObjectMethod, objectLiteralInitializer, singleAssignmentVariable } from './bindings.js'
import { findVariable, getStringIfConstant } from './eslint-utils.js'
import { isGlobalRead } from './globals.js'
import { modulePath } from './module-bindings.js'
import { evaluateObject, type ObjectFacts } from './static-object.js'
import { isNameIn } from './token-names.js'
import { stringParts } from './url-parts.js'
import { cached, fileCache } from './memo.js'

type Context = EvaluationContext & { readonly sourceCode: Readonly<TSESLint.SourceCode> }

/** What is statically known of a request URL. */
export interface RequestUrl {
  /** The static text the URL starts with. */
  readonly prefix: string
  /** The whole URL is that text. */
  readonly complete: boolean
  /** All of its static text, for telling what it points to. */
  readonly staticText: string
}

export interface OutgoingCredential {
  /** The header value sent (or the token given to superagent's `.auth()`). */
  readonly value: TSESTree.Node
  /** The header as written (`Authorization`). */
  readonly header: string
  /** How messages name the request: the callee as written (`axios.get`, `fetch`), or the client. */
  readonly client: string
  /** Where the request goes, when it can be told. */
  readonly url: RequestUrl | undefined
  /** The URL expression of the request, when it has one of its own. */
  readonly urlNode?: TSESTree.Node
}

/** A client (or an instance of one) reached by an expression, with the member path read below it. */
interface ClientValue {
  readonly client: HttpClient
  readonly path: readonly string[]
  /** The factory call that created the instance (`axios.create({ baseURL })`). */
  readonly instance?: TSESTree.CallExpression
}

const maxDepth = 8

type RequestNode = TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.AssignmentExpression

/** Found once per node: no-id-token-as-bearer and no-token-forwarding both ask for every call of a file. */
const credentialsByFile = fileCache<Map<RequestNode, readonly OutgoingCredential[]>>()

/** The credentials sent by the request a call, `new` expression or assignment makes or configures. */
export function outgoingCredentials(node: RequestNode, context: Context): readonly OutgoingCredential[] {
  return cached(credentialsByFile(context.sourceCode.ast, () => new Map()), node, () => findOutgoingCredentials(node, context))
}

function findOutgoingCredentials(node: RequestNode, context: Context): OutgoingCredential[] {
  if (node.type === AST_NODE_TYPES.AssignmentExpression) return defaultHeaderWrites(node, context)
  const callee = skipWrappers(node.callee)
  const target = clientValue(callee, context, 0)
  if (target) {
    const form = callForm(target, node.type === AST_NODE_TYPES.NewExpression)
    if (form) return requestCall(node, target, form, context)
    if (node.type === AST_NODE_TYPES.CallExpression) {
      if (target.path.length === 1 && target.client.instanceFactories?.includes(target.path[0]!)) return instanceDefaults(node, target.client, context)
      if (samePath(target.path, target.client.requestInterceptor)) return interceptorWrites(node, target, context)
    }
  }
  return node.type === AST_NODE_TYPES.CallExpression ? chainedHeaders(node, context) : []
}

/** The client that sends the request a call makes: `fetch(url)`, `axios.post(url, body)`, `api.get(path)` of an axios instance. */
export function requestClient(call: TSESTree.CallExpression, context: Context): HttpClient | undefined {
  const target = clientValue(call.callee, context, 0)
  return target && callForm(target, false) ? target.client : undefined
}

/** Whether `path` is exactly `expected`. */
function samePath(path: readonly string[], expected: readonly string[] | undefined): boolean {
  return expected !== undefined && path.length === expected.length && expected.every((segment, index) => path[index] === segment)
}

function clientValue(raw: TSESTree.Node, context: Context, depth: number): ClientValue | undefined {
  if (depth > maxDepth) return undefined
  const node = skipWrappers(raw)
  switch (node.type) {
    case AST_NODE_TYPES.Identifier: {
      const global = httpClients.find((client) => client.global !== undefined && isGlobalRead(node, client.global, context.scopeOf))
      if (global) return { client: global, path: [] }
      // Most callees are functions, parameters and globals; only an import or a variable can hold a client.
      const definitions = findVariable(context.scopeOf(node), node)?.defs
      if (definitions?.length !== 1 || (definitions[0]!.type !== 'ImportBinding' && definitions[0]!.type !== 'Variable')) return undefined
      const imported = modulePath(node, context)
      if (imported) return moduleClient(imported.module, imported.path)
      const init = initializer(node, context)
      return init ? clientValue(init, context, depth + 1) : undefined
    }
    case AST_NODE_TYPES.MemberExpression: {
      const name = literalKeyName(node)
      if (name === undefined) return undefined
      const object = skipWrappers(node.object)
      if (globalObjects.some((global) => isGlobalRead(object, global, context.scopeOf))) {
        const global = httpClients.find((client) => client.global === name)
        if (global) return { client: global, path: [] }
      }
      const base = clientValue(object, context, depth + 1)
      return base ? { ...base, path: [...base.path, name] } : undefined
    }
    case AST_NODE_TYPES.CallExpression: {
      // `axios.create(...)`: an instance with the client's calls.
      const factory = clientValue(node.callee, context, depth + 1)
      if (factory?.path.length === 1 && factory.client.instanceFactories?.includes(factory.path[0]!)) {
        return { client: factory.client, path: [], instance: node }
      }
      // `require('axios')`
      const imported = modulePath(node, context)
      return imported ? moduleClient(imported.module, imported.path) : undefined
    }
    default:
      return undefined
  }
}

/** The client a module path reads, with the path below the client. */
function moduleClient(module: string, path: readonly string[]): ClientValue | undefined {
  for (const client of httpClients) {
    if (!client.modules.includes(module)) continue
    // The longest export the path starts with: `got.got.get` and `got.get` both reach `get`.
    const exports = [...client.exports].sort((a, b) => b.length - a.length)
    const matched = exports.find((prefix) => prefix.every((segment, index) => path[index] === segment))
    if (matched) return { client, path: path.slice(matched.length) }
  }
  return undefined
}

/** The initializer of a variable assigned once, even when its object is changed later (`req.set(...)`). */
function initializer(identifier: TSESTree.Identifier, context: Context): TSESTree.Expression | undefined {
  const variable = singleAssignmentVariable(identifier, context)
  const declarator = variable?.defs[0]?.node
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) return undefined
  return declarator.init ?? undefined
}

function callForm(target: ClientValue, construct: boolean): HttpClientCall | undefined {
  return target.client.calls.find((form) => (form.construct ?? false) === construct && samePath(target.path, form.path))
}

function displayName(callee: TSESTree.Node, client: HttpClient, sourceCode: Readonly<TSESLint.SourceCode>): string {
  const text = sourceCode.getText(callee)
  return text.length <= 40 && !text.includes('\n') ? text : client.name
}

// ---------------------------------------------------------------- Request calls

function requestCall(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  target: ClientValue,
  form: HttpClientCall,
  context: Context,
): OutgoingCredential[] {
  const args = call.arguments
  const spreadAt = args.findIndex((argument) => argument.type === AST_NODE_TYPES.SpreadElement)
  const argument = (index: number | undefined): TSESTree.Node | undefined =>
    index === undefined || (spreadAt >= 0 && spreadAt <= index) ? undefined : args[index]
  let urlNode = argument(form.url)
  let options = argument(form.options)
  // `axios({ url, headers })`, `http.request({ hostname, headers })`: the options come first.
  if (urlNode && isObjectValue(urlNode, context)) {
    options = urlNode
    urlNode = undefined
  }
  const optionFacts = options ? requestOptions(options, context) : undefined
  if (!urlNode && optionFacts && target.client.urlOption) {
    const facts = optionFacts.property(target.client.urlOption)
    if (facts.presence === 'present' && facts.values.length === 1) urlNode = facts.values[0]
  }
  const url = resolvedUrl(urlNode, target, context)
  const client = displayName(call.callee, target.client, context.sourceCode)
  const found: OutgoingCredential[] = []
  for (const headers of optionFacts?.property('headers').values ?? []) {
    for (const { header, value } of headerValues(headers, context)) found.push({ value, header, client, url, ...(urlNode ? { urlNode } : {}) })
  }
  return found
}

/**
 * The request options, also through a variable that is passed on to other calls (which the static
 * evaluator takes as possibly changing it): what matters is what the object literal holds.
 */
function requestOptions(node: TSESTree.Node, context: Context): ObjectFacts {
  const unwrapped = skipWrappers(node)
  const literal = unwrapped.type === AST_NODE_TYPES.Identifier ? objectLiteralInitializer(unwrapped, context) : undefined
  return evaluateObject(literal ?? node, context)
}

function isObjectValue(node: TSESTree.Node, context: Context): boolean {
  const unwrapped = skipWrappers(node)
  if (unwrapped.type === AST_NODE_TYPES.ObjectExpression) return true
  if (unwrapped.type !== AST_NODE_TYPES.Identifier) return false
  const init = initializer(unwrapped, context)
  return init !== undefined && skipWrappers(init).type === AST_NODE_TYPES.ObjectExpression
}

/** The request's URL, resolved against the instance's base URL when it is relative (or absent). */
function resolvedUrl(node: TSESTree.Node | undefined, target: ClientValue, context: Context): RequestUrl | undefined {
  const own = node ? urlOf(node, context) : undefined
  if (own && /^[a-z][\w+.-]*:\/\//iu.test(own.prefix)) return own
  const base = baseUrl(target, context)
  if (!base) return own
  if (!own) return base
  if (!base.complete) return base
  return {
    prefix: base.prefix.replace(/\/$/u, '') + (own.prefix.startsWith('/') ? own.prefix : `/${own.prefix}`),
    complete: own.complete,
    staticText: `${base.staticText} ${own.staticText}`,
  }
}

function baseUrl(target: ClientValue, context: Context): RequestUrl | undefined {
  const option = target.client.baseUrlOption
  const config = target.instance?.arguments[0]
  if (!option || !config || config.type === AST_NODE_TYPES.SpreadElement) return undefined
  const facts = requestOptions(config, context).property(option)
  return facts.presence === 'present' && facts.values.length === 1 ? urlOf(facts.values[0]!, context) : undefined
}

function urlOf(node: TSESTree.Node, context: Context): RequestUrl | undefined {
  const unwrapped = skipWrappers(node)
  if (unwrapped.type === AST_NODE_TYPES.NewExpression) return undefined
  const parts = stringParts(unwrapped, context)
  const first = parts.findIndex((part) => typeof part !== 'string')
  const leading = first === -1 ? parts : parts.slice(0, first)
  return {
    prefix: leading.join(''),
    complete: first === -1,
    staticText: parts.filter((part): part is string => typeof part === 'string').join(' '),
  }
}

// ---------------------------------------------------------------- Instances, defaults, interceptors

/** `axios.create({ headers: { Authorization } })`: headers every request of the instance sends. */
function instanceDefaults(call: TSESTree.CallExpression, client: HttpClient, context: Context): OutgoingCredential[] {
  const config = call.arguments[0]
  if (!config || config.type === AST_NODE_TYPES.SpreadElement) return []
  const url = baseUrl({ client, path: [], instance: call }, context)
  const name = displayName(call.callee, client, context.sourceCode)
  return requestOptions(config, context)
    .property('headers')
    .values.flatMap((headers) => headerValues(headers, context).map(({ header, value }) => ({ value, header, client: name, url })))
}

/** `axios.defaults.headers.common.Authorization = value`, `api.defaults.headers.common = { Authorization }`. */
function defaultHeaderWrites(node: TSESTree.AssignmentExpression, context: Context): OutgoingCredential[] {
  if (node.operator !== '=' || node.left.type !== AST_NODE_TYPES.MemberExpression) return []
  const target = clientValue(node.left, context, 0)
  const prefix = target?.client.defaultHeaders
  if (!target || !prefix || !prefix.every((segment, index) => target.path[index] === segment)) return []
  const below = target.path.slice(prefix.length)
  const name = displayName(node.left.object, target.client, context.sourceCode)
  const url = baseUrl(target, context)
  const last = below.at(-1)
  if (last !== undefined && isNameIn(last, credentialHeaders)) return [{ value: node.right, header: last, client: name, url }]
  // `defaults.headers = {...}` or `defaults.headers.common = {...}`
  if (below.length > 1) return []
  return headerValues(node.right, context).map(({ header, value }) => ({ value, header, client: name, url }))
}

/** `axios.interceptors.request.use((config) => { config.headers.Authorization = value; return config })`. */
function interceptorWrites(call: TSESTree.CallExpression, target: ClientValue, context: Context): OutgoingCredential[] {
  const handler = call.arguments[0] ? functionValue(call.arguments[0], context) : undefined
  const parameter = handler?.params[0]
  if (parameter?.type !== AST_NODE_TYPES.Identifier) return []
  const variable = findVariable(context.scopeOf(parameter), parameter)
  if (!variable) return []
  const name = displayName(call.callee, target.client, context.sourceCode)
  const url = baseUrl(target, context)
  const found: OutgoingCredential[] = []
  for (const reference of variable.references) {
    // `config.headers`
    const headers = outermostWrapper(reference.identifier as TSESTree.Node).parent
    if (headers?.type !== AST_NODE_TYPES.MemberExpression || literalKeyName(headers) !== 'headers') continue
    for (const { header, value } of writesTo(outermostWrapper(headers), context)) found.push({ value, header, client: name, url })
    const assignment = outermostWrapper(headers).parent
    if (assignment?.type === AST_NODE_TYPES.AssignmentExpression && assignment.left === outermostWrapper(headers) && assignment.operator === '=') {
      for (const { header, value } of headerValues(assignment.right, context)) found.push({ value, header, client: name, url })
    }
  }
  return found
}

// ---------------------------------------------------------------- Chained requests (superagent)

/** `superagent.get(url).set('Authorization', value)`, `.set({ Authorization })`, `.auth(token, { type: 'bearer' })`. */
function chainedHeaders(call: TSESTree.CallExpression, context: Context): OutgoingCredential[] {
  const callee = skipWrappers(call.callee)
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return []
  const method = literalKeyName(callee)
  if (method === undefined) return []
  const request = requestOfChain(callee.object, context)
  if (!request) return []
  const { client } = request.target
  const url = resolvedUrl(request.url, request.target, context)
  const name = client.name
  const [first, second] = call.arguments
  if (client.headerSetters?.includes(method) && first && first.type !== AST_NODE_TYPES.SpreadElement) {
    if (call.arguments.length === 1) return headerValues(first, context).map(({ header, value }) => ({ value, header, client: name, url }))
    const header = getStringIfConstant(first, context.scopeOf(first))
    if (header !== null && isNameIn(header, credentialHeaders) && second && second.type !== AST_NODE_TYPES.SpreadElement) {
      return [{ value: second, header, client: name, url }]
    }
  }
  const auth = client.bearerAuth
  if (auth?.method === method) {
    const token = call.arguments[auth.token]
    const options = call.arguments[auth.options]
    if (!token || token.type === AST_NODE_TYPES.SpreadElement || !options || options.type === AST_NODE_TYPES.SpreadElement) return []
    const type = evaluateObject(options, context).property(auth.option)
    const value = type.presence === 'present' && type.values.length === 1 ? getStringIfConstant(type.values[0]!, context.scopeOf(options)) : null
    if (value === auth.value) return [{ value: token, header: 'Authorization', client: name, url }]
  }
  return []
}

/** The client call a method chain starts from: `superagent.get(url)` in `superagent.get(url).set(...).set(...)`. */
function requestOfChain(raw: TSESTree.Node, context: Context): { target: ClientValue; url: TSESTree.Node | undefined } | undefined {
  let node = skipWrappers(raw)
  for (let depth = 0; depth < maxDepth * 2; depth++) {
    if (node.type === AST_NODE_TYPES.Identifier) {
      const init = initializer(node, context)
      if (!init) return undefined
      node = skipWrappers(init)
      continue
    }
    if (node.type !== AST_NODE_TYPES.CallExpression) return undefined
    const target = clientValue(node.callee, context, 0)
    const form = target ? callForm(target, false) : undefined
    if (target && form) {
      const url = form.url === undefined ? undefined : node.arguments[form.url]
      return target.client.headerSetters || target.client.bearerAuth
        ? { target, url: url?.type === AST_NODE_TYPES.SpreadElement ? undefined : url }
        : undefined
    }
    const callee = skipWrappers(node.callee)
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined
    node = skipWrappers(callee.object)
  }
  return undefined
}

// ---------------------------------------------------------------- Header objects

interface HeaderValue {
  readonly header: string
  readonly value: TSESTree.Node
}

/** The credential headers a headers value holds: an object literal, a constant, `new Headers(...)`, or a variable filled elsewhere. */
export function headerValues(node: TSESTree.Node, context: Context): HeaderValue[] {
  const found: HeaderValue[] = []
  collectHeaders(node, context, found, new Set(), 0)
  return found
}

function collectHeaders(raw: TSESTree.Node, context: Context, found: HeaderValue[], seen: Set<TSESTree.Node>, depth: number): void {
  const node = skipWrappers(raw)
  if (depth > maxDepth || seen.has(node)) return
  seen.add(node)
  const recurse = (next: TSESTree.Node): void => collectHeaders(next, context, found, seen, depth + 1)
  switch (node.type) {
    case AST_NODE_TYPES.ObjectExpression:
      for (const property of node.properties) {
        if (property.type === AST_NODE_TYPES.SpreadElement) {
          recurse(property.argument)
          continue
        }
        if (property.kind !== 'init' || property.method) continue
        const name = property.computed ? getStringIfConstant(property.key, context.scopeOf(property)) : literalKeyName(property)
        if (name !== null && name !== undefined && isNameIn(name, credentialHeaders)) found.push({ header: name, value: property.value })
      }
      return
    case AST_NODE_TYPES.ArrayExpression:
      // `new Headers([['Authorization', value]])`
      for (const pair of node.elements) {
        if (pair?.type !== AST_NODE_TYPES.ArrayExpression || pair.elements.length !== 2) continue
        const [key, value] = pair.elements
        if (!key || !value || key.type === AST_NODE_TYPES.SpreadElement || value.type === AST_NODE_TYPES.SpreadElement) continue
        const name = getStringIfConstant(key, context.scopeOf(key))
        if (name !== null && isNameIn(name, credentialHeaders)) found.push({ header: name, value })
      }
      return
    case AST_NODE_TYPES.ConditionalExpression:
      recurse(node.consequent)
      recurse(node.alternate)
      return
    case AST_NODE_TYPES.LogicalExpression:
      if (node.operator !== '&&') recurse(node.left)
      recurse(node.right)
      return
    case AST_NODE_TYPES.NewExpression: {
      const callee = skipWrappers(node.callee)
      const init = node.arguments[0]
      if (callee.type === AST_NODE_TYPES.Identifier && headersClasses.includes(callee.name) && init && init.type !== AST_NODE_TYPES.SpreadElement) recurse(init)
      return
    }
    case AST_NODE_TYPES.CallExpression: {
      if (isGlobalObjectMethod(node, 'assign')) {
        for (const argument of node.arguments) if (argument.type !== AST_NODE_TYPES.SpreadElement) recurse(argument)
        return
      }
      // A local function that builds the headers: `headers: authHeaders()`.
      const fn = node.arguments.length === 0 ? functionValue(node.callee, context) : undefined
      const returned = fn ? returnedExpression(fn, context.sourceCode.visitorKeys) : undefined
      if (returned) recurse(returned)
      return
    }
    case AST_NODE_TYPES.MemberExpression: {
      // `options.headers` of a local object.
      const name = literalKeyName(node)
      if (name === undefined) return
      for (const value of requestOptions(node.object, context).property(name).values) recurse(value)
      return
    }
    case AST_NODE_TYPES.Identifier:
      variableHeaders(node, context, found, recurse)
      return
    default:
      return
  }
}

/** A headers variable: what it is initialised or assigned with, and the credential headers written into it. */
function variableHeaders(identifier: TSESTree.Identifier, context: Context, found: HeaderValue[], recurse: (node: TSESTree.Node) => void): void {
  const variable = findVariable(context.scopeOf(identifier), identifier)
  if (variable?.defs.length !== 1 || variable.defs[0]!.type !== 'Variable') return
  const declarator = variable.defs[0]!.node
  if (declarator.id.type !== AST_NODE_TYPES.Identifier) return
  for (const reference of variable.references) {
    const read = reference.identifier as TSESTree.Node
    if (reference.init === true) {
      if (declarator.init) recurse(declarator.init)
      continue
    }
    const holder = outermostWrapper(read)
    const parent = holder.parent
    if (reference.isWrite()) {
      if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === holder && parent.operator === '=') recurse(parent.right)
      continue
    }
    found.push(...writesTo(holder, context))
    // `Object.assign(headers, { Authorization })`
    if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === holder && isGlobalObjectMethod(parent, 'assign')) {
      for (const argument of parent.arguments.slice(1)) if (argument.type !== AST_NODE_TYPES.SpreadElement) recurse(argument)
    }
  }
}

/** Credential headers written into the headers object `holder` reads: `holder.Authorization = v`, `holder['authorization'] = v`, `holder.set('Authorization', v)`. */
function writesTo(holder: TSESTree.Node, context: Context): HeaderValue[] {
  const member = holder.parent
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== holder) return []
  const name = member.computed ? getStringIfConstant(member.property, context.scopeOf(member)) : literalKeyName(member)
  if (name === null || name === undefined) return []
  const outer = outermostWrapper(member)
  const user = outer.parent
  if (user?.type === AST_NODE_TYPES.AssignmentExpression && user.left === outer && user.operator === '=') {
    return isNameIn(name, credentialHeaders) ? [{ header: name, value: user.right }] : []
  }
  if (user?.type === AST_NODE_TYPES.CallExpression && user.callee === outer && headersWriters.includes(name)) {
    const [key, value] = user.arguments
    if (!key || !value || key.type === AST_NODE_TYPES.SpreadElement || value.type === AST_NODE_TYPES.SpreadElement) return []
    const header = getStringIfConstant(key, context.scopeOf(key))
    return header !== null && isNameIn(header, credentialHeaders) ? [{ header, value }] : []
  }
  return []
}
