import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils'
import { getJwtAnalysis } from '../core/analysis.js'
import { skipWrappers } from '../core/ast.js'
import { constantInitializer } from '../core/bindings.js'
import {
  attributeState,
  type CookieCall,
  cookieCall,
  cookieString,
  hasCookieAttribute,
  hasSecurePrefix,
  isDocumentCookie,
  isSetCookieProperty,
  scriptCookieCall,
  setCookieHeaderValue,
} from '../core/cookies.js'
import { classifyName } from '../core/token-names.js'
import { mayHoldTokens, resolveTokenNames, tokenEvidence, tokenFacts } from '../core/token-provenance.js'
import type { CookieAttribute } from '../model/sinks.js'
import { createRule } from '../utils/create-rule.js'
import { addProperty, insertArgumentAfter } from '../utils/fixes.js'
import { defaultTokenNameOptions, describeToken, type TokenNameOptions, tokenNameSchema } from '../utils/token-options.js'

export type Options = [TokenNameOptions & { requireSameSite?: boolean }]
export type MessageIds = 'missingHttpOnly' | 'missingSecure' | 'missingSameSite' | 'scriptCookie' | 'setAttribute'

const messageIds: Record<CookieAttribute, MessageIds> = {
  httpOnly: 'missingHttpOnly',
  secure: 'missingSecure',
  sameSite: 'missingSameSite',
}
/** How cookie options and `Set-Cookie` strings spell each attribute in messages, and what a suggestion writes. */
const optionName: Record<CookieAttribute, string> = { httpOnly: 'httpOnly: true', secure: 'secure: true', sameSite: 'sameSite' }
const optionText: Record<CookieAttribute, string> = { httpOnly: 'httpOnly: true', secure: 'secure: true', sameSite: "sameSite: 'lax'" }
const optionValue: Record<CookieAttribute, string> = { httpOnly: 'true', secure: 'true', sameSite: "'lax'" }
const headerText: Record<CookieAttribute, string> = { httpOnly: 'HttpOnly', secure: 'Secure', sameSite: 'SameSite' }
const headerSuggestion: Record<CookieAttribute, string> = { httpOnly: 'HttpOnly', secure: 'Secure', sameSite: 'SameSite=Lax' }

