import type { TSESLint, TSESTree } from '@typescript-eslint/utils'
import { callsJwtApis, getJwtAnalysis, type JwtAnalysis } from '../core/analysis.js'
import { isCallOrNew } from '../core/ast.js'
import { calleeOf, type JwtReference } from '../core/references.js'
import { staticValue } from '../core/static-object.js'
import { algorithmAllowList, overriddenNestedOption, verifyReferences } from '../core/verify-policy.js'
import { createRule } from '../utils/create-rule.js'
import { addProperty, insertArgumentAfter, isInlineArgument } from '../utils/fixes.js'

export type Options = [{ checkKeyInferredAlgorithms?: boolean }]
export type MessageIds =
  | 'missingAlgorithms'
  | 'missingAlgorithmsKeyInferred'
  | 'missingRequiredAlgorithm'
  | 'overriddenAlgorithms'
  | 'allowOnly'

const messageIds = {
  header: 'missingAlgorithms',
  'key-type': 'missingAlgorithmsKeyInferred',
  required: 'missingRequiredAlgorithm',
} as const

/** Key names that suggest which algorithm family a suggestion should pin. */
const asymmetricKeyName = /public|pub|pem|cert|rsa|jwk|spki|x509/iu
const secretKeyName = /secret|hmac|shared|password/iu

export default createRule<Options, MessageIds>({
  name: 'require-algorithms',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require an explicit algorithm allow-list when verifying a JWT',
      recommended: 'recommended',
      strictOptions: [{ checkKeyInferredAlgorithms: true }],
      cwe: 'CWE-327',
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          checkKeyInferredAlgorithms: {
            type: 'boolean',
            description:
              'Also report libraries that infer the algorithm from the key type (jose). On in the `strict` config.',
          },
        },
      },
    ],
    defaultOptions: [{ checkKeyInferredAlgorithms: false }],
    messages: {
      missingAlgorithms:
        '`{{api}}` has no `{{option}}` allow-list, so the token header chooses the algorithm.{{history}} Pin the algorithms your keys use.',
      missingAlgorithmsKeyInferred:
        '`{{api}}` has no `{{option}}` allow-list and accepts any algorithm that fits the key. Pin the one algorithm this key is for.',
      missingRequiredAlgorithm:
        '`{{api}}` names no `{{option}}`.{{history}} Pass the algorithm your key uses.',
      overriddenAlgorithms:
        '`{{api}}` has no `{{option}}` allow-list: `{{option}}` is set only inside `{{nested}}`, which {{library}} overwrites with the top-level `{{option}}`, so the token header chooses the algorithm. Move it to the top level of the options.',
      allowOnly: 'Allow only {{algorithm}}.',
    },
  },
  create(context, [{ checkKeyInferredAlgorithms }]) {
    if (!callsJwtApis(context)) return {}
    const { sourceCode } = context

    function check(analysis: JwtAnalysis, reference: JwtReference): void {
      const mode = reference.api.algorithmsWhenOmitted
      if (mode === undefined || (mode === 'key-type' && !checkKeyInferredAlgorithms)) return
      const allowList = algorithmAllowList(analysis, reference)
      if (!allowList || !isMissing(analysis, allowList.presence, allowList.values)) return
      const nested = allowList.presence === 'absent' ? overriddenNestedOption(analysis, reference, allowList.label) : undefined
      if (nested) {
        context.report({
          node: nested,
          messageId: 'overriddenAlgorithms',
          data: {
            api: reference.displayName,
            option: allowList.label,
            nested: reference.api.verifyOptions!.overriddenNested!.name,
            library: reference.library.name,
          },
        })
        return
      }
      const history = reference.library.insecureHistory
      context.report({
        node: calleeOf(reference),
        messageId: messageIds[mode],
        data: {
          api: reference.displayName,
          option: allowList.label,
          history: history ? ` ${history}` : '',
        },
        suggest: suggestionAlgorithms(analysis, reference).flatMap((algorithm) => {
          const fix = allowListFix(analysis, reference, algorithm)
          return fix ? [{ messageId: 'allowOnly' as const, data: { algorithm }, fix }] : []
        }),
      })
    }

    function allowListFix(
      analysis: JwtAnalysis,
      reference: JwtReference,
      algorithm: string,
    ): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix) | undefined {
      const call = reference.node
      if (!isCallOrNew(call)) return undefined
      const optionName = reference.api.verifyOptions?.algorithms
      if (optionName) {
        const options = analysis.argument(reference, 'options')
        const facts = analysis.options(reference)
        const literal = facts.literal
        const text = `${optionName}: ${algorithmText(reference, algorithm, 'list')}`
        if (literal && isInlineArgument(call, options)) {
          // `{ algorithms: undefined }`: replace the empty property rather than add a duplicate key.
          const existing = facts.property(optionName).properties.find((property) => property.parent === literal)
          if (existing) return (fixer) => fixer.replaceText(existing, text)
          return (fixer) => addProperty(fixer, sourceCode, literal, text)
        }
        const key = analysis.argument(reference, 'key')
        if (!options && key) return (fixer) => insertArgumentAfter(fixer, key, `{ ${text} }`)
        return undefined
      }
      const position = reference.api.args.algorithm
      const last = call.arguments.at(-1)
      if (position === undefined || !last || call.arguments.length > position) return undefined
      const filler = Array.from({ length: position - call.arguments.length }, () => 'false')
      return (fixer) => insertArgumentAfter(fixer, last, [...filler, algorithmText(reference, algorithm, 'single')].join(', '))
    }

    function suggestionAlgorithms(analysis: JwtAnalysis, reference: JwtReference): string[] {
      if (reference.api.asymmetricOnly) return ['RS256']
      const key = analysis.argument(reference, 'key')
      const keyText = key ? sourceCode.getText(key) : ''
      const asymmetric = asymmetricKeyName.test(keyText)
      const secret = secretKeyName.test(keyText)
      if (asymmetric && !secret) return ['RS256']
      if (secret && !asymmetric) return ['HS256']
      return ['HS256', 'RS256']
    }

    return {
      'Program:exit'(): void {
        const analysis = getJwtAnalysis(context)
        for (const reference of verifyReferences(analysis)) check(analysis, reference)
      },
    }
  },
})

/** The allow-list as the API takes it: `['RS256']`, or `'RS256'` where it is one name (hono `alg`). */
function algorithmText(reference: JwtReference, algorithm: string, shapeByDefault: 'list' | 'single'): string {
  return (reference.api.algorithmShape ?? shapeByDefault) === 'list' ? `['${algorithm}']` : `'${algorithm}'`
}

/** Certainly absent, or present only as `undefined` / `null`. */
function isMissing(analysis: JwtAnalysis, presence: string, values: readonly TSESTree.Node[]): boolean {
  if (presence === 'absent') return true
  if (presence !== 'present' || values.length === 0) return false
  return values.every((value) => {
    const known = staticValue(value, analysis)
    return known !== undefined && (known.value === undefined || known.value === null)
  })
}
