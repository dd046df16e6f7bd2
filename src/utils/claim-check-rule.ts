/**
 * The shared shape of `require-audience` and `require-issuer`: a verify call
 * whose options certainly lack the claim check, or set it to an empty value
 * (or, where the model says so, a value of a type) that the library treats as
 * "do not check".
 */
import type { TSESTree } from '@typescript-eslint/utils'
import { callsJwtApis, getJwtAnalysis } from '../core/analysis.js'
import { enclosingFunctionNames } from '../core/ast.js'
import { isClaimCheckedByHand } from '../core/claim-checks.js'
import { calleeOf, type JwtReference } from '../core/references.js'
import { staticValue } from '../core/static-object.js'
import {
  type ClaimCheck,
  claimCheckSwitchedOffBy,
  claimOption,
  overriddenNestedOption,
  verifyReferences,
} from '../core/verify-policy.js'
import { createRule } from './create-rule.js'

export type ClaimRuleOptions = [{ allowedWrappers?: string[] }]
export type ClaimRuleMessageIds = 'missingClaimCheck' | 'emptyClaimCheck' | 'ignoredClaimCheck' | 'overriddenClaimCheck' | 'ignoredClaimCheck'

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
        ignoredClaimCheck: `\`{{option}}\` of \`{{api}}\` is \`{{value}}\`, which the library ignores (it checks only {{accepted}}), so the \`${spec.claimName}\` check is off. Pass the {{claim}} this service expects as {{accepted}}.`,
        overriddenClaimCheck: `\`{{api}}\` does not check the \`${spec.claimName}\` claim: \`{{option}}\` is set only inside \`{{nested}}\`, which {{library}} overwrites with the top-level \`{{option}}\`. Move it to the top level of the options.`,
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
      if (!callsJwtApis(context)) return {}
      /** An options object shared by several calls is reported once. */
      const reported = new Set<TSESTree.Node>()
      return {
        'Program:exit'(): void {
          const analysis = getJwtAnalysis(context)
          for (const reference of verifyReferences(analysis)) {
            const option = claimOption(reference, spec.claim)
            if (!option) continue
            if (enclosingFunctionNames(reference.node).some((name) => allowedWrappers.includes(name))) continue
            const facts = analysis.options(reference).property(option)
            const data = { api: reference.displayName, option, claim: spec.claim }
            const switchedOffBy = claimCheckSwitchedOffBy(reference, option)
            if (facts.presence === 'absent') {
              // Without the option such a library throws: it fails closed.
              if (switchedOffBy === 'null') continue
              if (isClaimCheckedByHand(reference.node, spec.claimName, analysis)) continue
              const nested = overriddenNestedOption(analysis, reference, option)
              if (nested) {
                context.report({
                  node: nested,
                  messageId: 'overriddenClaimCheck',
                  data: { ...data, nested: reference.api.verifyOptions!.overriddenNested!.name, library: reference.library.name },
                })
              } else {
                context.report({ node: calleeOf(reference), messageId: 'missingClaimCheck', data })
              }
              continue
            }
            if (facts.presence !== 'present' || facts.values.length === 0) continue
            const accepted = acceptedShapes(reference, option)
            const kinds = facts.values.map((value) => valueKind(staticValue(value, analysis), accepted, switchedOffBy))
            if (!kinds.every((kind) => kind === 'empty' || kind === 'ignored')) continue
            const messageId = kinds.includes('ignored') ? 'ignoredClaimCheck' : 'emptyClaimCheck'
            const value = messageId === 'ignoredClaimCheck' ? facts.values[kinds.indexOf('ignored')]! : facts.values[0]!
            if (reported.has(value)) continue
            reported.add(value)
            context.report({
              node: value,
              messageId,
              data: { ...data, value: context.sourceCode.getText(value), accepted: accepted ?? '' },
            })
          }
        },
      }
    },
  })
}

/** The value shapes a library checks for this option, when it silently ignores others. */
function acceptedShapes(reference: JwtReference, option: string): 'a string or an array' | 'an array' | undefined {
  const names = reference.api.verifyOptions
  if (names?.arrayOnly?.includes(option)) return 'an array'
  if (names?.stringOrArrayOnly?.includes(option)) return 'a string or an array'
  return undefined
}

/** What a claim option's value does to the check: `unknown` when it cannot be told statically. */
function valueKind(
  known: { value: unknown } | undefined,
  accepted: ReturnType<typeof acceptedShapes>,
  switchedOffBy: ReturnType<typeof claimCheckSwitchedOffBy>,
): 'unknown' | 'empty' | 'ignored' | 'checked' {
  if (known === undefined) return 'unknown'
  if (switchesOff(known.value, switchedOffBy)) return 'empty'
  // Any other falsy value (`''`, `false`, or `undefined` where the option is required) rejects every token or throws.
  if (!known.value) return 'checked'
  if (accepted === 'an array' && !Array.isArray(known.value)) return 'ignored'
  if (accepted === 'a string or an array' && typeof known.value !== 'string' && !Array.isArray(known.value)) return 'ignored'
  return 'checked'
}

function switchesOff(value: unknown, by: ReturnType<typeof claimCheckSwitchedOffBy>): boolean {
  if (by === 'null') return value === null
  if (by === 'nullish') return value === undefined || value === null
  return !value
}
