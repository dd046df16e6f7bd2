import { callsJwtApis, getJwtAnalysis } from '../core/analysis.js'
import { evaluateList } from '../core/static-list.js'
import { allowListValues } from '../core/verify-policy.js'
import { algorithmFamily } from '../model/algorithms.js'
import { createRule } from '../utils/create-rule.js'

export type MessageIds = 'mixedFamilies'

export default createRule<[], MessageIds>({
  name: 'no-mixed-algorithm-families',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow algorithm allow-lists that mix HMAC and asymmetric algorithms',
      recommended: 'recommended',
      cwe: 'CWE-327',
    },
    schema: [],
    messages: {
      mixedFamilies:
        '`{{api}}` accepts both HMAC ({{hmac}}) and asymmetric ({{asymmetric}}) algorithms in one `{{option}}` allow-list: a public key can then be used as an HMAC secret (key confusion). Verify each key with the one algorithm family it belongs to.',
    },
  },
  create(context) {
    if (!callsJwtApis(context)) return {}
    return {
      'Program:exit'(): void {
        const analysis = getJwtAnalysis(context)
        for (const { reference, allowList, value } of allowListValues(analysis)) {
          // A library that refuses HMAC algorithms cannot be led to use a public key as a secret.
          if (reference.api.asymmetricOnly) continue
          const mixed = evaluateList(value, analysis).find((alternative) => {
            const families = new Set(alternative.entries.map((entry) => entry.value && algorithmFamily(entry.value)))
            return families.has('hmac') && families.has('asymmetric')
          })
          if (!mixed) continue
          const namesOf = (family: string): string =>
            [
              ...new Set(
                mixed.entries.flatMap((entry) =>
                  entry.value && algorithmFamily(entry.value) === family ? [`\`${entry.value}\``] : [],
                ),
              ),
            ].join(', ')
          context.report({
            node: value,
            messageId: 'mixedFamilies',
            data: {
              api: reference.displayName,
              option: allowList.label,
              hmac: namesOf('hmac'),
              asymmetric: namesOf('asymmetric'),
            },
          })
        }
      },
    }
  },
})
