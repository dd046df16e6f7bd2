import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils'
import { getJwtAnalysis } from '../core/analysis.js'
import { literalKeyName, outermostWrapper, skipWrappers } from '../core/ast.js'
import { constantInitializer } from '../core/bindings.js'
import { getStringIfConstant } from '../core/eslint-utils.js'
import { isGlobalRead } from '../core/globals.js'
import { inSingleUseLinkContext, isSingleUseLinkText } from '../core/link-context.js'
import { classifyName } from '../core/token-names.js'
import { mayHoldTokens, resolveTokenNames, type TokenFacts, tokenFacts } from '../core/token-provenance.js'
import { builtStringBehind, type UrlPart, urlPieces } from '../core/url-parts.js'
import {
  allowedQueryParameters,
  configurationObjects,
  navigatingProperties,
  queryContainers,
  queryExtractors,
  queryOptionClients,
  queryParameterReaders,
  redirectFunctions,
  searchParamsWriters,
  urlConstructors,
  urlSinkFunctions,
  urlSinkMethods,
} from '../model/sinks.js'
import { createRule } from '../utils/create-rule.js'
import { defaultTokenNameOptions, describeToken, type TokenNameOptions, tokenNameSchema } from '../utils/token-options.js'

export type Options = [TokenNameOptions]
export type MessageIds = 'tokenInUrl' | 'tokenFromQuery' | 'useHeaderExtractor'

const partNames: Record<UrlPart, string> = { query: 'query string', fragment: 'fragment', path: 'path' }

/** The functions and methods the call listener acts on: any other call, most calls of a file, is passed over at once. */
const handledFunctions = new Set([...Object.keys(urlSinkFunctions), ...redirectFunctions, ...queryOptionClients.map((client) => client.object)])
const handledMethods = new Set([
  ...queryOptionClients.flatMap((client) => Object.keys(client.methods)),
  ...Object.values(urlSinkMethods).flat(),
  ...searchParamsWriters,
  ...queryExtractors.map((extractor) => extractor.method),
  ...queryParameterReaders.map((reader) => reader.method),
])

/** Sources of a credential that may also be a single-use link token (a signed e-mail verification link). */
const linkableSources = new Set<TokenFacts['source']>(['name', 'sign', 'literal'])