export default createRule<Options, MessageIds>({
  name: 'require-secure-token-cookie',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require `httpOnly` and `secure` on cookies that hold a bearer token',
      recommended: 'recommended',
      strictOptions: [{ requireSameSite: true }],
      cwe: 'CWE-1004',
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          ...tokenNameSchema,
          requireSameSite: {
            type: 'boolean',
            description: 'Also require an explicit `sameSite` attribute on token cookies. On in the `strict` config.',
          },
        },
      },
    ],
    defaultOptions: [{ ...defaultTokenNameOptions, requireSameSite: false }],
    messages: {
      missingHttpOnly:
        '{{cookie}} holds {{what}} but is set without `{{attribute}}`, so any script on the page, one injected through XSS included, can read the token from `document.cookie` and replay it elsewhere. Set `{{attribute}}`.',
      missingSecure:
        '{{cookie}} holds {{what}} but is set without `{{attribute}}`, so the browser also sends it over plain HTTP, where anyone on the network path can read and replay the token. Set `{{attribute}}`.',
      missingSameSite:
        "{{cookie}} holds {{what}} but is set without `{{attribute}}`, so browsers that do not default to `Lax` attach it to requests that other sites trigger (cross-site request forgery). Set `{{attribute}}` to `'lax'` or `'strict'`.",
      scriptCookie:
        '`{{setter}}` writes {{what}} into a cookie from script. Such a cookie cannot be `HttpOnly` (browsers drop one that asks to be), so every script on the page, one injected through XSS included, can read the token. Let the server set the cookie with `HttpOnly` and `Secure`, or keep the token in memory.',
      setAttribute: 'Set `{{text}}`.',
    },
  },
  create(context, [options]) {
    const names = resolveTokenNames(options)
    const { sourceCode } = context
    if (!mayHoldTokens(context, names) || !/cookie/iu.test(sourceCode.text)) return {}
    const analysis = getJwtAnalysis(context)
    const attributes: CookieAttribute[] = options.requireSameSite ? ['httpOnly', 'secure', 'sameSite'] : ['httpOnly', 'secure']

    /** How messages describe what the cookie holds, or undefined when it holds no token. */
    function tokenIn(name: string | undefined, values: readonly TSESTree.Node[]): string | undefined {
      const verdict = name === undefined ? undefined : classifyName(name, names)
      // `XSRF-TOKEN`, and a `_csrf` cookie holding a value named `token`: meant to be read by scripts.
      if (verdict === 'ignored' || (name !== undefined && name !== '' && classifyName('token', names, name) === 'ignored')) return undefined
      for (const value of values) {
        const facts = tokenFacts(value, context, names)
        if (facts && facts.source !== 'request-headers') return describeToken(facts)
      }
      if (verdict !== 'token' && verdict !== 'idToken') return undefined
      if (!values.some((value) => tokenEvidence(value, context, names) === 'unknown')) return undefined
      return verdict === 'idToken' ? 'an ID token' : 'a bearer token'
    }

    const cookieLabel = (name: string | undefined): string => (name ? `The \`${name}\` cookie` : 'This cookie')

    // ------------------------------------------------------------ Cookie APIs with options

    function checkCookieCall(call: TSESTree.CallExpression, cookie: CookieCall): void {
      const what = tokenIn(cookie.name, [cookie.value])
      if (what === undefined || cookie.options.opaque) return
      // Suggestions edit only an options literal written at the call.
      const literal = cookie.options.literal && cookie.optionsNode && skipWrappers(cookie.optionsNode) === cookie.options.literal ? cookie.options.literal : undefined
      for (const attribute of attributes) {
        const state = attributeState(cookie, attribute, analysis)
        if (state !== 'off' && state !== 'absent') continue
        const data = { cookie: cookieLabel(cookie.name), what, attribute: optionName[attribute] }
        const text = optionText[attribute]
        if (state === 'off') {
          const written = cookie.options.property(attribute).properties
          const property = written.length === 1 && literal?.properties.includes(written[0]!) ? written[0]! : undefined
          context.report({
            node: property ?? call,
            messageId: messageIds[attribute],
            data,
            suggest: property
              ? [{ messageId: 'setAttribute', data: { text }, fix: (fixer): TSESLint.RuleFix => fixer.replaceText(property.value, optionValue[attribute]) }]
              : [],
          })
          continue
        }
        const last = call.arguments.at(-1)
        const fix = literal
          ? (fixer: TSESLint.RuleFixer): TSESLint.RuleFix => addProperty(fixer, sourceCode, literal, text)
          : !cookie.optionsNode && last && call.arguments.length === cookie.setter.args.options
            ? (fixer: TSESLint.RuleFixer): TSESLint.RuleFix => insertArgumentAfter(fixer, last, `{ ${text} }`)
            : undefined
        context.report({
          node: cookie.optionsNode ?? call,
          messageId: messageIds[attribute],
          data,
          suggest: fix ? [{ messageId: 'setAttribute', data: { text }, fix }] : [],
        })
      }
    }

    // ------------------------------------------------------------ Set-Cookie strings and cookies written from script

    function checkHeaderValue(raw: TSESTree.Node): void {
      const node = skipWrappers(raw)
      const list = node.type === AST_NODE_TYPES.Identifier ? constantInitializer(node, analysis) : undefined
      const array = node.type === AST_NODE_TYPES.ArrayExpression ? node : list?.type === AST_NODE_TYPES.ArrayExpression ? list : undefined
      if (array) {
        for (const element of array.elements) if (element && element.type !== AST_NODE_TYPES.SpreadElement) checkHeaderValue(element)
        return
      }
      const cookie = cookieString(node, analysis)
      const what = cookie && tokenIn(cookie.name, cookie.values)
      if (!cookie || what === undefined || !cookie.attributesKnown) return
      for (const attribute of attributes) {
        if ((attribute === 'secure' && hasSecurePrefix(cookie.name)) || hasCookieAttribute(cookie.attributes, headerText[attribute])) continue
        const fix = appendAttribute(node, headerSuggestion[attribute])
        context.report({
          node,
          messageId: messageIds[attribute],
          data: { cookie: cookieLabel(cookie.name), what, attribute: headerText[attribute] },
          suggest: fix ? [{ messageId: 'setAttribute', data: { text: headerSuggestion[attribute] }, fix }] : [],
        })
      }
    }

    /** Appends `; Attribute` to a string written as a literal or template at `node`. */
    function appendAttribute(node: TSESTree.Node, text: string): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix) | undefined {
      let last = node
      while (last.type === AST_NODE_TYPES.BinaryExpression && last.operator === '+') last = last.right
      const isString = (last.type === AST_NODE_TYPES.Literal && typeof last.value === 'string') || last.type === AST_NODE_TYPES.TemplateLiteral
      if (!isString) return undefined
      const body = sourceCode.getText(last).slice(0, -1).replace(/\s+$/u, '')
      const separator = body.endsWith(';') ? ' ' : '; '
      return (fixer) => fixer.replaceTextRange([last.range[0] + body.length, last.range[1] - 1], `${separator}${text}`)
    }

    function reportScriptCookie(node: TSESTree.Node, setter: string, name: string | undefined, values: readonly TSESTree.Node[]): void {
      const what = tokenIn(name, values)
      if (what !== undefined) context.report({ node, messageId: 'scriptCookie', data: { setter, what } })
    }

    return {
      CallExpression(node): void {
        const cookie = cookieCall(node, analysis)
        if (cookie) {
          checkCookieCall(node, cookie)
          return
        }
        const header = setCookieHeaderValue(node, analysis)
        if (header) {
          checkHeaderValue(header)
          return
        }
        const script = scriptCookieCall(node, analysis)
        if (script) reportScriptCookie(script.value, sourceCode.getText(node.callee), script.name, [script.value])
      },
      Property(node): void {
        if (isSetCookieProperty(node, analysis)) checkHeaderValue(node.value)
      },
      AssignmentExpression(node): void {
        if ((node.operator !== '=' && node.operator !== '+=') || !isDocumentCookie(node.left, analysis)) return
        const cookie = cookieString(node.right, analysis)
        if (cookie) reportScriptCookie(node.right, 'document.cookie', cookie.name, cookie.values)
      },
    }
  },
})
