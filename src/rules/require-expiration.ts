import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils'
import { callsJwtApis, getJwtAnalysis, type JwtAnalysis } from '../core/analysis.js'
import { skipWrappers } from '../core/ast.js'
import { calleeOf } from '../core/references.js'
import { type SignSite, signSites } from '../core/sign-site.js'
import { isTypedAccessToken, tokenExpiry } from '../core/token-lifetime.js'
import { payloadFacts } from '../core/token-payload.js'
import { expirationClaim } from '../model/token-types.js'
import { createRule } from '../utils/create-rule.js'
import { addProperty, insertArgumentAfter, isInlineArgument } from '../utils/fixes.js'

export type Options = [{ maxLifetimeSeconds?: number; maxAccessTokenLifetimeSeconds?: number }]
export type MessageIds =
  | 'missingExpiresIn'
  | 'missingExpirationTime'
  | 'missingExpClaim'
  | 'lifetimeTooLong'
  | 'accessTokenLifetimeTooLong'
  | 'addExpiry'

type Fix = (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix

/** The lifetime a suggestion adds: fifteen minutes, or the limit when that is shorter. */
const suggestedSeconds = 900

export default createRule<Options, MessageIds>({
  name: 'require-expiration',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require signed JWTs to expire, within a maximum lifetime',
      recommended: 'recommended',
      cwe: 'CWE-613',
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          maxLifetimeSeconds: {
            type: 'number',
            minimum: 1,
            description: 'The longest lifetime, in seconds, a signed token may have.',
          },
          maxAccessTokenLifetimeSeconds: {
            type: 'number',
            minimum: 1,
            description: "The longest lifetime, in seconds, of a token typed as an access token (`typ: 'at+jwt'`).",
          },
        },
      },
    ],
    defaultOptions: [{ maxLifetimeSeconds: 86_400, maxAccessTokenLifetimeSeconds: 3600 }],
    messages: {
      missingExpiresIn:
        '`{{api}}` signs a token with no `{{option}}` and no `exp` claim{{when}}, so it never expires: whoever obtains it keeps access for good. Set `{{option}}` to a short lifetime.',
      missingExpirationTime:
        '`{{api}}` builds a token without `.{{method}}()` or an `exp` claim{{when}}, so it never expires: whoever obtains it keeps access for good. Call `.{{method}}()` with a short lifetime before `.{{finish}}()`.',
      missingExpClaim:
        '`{{api}}` signs a payload without an `exp` claim{{when}} and has no lifetime option, so the token never expires: whoever obtains it keeps access for good. Add `exp` (seconds since the epoch) to the payload.',
      lifetimeTooLong:
        '`{{api}}` issues tokens valid for {{lifetime}} (`{{setting}}`), longer than the {{limit}} allowed: a leaked token stays usable that long. Issue shorter-lived tokens and refresh them.',
      accessTokenLifetimeTooLong:
        '`{{api}}` issues access tokens (`typ: at+jwt`) valid for {{lifetime}} (`{{setting}}`), longer than the {{limit}} allowed for access tokens. Keep access tokens short-lived and refresh them.',
      addExpiry: 'Add `{{text}}`.',
    },
  },
  create(context, [{ maxLifetimeSeconds = 86_400, maxAccessTokenLifetimeSeconds = 3600 }]) {
    if (!callsJwtApis(context)) return {}
    const { sourceCode } = context
    /** Values and calls already reported: options shared by several calls are reported once. */
    const reported = new Set<TSESTree.Node>()

    function check(analysis: JwtAnalysis, site: SignSite): void {
      const accessToken = isTypedAccessToken(analysis, site)
      const limit = accessToken ? Math.min(maxAccessTokenLifetimeSeconds, maxLifetimeSeconds) : maxLifetimeSeconds
      const expiry = tokenExpiry(analysis, site)
      for (const { label, value, seconds } of expiry.settings) {
        if (seconds === undefined || !Number.isFinite(seconds) || seconds <= limit || reported.has(value)) continue
        reported.add(value)
        const text = sourceCode.getText(value)
        context.report({
          node: value,
          messageId: accessToken ? 'accessTokenLifetimeTooLong' : 'lifetimeTooLong',
          data: {
            api: site.reference.displayName,
            lifetime: formatSeconds(seconds),
            setting: label.endsWith('()') ? `${label.slice(0, -2)}(${text})` : `${label}: ${text}`,
            limit: formatSeconds(limit),
          },
        })
      }
      const callee = calleeOf(site.reference)
      // A signer function missing its factory's expiry is reported once, at its first call.
      const where = site.optionsReference === site.reference ? callee : site.optionsReference.node
      if (!expiry.missingOnSomePath || reported.has(where)) return
      reported.add(where)
      const suggestion = expiry.missingOnEveryPath ? expirySuggestion(analysis, site, Math.min(suggestedSeconds, limit)) : undefined
      context.report({
        node: callee,
        ...missingMessage(site, expiry.missingOnEveryPath ? '' : ' on some paths'),
        suggest: suggestion ? [{ messageId: 'addExpiry', data: { text: suggestion.text }, fix: suggestion.fix }] : [],
      })
    }

    function missingMessage(site: SignSite, when: string): { messageId: MessageIds; data: Record<string, string> } {
      const api = site.reference.displayName
      const builder = site.reference.api.builder
      if (builder?.expirationTime) {
        return { messageId: 'missingExpirationTime', data: { api, when, method: builder.expirationTime.method, finish: builder.finish } }
      }
      const option = site.names?.expiresIn?.name
      return option ? { messageId: 'missingExpiresIn', data: { api, when, option } } : { messageId: 'missingExpClaim', data: { api, when } }
    }

    /** An edit that only adds an expiry, where the code shows the one place to add it. */
    function expirySuggestion(analysis: JwtAnalysis, site: SignSite, seconds: number): { text: string; fix: Fix } | undefined {
      const expirationTime = site.reference.api.builder?.expirationTime
      if (expirationTime) {
        const finish = site.chain?.finishes.length === 1 ? skipWrappers(site.chain.finishes[0]!.callee) : undefined
        if (finish?.type !== AST_NODE_TYPES.MemberExpression) return undefined
        const text = `.${expirationTime.method}(${durationText(seconds)})`
        return { text, fix: (fixer) => fixer.insertTextAfter(finish.object, text) }
      }
      const option = site.names?.expiresIn
      if (option) return optionSuggestion(analysis, site, `${option.name}: ${durationText(seconds)}`)
      const payload = site.payload ? skipWrappers(site.payload) : undefined
      if (payload?.type !== AST_NODE_TYPES.ObjectExpression || !isInlineArgument(site.reference.node, site.payload ?? undefined)) return undefined
      const text = `${expirationClaim}: Math.floor(Date.now() / 1000) + ${seconds}`
      return { text, fix: propertyFix(payloadFacts(analysis, payload).property(expirationClaim).properties, payload, text) }
    }

    function optionSuggestion(analysis: JwtAnalysis, site: SignSite, text: string): { text: string; fix: Fix } | undefined {
      const reference = site.optionsReference
      const call = reference.node
      if (call.type !== AST_NODE_TYPES.CallExpression || reference.api.optionsPath) return undefined
      const options = analysis.argument(reference, 'options')
      const literal = site.options.literal
      if (literal && isInlineArgument(call, options)) {
        const name = site.names!.expiresIn!.name
        return { text, fix: propertyFix(site.options.property(name).properties, literal, text) }
      }
      const key = analysis.argument(reference, 'key')
      const spread = call.arguments.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)
      if (options || !key || spread) return undefined
      return { text, fix: (fixer) => insertArgumentAfter(fixer, key, `{ ${text} }`) }
    }

    /** `{ expiresIn: undefined }`: replace the empty property rather than add a duplicate key. */
    function propertyFix(existing: readonly TSESTree.Property[], literal: TSESTree.ObjectExpression, text: string): Fix {
      const own = existing.find((property) => property.parent === literal)
      return own ? (fixer) => fixer.replaceText(own, text) : (fixer) => addProperty(fixer, sourceCode, literal, text)
    }

    return {
      'Program:exit'(): void {
        const analysis = getJwtAnalysis(context)
        for (const site of signSites(analysis)) check(analysis, site)
      },
    }
  },
})

/** A duration every modelled string format reads the same way: `'15m'`, `'45s'`. */
function durationText(seconds: number): string {
  return seconds % 60 === 0 ? `'${seconds / 60}m'` : `'${seconds}s'`
}

const units: ReadonlyArray<[string, number]> = [
  ['year', 31_557_600],
  ['day', 86_400],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
]

/** `86400` as `1 day`, `2592000` as `30 days`, `3600000` as `41.7 days`. */
function formatSeconds(seconds: number): string {
  const [unit, size] = units.find(([, candidate]) => seconds >= candidate) ?? units.at(-1)!
  const count = Math.round((seconds / size) * 10) / 10
  return `${count} ${unit}${count === 1 ? '' : 's'}`
}
