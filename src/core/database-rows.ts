/**
 * Whether a value is a whole database row or document, as fetched by an ORM or
 * driver call (`await User.findOne({ email }).lean()`, `(await pool.query('SELECT * ...')).rows[0]`)
 * without choosing its columns. Such a row carries every column of its table.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'
import { columnSelectors, rowContainers, rowFetchers, sqlQueries, wholeRowQuery } from '../model/sensitive-data.js'
import { calleeName, skipWrappers } from './ast.js'
import type { EvaluationContext } from './bindings.js'
import { evaluateObject, staticValue } from './static-object.js'
import { valueRoot } from './value-root.js'

const maxSteps = 8

/** The fetch method a whole row came from (`findOne`), or undefined when `node` is not known to be one. */
export function rowFetch(node: TSESTree.Node, context: EvaluationContext): string | undefined {
  let fetch: string | undefined
  let current: TSESTree.Node = node
  for (let step = 0; step < maxSteps; step++) {
    const { root, path } = valueRoot(current, context)
    // Until the fetch is found, the value must be the row itself or one picked from a result list (`rows[0]`).
    if (!fetch && !path.every((segment) => /^\d+$/u.test(segment) || rowContainers.includes(segment))) return undefined
    const call = skipWrappers(root)
    // Below the fetch is the table or client object (`prisma.user`, `User`).
    if (call.type !== AST_NODE_TYPES.CallExpression) return fetch
    const name = calleeName(call)
    if (name === undefined || columnSelectors.includes(name)) return undefined
    if (call.arguments.some((argument) => selectsColumns(argument, context))) return undefined
    if (!fetch && rowFetchers.includes(name)) {
      // A second argument may be a projection (`findOne(filter, '-password')`, `findByPk(id, { attributes })`).
      if (call.arguments.length > 1) return undefined
      fetch = name
    } else if (!fetch && sqlQueries.includes(name)) {
      return selectsEveryColumn(call.arguments[0], context) ? name : undefined
    }
    // Conversions and query builders chained around the fetch: `.lean()`, `.toObject()`, `knex('users').where(...).first()`.
    const callee = skipWrappers(call.callee)
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return fetch
    current = callee.object
  }
  return undefined
}

/** An options object that names the columns to return (`{ where, select: { id: true } }`). */
function selectsColumns(argument: TSESTree.Node, context: EvaluationContext): boolean {
  const unwrapped = skipWrappers(argument)
  if (unwrapped.type !== AST_NODE_TYPES.ObjectExpression) return false
  const facts = evaluateObject(unwrapped, context)
  return columnSelectors.some((name) => facts.property(name).presence !== 'absent')
}

/** SQL text, written inline or as a constant, that selects every column (`SELECT * FROM users`). */
function selectsEveryColumn(statement: TSESTree.Node | undefined, context: EvaluationContext): boolean {
  if (!statement) return false
  const unwrapped = skipWrappers(statement)
  const text =
    unwrapped.type === AST_NODE_TYPES.TemplateLiteral
      ? unwrapped.quasis.map((quasi) => quasi.value.cooked ?? '').join('?')
      : staticValue(unwrapped, context)?.value
  return typeof text === 'string' && wholeRowQuery.test(text)
}
