/**
 * The shared shape of `require-audience` and `require-issuer`: a verify call
 * whose options certainly lack the claim check, or set it to an empty value
 * that the library treats as "do not check".
 */
import { getJwtAnalysis } from '../core/analysis.js'
import { enclosingFunctionNames } from '../core/ast.js'
import { calleeOf } from '../core/references.js'
import { staticValue } from '../core/static-object.js'
import { type ClaimCheck, claimOption, verifyReferences } from '../core/verify-policy.js'
import { createRule } from './create-rule.js'

export type ClaimRuleOptions = [{ allowedWrappers?: string[] }]
export type ClaimRuleMessageIds = 'missingClaimCheck' | 'emptyClaimCheck'

interface ClaimRuleSpec {
  readonly name: string
  readonly claim: ClaimCheck
  /** The registered claim, `aud` or `iss`. */
  readonly claimName: string
  readonly description: string
  readonly cwe: string
  /** What accepting any value of the claim lets an attacker do. */
  readonly threat: string
}

export function createClaimCheckRule(spec: ClaimRuleSpec) {
  return createRule<ClaimRuleOptions, ClaimRuleMessageIds>({
    name: spec.name,
    meta: {
      type: 'problem',
      docs: { description: spec.description, recommended: 'recommended', cwe: spec.cwe },
      messages: {
        missingClaimCheck: `\`{{api}}\` does not check the \`${spec.claimName}\` claim: without \`{{option}}\`, ${spec.threat}. Pass the {{claim}} this service expects.`,
        emptyClaimCheck: `\`{{option}}\` of \`{{api}}\` is empty (\`{{value}}\`), which switches the \`${spec.claimName}\` check off. Pass the {{claim}} this service expects.`,
      },
      schema: [
        {
          type: 'object',
          additionalProperties: false,
          properties: {
            allowedWrappers: {
              type: 'array',
              items: { type: 'string' },
              uniqueItems: true,
              description: `Names of your own functions whose callers check the ${spec.claim}; verify calls inside them are not reported.`,
            },
          },
        },
      ],
      defaultOptions: [{ allowedWrappers: [] }],
    },
    create(context, [{ allowedWrappers = [] }]) {
      return {
        'Program:exit'(): void {
          const analysis = getJwtAnalysis(context)
          for (const reference of verifyReferences(analysis)) {
            const option = claimOption(reference, spec.claim)
            if (!option) continue
            if (enclosingFunctionNames(reference.node).some((name) => allowedWrappers.includes(name))) continue
            const facts = analysis.options(reference).property(option)
            const data = { api: reference.displayName, option, claim: spec.claim }
            if (facts.presence === 'absent') {
              context.report({ node: calleeOf(reference), messageId: 'missingClaimCheck', data })
              continue
            }
            if (facts.presence !== 'present') continue
            const empty = facts.values.every((value) => {
              const known = staticValue(value, analysis)
              return known !== undefined && !known.value
            })
            if (empty) {
              const value = facts.values[0]!
              context.report({
                node: value,
                messageId: 'emptyClaimCheck',
                data: { ...data, value: context.sourceCode.getText(value) },
              })
            }
          }
        },
      }
    },
  })
}
