/**
 * Whether code deals with single-use link tokens (password reset, e-mail
 * verification, invitations, unsubscribe, magic links): those belong in URLs,
 * bearer tokens do not. Told from the names of the enclosing functions, the
 * route paths they are registered under and NestJS route decorators.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'
import { singleUseLinkPattern } from '../model/sinks.js'
import { decoratorsOf, functionName, isFunction } from './ast.js'

export function isSingleUseLinkText(text: string): boolean {
  return singleUseLinkPattern.test(text)
}

/** Whether `node` sits in a function, route or controller about single-use links. */
export function inSingleUseLinkContext(node: TSESTree.Node): boolean {
  for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
    if (isFunction(current)) {
      const name = functionName(current)
      if (name !== undefined && isSingleUseLinkText(name)) return true
      const call = current.parent
      // `router.get('/reset-password', (req, res) => ...)`
      if (call?.type === AST_NODE_TYPES.CallExpression && call.arguments.some((argument) => staticTextMentionsLink(argument))) return true
    }
    if (current.type === AST_NODE_TYPES.MethodDefinition || current.type === AST_NODE_TYPES.ClassDeclaration) {
      // `@Get('verify-email')`, `@Controller('invitations')`.
      if (decoratorsOf(current).some((decorator) => decoratorMentionsLink(decorator))) return true
    }
  }
  return false
}

function decoratorMentionsLink(decorator: TSESTree.Decorator): boolean {
  const expression = decorator.expression
  return expression.type === AST_NODE_TYPES.CallExpression && expression.arguments.some((argument) => staticTextMentionsLink(argument))
}

function staticTextMentionsLink(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Literal) return typeof node.value === 'string' && isSingleUseLinkText(node.value)
  if (node.type === AST_NODE_TYPES.TemplateLiteral) return node.quasis.some((quasi) => isSingleUseLinkText(quasi.value.cooked ?? ''))
  return false
}
