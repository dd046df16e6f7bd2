import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'
import { callsJwtApis, getJwtAnalysis } from '../core/analysis.js'
import { skipWrappers } from '../core/ast.js'
import { decodedValue } from '../core/decoded.js'
import { evaluateList } from '../core/static-list.js'
import { allowListValues } from '../core/verify-policy.js'
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
    schema: [],
    messages: {
      algorithmFromToken:
        "The `{{option}}` allow-list of `{{api}}` comes from the token's own {{part}} (`{{source}}`), so whoever makes the token picks the algorithm, `none` and HMAC-with-the-public-key included. List the algorithms your keys use instead.",
    },
  },
  create(context) {
    if (!callsJwtApis(context)) return {}
    const { sourceCode } = context
    const shorten = (node: TSESTree.Node): string => {
      const text = sourceCode.getText(node).replaceAll(/\s+/gu, ' ')
      return text.length > maxSourceLength ? `${text.slice(0, maxSourceLength - 1)}…` : text
    }
    return {
      'Program:exit'(): void {
        const analysis = getJwtAnalysis(context)
        const reported = new Set<TSESTree.Node>()
        for (const { reference, allowList, value } of allowListValues(analysis)) {
          for (const entry of evaluateList(value, analysis).flatMap((alternative) => alternative.entries)) {
            if (entry.value !== undefined) continue
            for (const candidate of alternatives(entry.node)) {
              if (reported.has(candidate)) continue
              const decoded = decodedValue(candidate, analysis)
              if (!decoded) continue
              reported.add(candidate)
              context.report({
                node: candidate,
                messageId: 'algorithmFromToken',
                data: {
                  api: reference.displayName,
                  option: allowList.label,
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

/** The values an entry may take: both sides of `a ?? b` / `a || b`, both branches of `c ? a : b`. */
function alternatives(node: TSESTree.Node): TSESTree.Node[] {
  const unwrapped = skipWrappers(node)
  if (unwrapped.type === AST_NODE_TYPES.LogicalExpression && unwrapped.operator !== '&&') {
    return [...alternatives(unwrapped.left), ...alternatives(unwrapped.right)]
  }
  if (unwrapped.type === AST_NODE_TYPES.ConditionalExpression) {
    return [...alternatives(unwrapped.consequent), ...alternatives(unwrapped.alternate)]
  }
  return [node]
}