export default createRule<Options, MessageIds>({
  name: 'no-token-in-url',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow putting bearer tokens into URLs or reading them from the query string',
      recommended: 'recommended',
      cwe: 'CWE-598',
    },
    hasSuggestions: true,
    schema: [{ type: 'object', additionalProperties: false, properties: tokenNameSchema }],
    defaultOptions: [defaultTokenNameOptions],
    messages: {
      tokenInUrl:
        'This puts {{what}} into the {{part}} of a URL. URLs are written to server, proxy and CDN logs, browser history and `Referer` headers, where whoever reads them can replay the token. Send it in the `Authorization` header (or a POST body) instead.',
      tokenFromQuery:
        'The bearer token is read from the query string (`{{source}}`), so clients have to put it into URLs, which end up in logs, browser history and `Referer` headers. Read it from the `Authorization` header only.',
      useHeaderExtractor: 'Read the token from the `Authorization: Bearer` header: `{{replacement}}`.',
    },
  },
  create(context, [options]) {
    const names = resolveTokenNames(options)
    if (!mayHoldTokens(context, names)) return {}
    const analysis = getJwtAnalysis(context)
    const { sourceCode } = context
    /** Strings written in the file, and the ones used where a URL is expected. */
    const builtStrings: TSESTree.Node[] = []
    const urlStrings = new Set<TSESTree.Node>()
    const reported = new Set<TSESTree.Node>()

    const isTokenName = (name: string): boolean => {
      const verdict = classifyName(name, names)
      return verdict === 'token' || verdict === 'idToken'
    }

    function credential(node: TSESTree.Node): TokenFacts | undefined {
      const facts = tokenFacts(node, context, names)
      return facts && (facts.form === 'token' || facts.form === 'header') && facts.source !== 'request-headers' ? facts : undefined
    }

    /**
     * A token that is meant for URLs: a parameter that says so, a static API key from the deployment
     * configuration, or a single-use link token (link words in the URL or the code around it).
     */
    function isLinkToken(facts: TokenFacts, node: TSESTree.Node, parameter: string | undefined, text: string): boolean {
      if (parameter !== undefined && (allowedQueryParameters.includes(parameter) || classifyName(parameter, names) === 'ignored')) return true
      if (facts.source === 'name' && isConfiguration(facts.origin)) return true
      if (!linkableSources.has(facts.source)) return false
      return isSingleUseLinkText(text) || inSingleUseLinkContext(node)
    }

    function reportInUrl(node: TSESTree.Node, facts: TokenFacts, part: UrlPart): void {
      if (reported.has(node)) return
      reported.add(node)
      context.report({ node, messageId: 'tokenInUrl', data: { what: describeToken(facts), part: partNames[part] } })
    }

    function checkString(node: TSESTree.Node, isUrl: boolean): void {
      const url = urlPieces(node, analysis, isUrl)
      for (const piece of url.pieces) {
        const facts = credential(piece.node)
        if (facts && !isLinkToken(facts, piece.node, piece.parameter, url.staticText())) reportInUrl(piece.node, facts, piece.part)
      }
    }

    function markUrl(argument: TSESTree.Node | undefined): void {
      if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return
      const built = builtStringBehind(argument, analysis)
      if (built) urlStrings.add(built)
    }

    /** A query parameter set to `value`, by `URLSearchParams` or `url.searchParams`. */
    function checkParameter(key: TSESTree.Node | undefined, value: TSESTree.Node | undefined): void {
      if (!value || value.type === AST_NODE_TYPES.SpreadElement) return
      const facts = credential(value)
      if (!facts) return
      const parameter = key ? (getStringIfConstant(key, analysis.scopeOf(key)) ?? undefined) : undefined
      if (isLinkToken(facts, value, parameter, parameter ?? '')) return
      reportInUrl(value, facts, 'query')
    }

    /** `new URLSearchParams({ token })`, `new URLSearchParams([['token', t]])`. */
    function checkSearchParamsInit(init: TSESTree.Node): void {
      const unwrapped = skipWrappers(init)
      const literal = unwrapped.type === AST_NODE_TYPES.Identifier ? constantInitializer(unwrapped, analysis) : unwrapped
      if (literal?.type === AST_NODE_TYPES.ObjectExpression) {
        for (const property of literal.properties) {
          if (property.type !== AST_NODE_TYPES.Property) continue
          const key = property.computed ? property.key : undefined
          const name = property.computed ? undefined : literalKeyName(property)
          if (name !== undefined) checkNamedParameter(name, property.value)
          else checkParameter(key, property.value)
        }
      } else if (literal?.type === AST_NODE_TYPES.ArrayExpression) {
        for (const pair of literal.elements) {
          if (pair?.type === AST_NODE_TYPES.ArrayExpression) checkParameter(pair.elements[0] ?? undefined, pair.elements[1] ?? undefined)
        }
      }
    }

    function checkNamedParameter(name: string, value: TSESTree.Node): void {
      const facts = credential(value)
      if (facts && !isLinkToken(facts, value, name, name)) reportInUrl(value, facts, 'query')
    }

    /** `axios.get(url, { params: { token } })`: query parameters given as request options. */
    function checkQueryOptions(options: TSESTree.Node | undefined, option: string): void {
      if (!options || options.type === AST_NODE_TYPES.SpreadElement) return
      const unwrapped = skipWrappers(options)
      const literal = unwrapped.type === AST_NODE_TYPES.Identifier ? constantInitializer(unwrapped, analysis) : unwrapped
      if (literal?.type !== AST_NODE_TYPES.ObjectExpression) return
      for (const property of literal.properties) {
        if (property.type !== AST_NODE_TYPES.Property || property.computed || literalKeyName(property) !== option) continue
        const value = skipWrappers(property.value)
        // `params: new URLSearchParams({ token })` or `params: { token }`
        const init = value.type === AST_NODE_TYPES.NewExpression && isUrlSearchParamsClass(value.callee) ? value.arguments[0] : value
        if (init && init.type !== AST_NODE_TYPES.SpreadElement) checkSearchParamsInit(init)
      }
    }

    /** Whether a search-params object ends up in a URL: in a template or concatenation, or as a URL's `search`. */
    function flowsIntoUrl(node: TSESTree.Node): boolean {
      const uses: TSESTree.Node[] = []
      const holder = outermostWrapper(node)
      const declarator = holder.parent
      if (declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.init === holder && declarator.id.type === AST_NODE_TYPES.Identifier) {
        for (const variable of sourceCode.getDeclaredVariables(declarator)) {
          for (const reference of variable.references) if (reference.isRead()) uses.push(reference.identifier as TSESTree.Node)
        }
      } else {
        uses.push(node)
      }
      return uses.some((use) => isUrlUse(use))
    }

    function isUrlUse(use: TSESTree.Node): boolean {
      let value = outermostWrapper(use)
      const member = value.parent
      // `params.toString()`
      if (member?.type === AST_NODE_TYPES.MemberExpression && member.object === value && literalKeyName(member) === 'toString' && member.parent.type === AST_NODE_TYPES.CallExpression) {
        value = outermostWrapper(member.parent)
      }
      const parent = value.parent
      if (parent?.type === AST_NODE_TYPES.TemplateLiteral) return true
      if (parent?.type === AST_NODE_TYPES.BinaryExpression && parent.operator === '+') return true
      return (
        parent?.type === AST_NODE_TYPES.AssignmentExpression &&
        parent.right === value &&
        parent.left.type === AST_NODE_TYPES.MemberExpression &&
        literalKeyName(parent.left) === 'search'
      )
    }

    /** `url.searchParams`, or a constant holding `new URLSearchParams(...)` that ends up in a URL. */
    function isSearchParams(receiver: TSESTree.Node): boolean {
      const unwrapped = skipWrappers(receiver)
      if (unwrapped.type === AST_NODE_TYPES.MemberExpression) return literalKeyName(unwrapped) === 'searchParams'
      if (unwrapped.type !== AST_NODE_TYPES.Identifier) return false
      const init = constantInitializer(unwrapped, analysis)
      if (!init) return false
      const created = skipWrappers(init)
      if (created.type === AST_NODE_TYPES.MemberExpression) return literalKeyName(created) === 'searchParams'
      return created.type === AST_NODE_TYPES.NewExpression && isUrlSearchParamsClass(created.callee) && flowsIntoUrl(created)
    }

    function isUrlSearchParamsClass(callee: TSESTree.Node): boolean {
      return isGlobalRead(skipWrappers(callee), 'URLSearchParams', analysis.scopeOf)
    }

    /** The last name of a receiver: `res` in `res.redirect`, `location` in `window.location.assign`. */
    function lastName(node: TSESTree.Node): string | undefined {
      const unwrapped = skipWrappers(node)
      if (unwrapped.type === AST_NODE_TYPES.Identifier) return unwrapped.name
      if (unwrapped.type === AST_NODE_TYPES.MemberExpression) return literalKeyName(unwrapped)
      return undefined
    }

    /** A token-named query parameter read at `node`; `source` is how the message shows the read. */
    function reportQueryRead(node: TSESTree.Node, name: string, source = sourceCode.getText(node)): void {
      if (!isTokenName(name) || analysis.environment() === 'client' || inSingleUseLinkContext(node)) return
      context.report({ node, messageId: 'tokenFromQuery', data: { source: shorten(source) } })
    }

    function isQueryContainer(node: TSESTree.Node): boolean {
      const unwrapped = skipWrappers(node)
      return unwrapped.type === AST_NODE_TYPES.MemberExpression && queryContainers.includes(literalKeyName(unwrapped) ?? '')
    }

    return {
      TemplateLiteral(node): void {
        if (node.expressions.length > 0 && node.parent.type !== AST_NODE_TYPES.TaggedTemplateExpression) builtStrings.push(node)
      },
      BinaryExpression(node): void {
        const parent = outermostWrapper(node).parent
        if (node.operator === '+' && !(parent?.type === AST_NODE_TYPES.BinaryExpression && parent.operator === '+')) builtStrings.push(node)
      },
      AssignmentExpression(node): void {
        if (node.left.type !== AST_NODE_TYPES.MemberExpression) return
        const property = literalKeyName(node.left)
        const receiver = lastName(node.left.object)
        if (property === undefined || receiver === undefined) return
        if (Object.hasOwn(navigatingProperties, receiver) && navigatingProperties[receiver]!.includes(property)) markUrl(node.right)
        if (node.operator === '+=' && property === 'search') markUrl(node.right)
      },
      NewExpression(node): void {
        const callee = skipWrappers(node.callee)
        if (urlConstructors.some((name) => isGlobalRead(callee, name, analysis.scopeOf))) markUrl(node.arguments[0])
        const init = node.arguments[0]
        if (init && init.type !== AST_NODE_TYPES.SpreadElement && isUrlSearchParamsClass(callee) && flowsIntoUrl(node)) checkSearchParamsInit(init)
      },
      CallExpression(node): void {
        const callee = skipWrappers(node.callee)
        if (callee.type === AST_NODE_TYPES.Identifier) {
          if (!handledFunctions.has(callee.name)) return
          const index = Object.hasOwn(urlSinkFunctions, callee.name) ? urlSinkFunctions[callee.name] : undefined
          if (index !== undefined) markUrl(node.arguments[index])
          if (redirectFunctions.includes(callee.name)) markUrl(node.arguments[0])
          const client = queryOptionClients.find((candidate) => candidate.object === callee.name)
          if (client) checkQueryOptions(node.arguments[client.call], client.option)
          return
        }
        if (callee.type !== AST_NODE_TYPES.MemberExpression) return
        const method = literalKeyName(callee)
        if (method === undefined || !handledMethods.has(method)) return
        const receiver = lastName(callee.object)
        const client = queryOptionClients.find((candidate) => candidate.object === receiver && Object.hasOwn(candidate.methods, method))
        if (client) checkQueryOptions(node.arguments[client.methods[method]!], client.option)
        if (receiver !== undefined && Object.hasOwn(urlSinkMethods, receiver) && urlSinkMethods[receiver]!.includes(method)) {
          // `res.redirect(302, url)`: the URL is the last argument.
          markUrl(method === 'redirect' ? node.arguments.at(-1) : node.arguments[0])
        }
        if (searchParamsWriters.includes(method) && node.arguments.length === 2 && isSearchParams(callee.object)) {
          checkParameter(node.arguments[0], node.arguments[1])
        }
        const extractor = queryExtractors.find((candidate) => candidate.method === method)
        if (extractor) {
          const replacement = `${sourceCode.getText(callee.object)}.${extractor.replacement}`
          context.report({
            node,
            messageId: 'tokenFromQuery',
            data: { source: shorten(sourceCode.getText(node)) },
            suggest: [
              {
                messageId: 'useHeaderExtractor',
                data: { replacement },
                fix: (fixer): TSESLint.RuleFix => fixer.replaceText(node, replacement),
              },
            ],
          })
          return
        }
        const reader = queryParameterReaders.find((candidate) => candidate.method === method && candidate.receiver === receiver)
        const readsQuery = reader !== undefined && (!reader.serverOnly || analysis.environment() === 'server')
        const [first] = node.arguments
        if (!readsQuery || node.arguments.length !== 1 || !first) return
        const name = getStringIfConstant(first, analysis.scopeOf(first))
        if (name !== null) reportQueryRead(node, name)
      },
      MemberExpression(node): void {
        if (!isQueryContainer(node.object)) return
        const parent = outermostWrapper(node).parent
        if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === outermostWrapper(node)) return
        const name = node.computed ? getStringIfConstant(node.property, analysis.scopeOf(node)) : literalKeyName(node)
        if (name !== null && name !== undefined) reportQueryRead(node, name)
      },
      VariableDeclarator(node): void {
        // `const { token } = req.query`
        if (node.id.type !== AST_NODE_TYPES.ObjectPattern || !node.init || !isQueryContainer(node.init)) return
        for (const property of node.id.properties) {
          if (property.type !== AST_NODE_TYPES.Property) continue
          const name = property.computed ? getStringIfConstant(property.key, analysis.scopeOf(property)) : literalKeyName(property)
          if (name !== null && name !== undefined) reportQueryRead(property, name, `${sourceCode.getText(node.init)}.${name}`)
        }
      },
      'Program:exit'(): void {
        for (const node of builtStrings) checkString(node, urlStrings.has(node))
      },
    }
  },
})

