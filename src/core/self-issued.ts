/**
 * Tokens the code issued itself: what it put in them is what a decode reads back, so decoding one
 * trusts nothing from outside.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'
import { tokenIssuingFunctionPattern } from '../model/tokens.js'
import { getJwtAnalysis } from './analysis.js'
import { calleeName } from './ast.js'
import { tokenFacts } from './token-provenance.js'
import { valueRoot } from './value-root.js'

type RuleContextLike = Parameters<typeof getJwtAnalysis>[0]

/**
 * Whether `node` is a token this code signed: the result of a modelled sign call (through variables,
 * `await` and functions of this file that return one), or of a call whose name says it issues one
 * (`await this.createAccessToken(payload)`, inherited from a class in another module).
 */
export function isSelfIssued(node: TSESTree.Node, context: RuleContextLike): boolean {
  const facts = tokenFacts(node, context)
  if (facts?.source === 'sign' && facts.form === 'token') return true
  const { root, path } = valueRoot(node, getJwtAnalysis(context))
  if (path.length !== 0 || root.type !== AST_NODE_TYPES.CallExpression) return false
  const name = calleeName(root)
  return name !== undefined && tokenIssuingFunctionPattern.test(name)
}
