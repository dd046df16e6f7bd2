import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'
import { callsJwtApis, getJwtAnalysis, type JwtAnalysis } from '../core/analysis.js'
import { durationSeconds } from '../core/duration.js'
import type { JwtReference } from '../core/references.js'
import { constantInitializer } from '../core/bindings.js'
import { type PropertyFacts, staticValue } from '../core/static-object.js'
import { verifyReferences } from '../core/verify-policy.js'
import { createRule } from '../utils/create-rule.js'
import { removeListItem } from '../utils/fixes.js'

export type Options = [{ maxClockToleranceSeconds?: number }]
export type MessageIds =
  | 'expiryIgnored'
  | 'notBeforeIgnored'
  | 'clockToleranceTooLarge'
  | 'clockToleranceUnbounded'
  | 'clockPinned'
  | 'removeOption'

export default createRule<Options, MessageIds>({
  name: 'no-disabled-expiry',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow switching off or stretching the expiry and not-before checks of JWT verification',
      recommended: 'recommended',
      cwe: 'CWE-613',
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          maxClockToleranceSeconds: {
            type: 'number',
            minimum: 0,
            description: 'The largest clock tolerance, in seconds, that is not reported.',
          },
        },
      },
    ],
    defaultOptions: [{ maxClockToleranceSeconds: 300 }],
    messages: {
      expiryIgnored:
        '`{{option}}` makes `{{api}}` accept expired tokens, so a leaked token works forever. Remove it; refresh tokens instead of accepting stale ones.',
      notBeforeIgnored:
        '`{{option}}` makes `{{api}}` accept tokens before their `nbf` time. Remove it.',
      clockToleranceTooLarge:
        '`{{option}}` of `{{api}}` is {{seconds}} seconds, more than the {{limit}} allowed: expired tokens stay valid that long. Keep clock skew tolerance small.',
      clockToleranceUnbounded:
        '`{{option}}` of `{{api}}` is `{{value}}`, a string that the library adds to the timestamp as text instead of reading it as seconds, so `exp` and `nbf` are never enforced. Pass a small number of seconds.',
      clockPinned:
        '`{{option}}` of `{{api}}` pins the verification clock to a fixed time, so `exp` and `nbf` are checked against that moment forever. Let the library use the current time.',
      removeOption: 'Remove `{{option}}`.',
    },
  },
  create(context, [{ maxClockToleranceSeconds = 300 }]) {
    if (!callsJwtApis(context)) return {}
    const { sourceCode } = context
    /** An options object shared by several calls is reported once per problem. */
    const reported = new Set<string>()

    function reportProperty(
      reference: JwtReference,
      facts: PropertyFacts,
      value: TSESTree.Node,
      messageId: Exclude<MessageIds, 'removeOption'>,
      option: string,
      extra: Record<string, string> = {},
    ): void {
      const property = facts.properties.find((candidate) => candidate.value === value)
      const key = `${messageId}@${(property ?? value).range.join(':')}`
      if (reported.has(key)) return
      reported.add(key)
      const removable = property && property.parent.type === AST_NODE_TYPES.ObjectExpression && facts.properties.length === 1
      context.report({
        node: property ?? value,
        messageId,
        data: { api: reference.displayName, option, ...extra },
        suggest: removable
          ? [{ messageId: 'removeOption', data: { option }, fix: (fixer) => removeListItem(fixer, sourceCode, property) }]
          : [],
      })
    }

    function check(analysis: JwtAnalysis, reference: JwtReference): void {
      const names = reference.api.verifyOptions
      if (!names) return
      const options = analysis.options(reference)
      const flags = [
        [names.ignoreExpiration, 'expiryIgnored'],
        [names.ignoreNotBefore, 'notBeforeIgnored'],
      ] as const
      for (const [flag, messageId] of flags) {
        if (!flag) continue
        const { name, disabledBy } = typeof flag === 'string' ? { name: flag, disabledBy: true } : flag
        const facts = options.property(name)
        for (const value of facts.values) {
          const known = staticValue(value, analysis)
          // The libraries test these flags for truthiness (`ignoreExpiration: 'false'` is on); hono's
          // `exp` defaults to `true` only when `undefined`, so `false`, `0` or `null` switch the check off.
          const disables =
            known !== undefined && (disabledBy ? Boolean(known.value) : known.value !== undefined && !known.value)
          if (disables) reportProperty(reference, facts, value, messageId, name)
        }
      }
      if (names.clockTolerance) {
        const { name, format } = names.clockTolerance
        const facts = options.property(name)
        for (const value of facts.values) {
          const known = staticValue(value, analysis)?.value
          const seconds = durationSeconds(known, format)
          if (seconds === Number.POSITIVE_INFINITY && typeof known === 'string') {
            reportProperty(reference, facts, value, 'clockToleranceUnbounded', name, { value: sourceCode.getText(value) })
          } else if (seconds !== undefined && seconds > maxClockToleranceSeconds) {
            reportProperty(reference, facts, value, 'clockToleranceTooLarge', name, {
              seconds: String(seconds),
              limit: String(maxClockToleranceSeconds),
            })
          }
        }
      }
      for (const name of names.pinnedClock ?? []) {
        const facts = options.property(name)
        for (const value of facts.values) {
          if (isFixedTime(analysis, value)) reportProperty(reference, facts, value, 'clockPinned', name)
        }
      }
    }

    return {
      'Program:exit'(): void {
        const analysis = getJwtAnalysis(context)
        for (const reference of verifyReferences(analysis)) check(analysis, reference)
      },
    }
  },
})

/** A non-zero number (zero means "now" to jsonwebtoken), or `new Date(<constant>)`, possibly through a constant. */
function isFixedTime(analysis: JwtAnalysis, value: TSESTree.Node): boolean {
  const known = staticValue(value, analysis)?.value
  if (typeof known === 'number') return known !== 0
  const resolved = resolveConstant(analysis, value)
  return (
    resolved.type === AST_NODE_TYPES.NewExpression &&
    resolved.callee.type === AST_NODE_TYPES.Identifier &&
    resolved.callee.name === 'Date' &&
    resolved.arguments.length > 0 &&
    resolved.arguments.every((argument) => staticValue(argument, analysis) !== undefined)
  )
}

function resolveConstant(analysis: JwtAnalysis, value: TSESTree.Node): TSESTree.Node {
  return value.type === AST_NODE_TYPES.Identifier ? (constantInitializer(value, analysis) ?? value) : value
}