/** `process.env.MAPBOX_TOKEN`, `import.meta.env.VITE_API_TOKEN`. */
function isConfiguration(node: TSESTree.Node): boolean {
  const unwrapped = skipWrappers(node)
  if (unwrapped.type !== AST_NODE_TYPES.MemberExpression) return false
  const path = memberPath(unwrapped.object)
  return path !== undefined && configurationObjects.some((prefix) => prefix.length === path.length && prefix.every((name, index) => path[index] === name))
}

/** `import.meta.env` as `['import', 'meta', 'env']`; undefined for anything but plain names. */
function memberPath(node: TSESTree.Node): string[] | undefined {
  const unwrapped = skipWrappers(node)
  if (unwrapped.type === AST_NODE_TYPES.Identifier) return [unwrapped.name]
  if (unwrapped.type === AST_NODE_TYPES.MetaProperty) return [unwrapped.meta.name, unwrapped.property.name]
  if (unwrapped.type !== AST_NODE_TYPES.MemberExpression) return undefined
  const name = literalKeyName(unwrapped)
  const object = memberPath(unwrapped.object)
  return name === undefined || object === undefined ? undefined : [...object, name]
}

const maxSourceLength = 60

function shorten(text: string): string {
  const single = text.replaceAll(/\s+/gu, ' ')
  return single.length > maxSourceLength ? `${single.slice(0, maxSourceLength - 1)}…` : single
}

