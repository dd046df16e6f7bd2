import { AST_NODE_TYPES, type TSESLint } from '@typescript-eslint/utils'
import { getJwtAnalysis } from '../core/analysis.js'
import { skipWrappers } from '../core/ast.js'
import { logCallName } from '../core/loggers.js'
import { mayHoldTokens, resolveTokenNames, tokenFacts } from '../core/token-provenance.js'
import { createRule } from '../utils/create-rule.js'
import { defaultTokenNameOptions, describeToken, type TokenNameOptions, tokenNameSchema } from '../utils/token-options.js'

export type Options = [TokenNameOptions]
export type MessageIds = 'tokenInLog' | 'logPresence'

export default createRule<Options, MessageIds>({
  name: 'no-token-in-logs',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow writing bearer tokens and `Authorization` headers to logs',
      recommended: 'recommended',
      cwe: 'CWE-532',
    },
    hasSuggestions: true,
    schema: [{ type: 'object', additionalProperties: false, properties: tokenNameSchema }],
    defaultOptions: [defaultTokenNameOptions],
    messages: {
      tokenInLog:
        '`{{logger}}` logs {{what}}. Logs are kept long and read by many more people and systems than the token was meant for, and whoever reads it can replay it until it expires. Log the claims you need, a masked form or only whether the token is present.',
      logPresence: 'Log only whether it is present: `Boolean({{text}})`.',
    },
  },
  create(context, [options]) {
    const names = resolveTokenNames(options)
    if (!mayHoldTokens(context, names)) return {}
    const analysis = getJwtAnalysis(context)
    const { sourceCode } = context

    return {
      CallExpression(node): void {
        if (node.arguments.length === 0) return
        const logger = logCallName(node, analysis)
        if (logger === undefined) return
        for (const argument of node.arguments) {
          const value = argument.type === AST_NODE_TYPES.SpreadElement ? argument.argument : argument
          const facts = tokenFacts(value, context, names)
          if (!facts) continue
          const direct = facts.form === 'token' || facts.form === 'header'
          const text = sourceCode.getText(value)
          const unwrapped = skipWrappers(value)
          const simple = unwrapped.type === AST_NODE_TYPES.Identifier || unwrapped.type === AST_NODE_TYPES.MemberExpression
          context.report({
            node: value,
            messageId: 'tokenInLog',
            data: { logger, what: describeToken(facts) },
            suggest:
              direct && simple && argument.type !== AST_NODE_TYPES.SpreadElement
                ? [
                    {
                      messageId: 'logPresence',
                      data: { text },
                      fix: (fixer): TSESLint.RuleFix => fixer.replaceText(value, `Boolean(${text})`),
                    },
                  ]
                : [],
          })
        }
      },
    }
  },
})
