import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils'
import { callsJwtApis, getJwtAnalysis, type JwtAnalysis } from '../core/analysis.js'
import { enclosingFunction, isFunction, outermostWrapper, valueParent } from '../core/ast.js'
import { findVariable } from '../core/eslint-utils.js'
import { errorPathContinues, mayThrow, promiseChainEnd, swallowingCatch, swallowingRejectionHandler } from '../core/error-flow.js'
import type { JwtReference } from '../core/references.js'
import { functionValue } from '../core/bindings.js'
import { staticValue } from '../core/static-object.js'
import { firstTrustingRead, trustedMembers } from '../core/trusted-reads.js'
import { completionOf, verifyReferences } from '../core/verify-policy.js'
import { createRule } from '../utils/create-rule.js'

export type MessageIds =
  | 'callbackErrorMissing'
  | 'callbackErrorUnused'
  | 'callbackErrorNotStopped'
  | 'decodedBeforeErrorCheck'
  | 'unawaitedVerify'
  | 'floatingVerify'
  | 'swallowedVerifyError'
  | 'failOpenOption'
  | 'unusedVerifyResult'
  | 'expiredTokenAccepted'
  | 'addAwait'

export default createRule<[], MessageIds>({
  name: 'no-ignored-verify-error',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow JWT verification whose failure does not stop the request',
      recommended: 'recommended',
      cwe: 'CWE-755',
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      callbackErrorMissing:
        'The callback of `{{api}}` takes no error parameter, so a forged or expired token runs the same code as a valid one. Take `(err, decoded)` and stop when `err` is set.',
      callbackErrorUnused:
        'The callback of `{{api}}` never reads its error parameter `{{name}}`, so a forged or expired token runs the same code as a valid one. Stop the request when `{{name}}` is set.',
      callbackErrorNotStopped:
        'The callback of `{{api}}` looks at its error parameter `{{name}}` but carries on when it is set, so a forged or expired token runs the same code as a valid one. Stop the request when `{{name}}` is set.',
      decodedBeforeErrorCheck:
        'The callback of `{{api}}` uses `{{decoded}}` before checking `{{name}}`. Check the error first and stop when it is set.',
      unawaitedVerify:
        '`{{api}}` returns a Promise, which is always truthy: this check passes for any token. Await it.',
      floatingVerify:
        'The Promise of `{{api}}` is neither awaited nor returned, so a failed verification is never seen{{inTry}}. Await it.',
      swallowedVerifyError:
        'This catch swallows the error of `{{api}}` and lets the request continue as if the token were valid. Reject the request (throw, respond 401, or pass the error on).',
      failOpenOption:
        '`{{option}}: {{value}}` makes `{{api}}` let requests without a valid token through ({{consequence}}), and this file then reads `{{trusted}}` as if it were set. Keep the default, or check `{{trusted}}` before using it.',
      unusedVerifyResult:
        '`{{api}}` returns `false` for a forged or expired token instead of throwing, and this call ignores its result, so the request goes on. Check the result and stop when it is false.',
      expiredTokenAccepted:
        'This `{{option}}` handler of `{{api}}` does not throw, so an expired token is accepted. Throw from it (or remove it) to reject expired tokens.',
      addAwait: 'Add `await`.',
    },
  },
  create(context) {
    if (!callsJwtApis(context)) return {}
    const { sourceCode } = context

    function checkCallback(analysis: JwtAnalysis, reference: JwtReference): void {
      const callback = analysis.callback(reference)
      if (!isFunction(callback)) return
      const [errorParameter, decodedParameter] = callback.params
      const data = { api: reference.displayName }
      if (!errorParameter) {
        context.report({ node: callback, messageId: 'callbackErrorMissing', data })
        return
      }
      if (errorParameter.type !== AST_NODE_TYPES.Identifier) return
      const reads = readsOf(callback, errorParameter)
      if (reads.length === 0) {
        context.report({ node: errorParameter, messageId: 'callbackErrorUnused', data: { api: data.api, name: errorParameter.name } })
        return
      }
      const decodedReads = decodedParameter?.type === AST_NODE_TYPES.Identifier ? readsOf(callback, decodedParameter) : []
      if (errorPathContinues(callback, reads, decodedReads, sourceCode)) {
        context.report({ node: reads[0]!, messageId: 'callbackErrorNotStopped', data: { api: data.api, name: errorParameter.name } })
        return
      }
      if (decodedParameter?.type !== AST_NODE_TYPES.Identifier) return
      const firstDecodedUse = decodedReads[0]
      if (firstDecodedUse && firstDecodedUse.range[0] < reads[0]!.range[0]) {
        context.report({
          node: firstDecodedUse,
          messageId: 'decodedBeforeErrorCheck',
          data: { api: data.api, name: errorParameter.name, decoded: decodedParameter.name },
        })
      }
    }

    function readsOf(declaration: TSESTree.Node, name: TSESTree.Identifier): TSESTree.Identifier[] {
      const variable = findVariable(sourceCode.getScope(declaration), name)
      return (variable?.references ?? [])
        .filter((reference) => reference.isRead())
        .map((reference) => reference.identifier as TSESTree.Identifier)
        .sort((a, b) => a.range[0] - b.range[0])
    }

    function checkPromise(reference: JwtReference): void {
      const call = reference.node
      const outer = outermostWrapper(call)
      const parent = outer.parent
      if (!parent) return
      const data = { api: reference.displayName }
      const asyncFunction = enclosingFunction(call)?.async ?? isTopLevelAwaitAllowed()
      const suggest = asyncFunction
        ? [{ messageId: 'addAwait' as const, data: {}, fix: (fixer: TSESLint.RuleFixer) => fixer.insertTextBefore(call, 'await ') }]
        : []
      if (isBooleanContext(outer, parent)) {
        context.report({ node: call, messageId: 'unawaitedVerify', data, suggest })
        return
      }
      if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === outer && parent.id.type === AST_NODE_TYPES.Identifier) {
        const reads = readsOf(parent, parent.id)
        if (reads.some((read) => isBooleanContext(outermostWrapper(read), outermostWrapper(read).parent))) {
          context.report({ node: call, messageId: 'unawaitedVerify', data, suggest })
        } else if (reads.length === 0 && parent.parent.parent.type !== AST_NODE_TYPES.ExportNamedDeclaration) {
          const inTry = isInsideTryBlock(call) ? ', and the surrounding try catches nothing' : ''
          context.report({ node: call, messageId: 'floatingVerify', data: { api: data.api, inTry }, suggest })
        }
        return
      }
      if (parent.type === AST_NODE_TYPES.ExpressionStatement || (parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'void')) {
        const inTry = isInsideTryBlock(call) ? ', and the surrounding try catches nothing' : ''
        context.report({ node: call, messageId: 'floatingVerify', data: { api: data.api, inTry }, suggest })
      }
    }

    function isTopLevelAwaitAllowed(): boolean {
      return sourceCode.ast.sourceType === 'module'
    }

    function checkCatch(reference: JwtReference): void {
      const handler = swallowingCatch(reference.node, sourceCode)
      if (handler) context.report({ node: handler, messageId: 'swallowedVerifyError', data: { api: reference.displayName } })
    }

    function checkFailOpenOptions(analysis: JwtAnalysis, reference: JwtReference): void {
      const names = reference.api.verifyOptions
      if (!names?.failOpen && !names?.expiredHandler) return
      const options = analysis.options(reference)
      for (const failOpen of names.failOpen ?? []) {
        const facts = options.property(failOpen.name)
        for (const value of facts.values) {
          if (staticValue(value, analysis)?.value !== failOpen.value) continue
          const members = trustedMembers(failOpen, options, analysis)
          const trusted = members && firstTrustingRead(sourceCode, members)
          if (!trusted) continue
          context.report({
            node: facts.properties.find((property) => property.value === value) ?? value,
            messageId: 'failOpenOption',
            data: {
              api: reference.displayName,
              option: failOpen.name,
              value: String(failOpen.value),
              consequence: failOpen.consequence,
              trusted: sourceCode.getText(trusted),
            },
          })
        }
      }
      if (names.expiredHandler) {
        const facts = options.property(names.expiredHandler)
        for (const value of facts.values) {
          const handler = functionValue(value, analysis)
          if (handler && !mayThrow(handler, sourceCode)) {
            context.report({
              node: facts.properties.find((property) => property.value === value)?.key ?? value,
              messageId: 'expiredTokenAccepted',
              data: { api: reference.displayName, option: names.expiredHandler },
            })
          }
        }
      }
    }

    function checkRejectionHandler(reference: JwtReference): void {
      const handler = swallowingRejectionHandler(reference.node, sourceCode)
      if (handler) context.report({ node: handler, messageId: 'swallowedVerifyError', data: { api: reference.displayName } })
    }

    return {
      'Program:exit'(): void {
        const analysis = getJwtAnalysis(context)
        for (const reference of verifyReferences(analysis)) {
          if (reference.node.type !== AST_NODE_TYPES.CallExpression) continue
          checkFailOpenOptions(analysis, reference)
          const completion = completionOf(reference)
          if (!completion) continue
          if (completion === 'boolean') {
            const parent = valueParent(reference.node)
            if (parent?.type === AST_NODE_TYPES.ExpressionStatement) {
              context.report({ node: reference.node, messageId: 'unusedVerifyResult', data: { api: reference.displayName } })
            }
            continue
          }
          if (completion === 'promise') {
            checkPromise(reference)
            checkRejectionHandler(reference)
            if (valueParent(promiseChainEnd(reference.node))?.type === AST_NODE_TYPES.AwaitExpression) checkCatch(reference)
          } else {
            checkCallback(analysis, reference)
            if (!analysis.callback(reference)) checkCatch(reference)
          }
        }
      },
    }
  },
})

/** Where a Promise is read as a boolean: an `if`/loop/ternary test, `!p`, `Boolean(p)`, `p && ...` in a test. */
function isBooleanContext(value: TSESTree.Node, parent: TSESTree.Node | undefined): boolean {
  switch (parent?.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
    case AST_NODE_TYPES.ConditionalExpression:
      return parent.test === value
    case AST_NODE_TYPES.UnaryExpression:
      return parent.operator === '!'
    case AST_NODE_TYPES.CallExpression:
      return parent.callee.type === AST_NODE_TYPES.Identifier && parent.callee.name === 'Boolean'
    case AST_NODE_TYPES.LogicalExpression:
      return parent.left === value || isBooleanContext(parent, parent.parent)
    default:
      return false
  }
}

function isInsideTryBlock(node: TSESTree.Node): boolean {
  for (let current = node; current.parent && !isFunction(current); current = current.parent) {
    if (current.parent.type === AST_NODE_TYPES.TryStatement && current.parent.block === current) return true
  }
  return false
}
