import type { TSESTree } from '@typescript-eslint/utils'
import { getJwtAnalysis } from '../core/analysis.js'
import { decodedValue } from '../core/decoded.js'
import { evaluateList } from '../core/static-list.js'
import { algorithmAllowList, verifyReferences } from '../core/verify-policy.js'
import { createRule } from '../utils/create-rule.js'

export type MessageIds = 'algorithmFromToken'

const maxSourceLength = 60

export default createRule<[], MessageIds>({
  name: 'no-algorithm-from-header',
  meta: {
    type: 'problem',
    docs: {
      description: "Disallow verifying a JWT with an algorithm allow-list taken from the token's own header",
      recommended: 'recommended',
      cwe: 'CWE-347',
    },
    messages: {
      algorithmFromToken:
        "The `{{option}}` allow-list of `{{api}}` comes from the token's own {{part}} (`{{source}}`), so whoever makes the token picks the algorithm, `none` and HMAC-with-the-public-key included. List the algorithms your keys use instead.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context
    const shorten = (node: TSESTree.Node): string => {
      const text = sourceCode.getText(node).replaceAll(/\s+/gu, ' ')
      return text.length > maxSourceLength ? `${text.slice(0, maxSourceLength - 1)}…` : text
    }
    return {
      'Program:exit'(): void {
        const analysis = getJwtAnalysis(context)
        for (const reference of verifyReferences(analysis)) {
          const allowList = algorithmAllowList(analysis, reference)
          const reported = new Set<TSESTree.Node>()
          for (const value of allowList?.values ?? []) {
            for (const entry of evaluateList(value, analysis).flatMap((alternative) => alternative.entries)) {
              if (entry.value !== undefined || reported.has(entry.node)) continue
              const decoded = decodedValue(entry.node, analysis)
              if (!decoded) continue
              reported.add(entry.node)
              context.report({
                node: entry.node,
                messageId: 'algorithmFromToken',
                data: {
                  api: reference.displayName,
                  option: allowList!.label,
                  part: decoded.part,
                  source: shorten(decoded.source),
                },
              })
            }
          }
        }
      },
    }
  },
})
