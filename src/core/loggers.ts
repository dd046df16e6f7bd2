/**
 * Recognises calls that write a log line: `console.*`, and the loggers of winston,
 * pino, bunyan, log4js, debug and NestJS, by the names they are usually reached
 * through (`logger.info`, `this.logger.warn`, `fastify.log.error`, `Logger.log`)
 * or by the factory call that created them (`const l = pino(); l.info(...)`).
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'
import { loggerFactories, loggerFunctionModules, loggerNamePattern, loggerObjectNames, logMethods } from '../model/sinks.js'
import { calleeName, literalKeyName, skipWrappers } from './ast.js'
import { type EvaluationContext, singleAssignmentVariable } from './bindings.js'
import { findVariable, type Variable } from './eslint-utils.js'
import { anyOf } from './text-patterns.js'
import { cached, fileCache } from './memo.js'

/** How the log call is written, for messages (`console.log`, `this.logger.info`); undefined when it is not a log call. */
export function logCallName(
  call: TSESTree.CallExpression,
  context: EvaluationContext & { sourceCode: { readonly ast: TSESTree.Program; readonly text: string; getText(node: TSESTree.Node): string } },
): string | undefined {
  const callee = skipWrappers(call.callee)
  if (callee.type === AST_NODE_TYPES.Identifier) {
    return importsLoggerFunctionModule(context.sourceCode) && isLoggerFunction(callee, context) ? callee.name : undefined
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined
  const method = literalKeyName(callee)
  if (method === undefined || !logMethodNames.has(method)) return undefined
  if (!isLogger(callee.object, context, 0)) return undefined
  const receiver = context.sourceCode.getText(callee.object)
  return receiver.length <= 40 ? `${receiver}.${method}` : method
}

const logMethodNames = new Set(logMethods)

/** Whether the file names a module that makes logger functions, `'debug'`: decided once per file, before any call is looked at. */
const importsLoggerFunctions = fileCache<boolean>()
const loggerFunctionModuleText = anyOf(loggerFunctionModules.flatMap((module) => [`'${module}'`, `"${module}"`, `\`${module}\``]))

function importsLoggerFunctionModule(sourceCode: { readonly ast: TSESTree.Program; readonly text: string }): boolean {
  return importsLoggerFunctions(sourceCode.ast, () => loggerFunctionModuleText.test(sourceCode.text))
}

function isLoggerName(name: string): boolean {
  return loggerObjectNames.includes(name) || loggerNamePattern.test(name)
}

function isLogger(raw: TSESTree.Node, context: EvaluationContext, depth: number): boolean {
  if (depth > 4) return false
  const node = skipWrappers(raw)
  switch (node.type) {
    case AST_NODE_TYPES.Identifier: {
      if (isLoggerName(node.name)) return true
      const init = initializer(node, context)
      return init !== undefined && isLoggerCreation(init, context, depth)
    }
    case AST_NODE_TYPES.MemberExpression: {
      const name = literalKeyName(node)
      return name !== undefined && isLoggerName(name)
    }
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      return isLoggerCreation(node, context, depth)
    default:
      return false
  }
}

/** `pino()`, `winston.createLogger()`, `logger.child()`, `new Logger(...)`. */
function isLoggerCreation(raw: TSESTree.Node, context: EvaluationContext, depth: number): boolean {
  const node = skipWrappers(raw)
  if (node.type === AST_NODE_TYPES.NewExpression) {
    const callee = skipWrappers(node.callee)
    return callee.type === AST_NODE_TYPES.Identifier && isLoggerName(callee.name)
  }
  if (node.type !== AST_NODE_TYPES.CallExpression) return false
  const name = calleeName(node)
  if (name === undefined || !loggerFactories.includes(name)) return false
  const callee = skipWrappers(node.callee)
  // `logger.child()` is a logger only when called on one.
  return name !== 'child' || (callee.type === AST_NODE_TYPES.MemberExpression && isLogger(callee.object, context, depth + 1))
}

/**
 * The value a variable is declared with and never reassigned to. Changes to its properties do
 * not matter here: a logger stays a logger.
 */
function initializer(identifier: TSESTree.Identifier, context: EvaluationContext): TSESTree.Expression | undefined {
  const declarator = singleAssignmentVariable(identifier, context)?.defs[0]?.node
  return declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.id.type === AST_NODE_TYPES.Identifier ? (declarator.init ?? undefined) : undefined
}

/** Whether a variable holds a `debug` function, decided once per variable: a file calls its functions many times. */
const loggerFunctionVariables = new WeakMap<Variable, boolean>()

/** `const log = debug('app'); log('...')`: a function made by the `debug` module. */
function isLoggerFunction(callee: TSESTree.Identifier, context: EvaluationContext): boolean {
  const variable = findVariable(context.scopeOf(callee), callee)
  if (!variable) return false
  return cached(loggerFunctionVariables, variable, () => isMadeByLoggerModule(callee, context))
}

function isMadeByLoggerModule(callee: TSESTree.Identifier, context: EvaluationContext): boolean {
  const init = initializer(callee, context)
  const created = init ? skipWrappers(init) : undefined
  if (created?.type !== AST_NODE_TYPES.CallExpression) return false
  const factory = skipWrappers(created.callee)
  if (factory.type === AST_NODE_TYPES.CallExpression) return isRequireOf(factory, loggerFunctionModules)
  if (factory.type !== AST_NODE_TYPES.Identifier) return false
  const variable = findVariable(context.scopeOf(factory), factory)
  const definition = variable?.defs[0]
  if (definition?.type === 'ImportBinding') {
    const declaration = definition.parent
    return declaration.type === AST_NODE_TYPES.ImportDeclaration && loggerFunctionModules.includes(declaration.source.value)
  }
  if (definition?.type === 'Variable' && definition.node.init) {
    const init = skipWrappers(definition.node.init)
    return init.type === AST_NODE_TYPES.CallExpression && isRequireOf(init, loggerFunctionModules)
  }
  return false
}

function isRequireOf(call: TSESTree.CallExpression, modules: readonly string[]): boolean {
  const callee = skipWrappers(call.callee)
  const argument = call.arguments[0]
  return (
    callee.type === AST_NODE_TYPES.Identifier &&
    callee.name === 'require' &&
    argument?.type === AST_NODE_TYPES.Literal &&
    typeof argument.value === 'string' &&
    modules.includes(argument.value)
  )
}
