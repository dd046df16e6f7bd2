import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'
import { callsJwtApis, getJwtAnalysis } from '../core/analysis.js'
import { evaluateList, type ListEntry } from '../core/static-list.js'
import { signingAlgorithmSources } from '../core/sign-policy.js'
import { staticValue } from '../core/static-object.js'
import { algorithmAllowList, certainlyKeyless, verifyReferences } from '../core/verify-policy.js'
import { calleeOf, type JwtReference } from '../core/references.js'
import { algorithmFamily } from '../model/algorithms.js'
import { createRule } from '../utils/create-rule.js'
import { removeListItem } from '../utils/fixes.js'

export type MessageIds = 'noneAccepted' | 'noneSigned' | 'unsecuredToken' | 'noneKey' | 'falsyKey' | 'removeNone'

export default createRule<[], MessageIds>({
  name: 'no-none-algorithm',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow the `none` algorithm and falsy keys that make a JWT library accept unsigned tokens',
      recommended: 'recommended',
      cwe: 'CWE-347',
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      noneAccepted:
        '`{{api}}` accepts unsigned tokens: `{{value}}` in its `{{option}}` allow-list switches signature verification off. Remove it.',
      noneSigned:
        '`{{api}}` signs with `alg: {{value}}` (`{{option}}`), so the token has no signature and anyone can forge it. Sign with a real algorithm such as RS256 or ES256.',
      unsecuredToken:
        '`{{api}}` creates an unsigned (`alg: none`) token that anyone can forge. Sign it with `SignJWT` instead.',
      noneKey: '`{{api}}` is the `none` key: a token verified with it needs no signature. Verify with a real key.',
      falsyKey:
        '`{{api}}` is given a falsy key (`{{key}}`); with no allow-list that excludes `none`, {{library}} then accepts unsigned tokens. Pass the real secret or public key and an `algorithms` allow-list.',
      removeNone: 'Remove `{{value}}` from the allow-list.',
    },
  },
  create(context) {
    if (!callsJwtApis(context)) return {}
    const { sourceCode } = context
    /** Entries already reported: an allow-list constant shared by several calls is reported once. */
    const reportedEntries = new Set<TSESTree.Node>()

    function reportNoneEntries(reference: JwtReference): void {
      const analysis = getJwtAnalysis(context)
      const allowList = algorithmAllowList(analysis, reference)
      if (!allowList || reference.api.rejectsNoneAlgorithm) return
      // fast-jwt refuses unsigned tokens whenever it has a key.
      if (reference.api.acceptsNoneOnlyWithoutKey && !certainlyKeyless(getJwtAnalysis(context), reference)) return
      for (const value of allowList.values) {
        for (const entry of noneEntries(value)) {
          if (reportedEntries.has(entry.node)) continue
          reportedEntries.add(entry.node)
          const entryValue = entry.value ?? 'none'
          context.report({
            node: entry.node,
            messageId: 'noneAccepted',
            data: { api: reference.displayName, value: entryValue, option: allowList.label },
            suggest: isArrayElement(entry.node)
              ? [
                  {
                    messageId: 'removeNone',
                    data: { value: entryValue },
                    fix: (fixer) => removeListItem(fixer, sourceCode, entry.node),
                  },
                ]
              : [],
          })
        }
      }
    }

    function noneEntries(value: TSESTree.Node): ListEntry[] {
      const analysis = getJwtAnalysis(context)
      const entries = evaluateList(value, analysis).flatMap((alternative) => alternative.entries)
      const unique = new Map<TSESTree.Node, ListEntry>()
      for (const entry of entries) {
        if (entry.value !== undefined && algorithmFamily(entry.value) === 'none') unique.set(entry.node, entry)
      }
      return [...unique.values()]
    }

    function reportNoneSigning(reference: JwtReference): void {
      const analysis = getJwtAnalysis(context)
      if (reference.api.rejectsNoneAlgorithm) return
      if (reference.api.acceptsNoneOnlyWithoutKey && !certainlyKeyless(analysis, reference)) return
      for (const { option, node } of signingAlgorithmSources(analysis, reference)) {
        const value = staticValue(node, analysis)?.value
        if (typeof value === 'string' && algorithmFamily(value) === 'none') {
          context.report({ node, messageId: 'noneSigned', data: { api: reference.displayName, value, option } })
        }
      }
    }

    function reportFalsyKey(reference: JwtReference): void {
      const analysis = getJwtAnalysis(context)
      if (!reference.api.acceptsUnsignedWithFalsyKey || reference.node.type !== AST_NODE_TYPES.CallExpression) return
      const key = analysis.argument(reference, 'key')
      const spread = reference.node.arguments.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)
      // `jwt.verify(token)`: an omitted key is `undefined`.
      const omitted = !key && !spread && reference.api.args.key !== undefined
      if (!omitted) {
        if (!key || key.type === AST_NODE_TYPES.SpreadElement) return
        const known = staticValue(key, analysis)
        if (!known || known.value) return
      }
      if (!allowListMayAdmitNone(reference)) return
      context.report({
        node: key ?? calleeOf(reference),
        messageId: 'falsyKey',
        data: { api: reference.displayName, key: key ? sourceCode.getText(key) : 'undefined', library: reference.library.name },
      })
    }

    /**
     * Whether the allow-list lets `none` through on some path: missing, empty-valued
     * or listing it. One the analysis cannot see (imported or built elsewhere) does not count.
     */
    function allowListMayAdmitNone(reference: JwtReference): boolean {
      const analysis = getJwtAnalysis(context)
      const allowList = algorithmAllowList(analysis, reference)
      if (!allowList || allowList.presence === 'absent' || allowList.presence === 'maybe') return true
      if (allowList.presence !== 'present') return false
      return allowList.values.some((value) => {
        const known = staticValue(value, analysis)
        if (known && (known.value === undefined || known.value === null)) return true
        return noneEntries(value).length > 0
      })
    }

    return {
      'Program:exit'(): void {
        const analysis = getJwtAnalysis(context)
        for (const reference of verifyReferences(analysis)) {
          reportNoneEntries(reference)
          reportFalsyKey(reference)
        }
        for (const reference of analysis.references) {
          const { kind } = reference.api
          if (kind === 'sign') reportNoneSigning(reference)
          else if (kind === 'unsecuredSign') {
            context.report({ node: reference.node, messageId: 'unsecuredToken', data: { api: reference.displayName } })
          } else if (kind === 'noneKey') {
            context.report({ node: reference.node, messageId: 'noneKey', data: { api: reference.displayName } })
          }
        }
      },
    }
  },
})

function isArrayElement(node: TSESTree.Node): boolean {
  return node.parent?.type === AST_NODE_TYPES.ArrayExpression
}
