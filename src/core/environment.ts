/**
 * Where a file runs, from its imports, the globals it reads and its path.
 * Mixed or missing evidence is 'unknown'.
 */
import { AST_NODE_TYPES, type TSESLint } from '@typescript-eslint/utils'
import {
  clientGlobals,
  clientModules,
  serverModulePrefixes,
  serverModules,
  serverPathPattern,
} from '../model/environment.js'
import { globalReads } from './globals.js'

export type FileEnvironment = 'server' | 'client' | 'unknown'

export function fileEnvironment(sourceCode: Readonly<TSESLint.SourceCode>, filename: string): FileEnvironment {
  let server = serverPathPattern.test(filename)
  let client = /\.[jt]sx$/u.test(filename)
  for (const specifier of importedModules(sourceCode)) {
    if (serverModules.includes(specifier) || serverModulePrefixes.some((prefix) => specifier.startsWith(prefix))) server = true
    if (clientModules.includes(specifier)) client = true
  }
  for (const statement of sourceCode.ast.body) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement || !('directive' in statement)) break
    if (statement.directive === 'use client') client = true
    if (statement.directive === 'use server') server = true
  }
  if (!client && clientGlobals.some((name) => globalReads(sourceCode, name).length > 0)) client = true
  if (server === client) return 'unknown'
  return server ? 'server' : 'client'
}

function* importedModules(sourceCode: Readonly<TSESLint.SourceCode>): Generator<string> {
  for (const statement of sourceCode.ast.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) yield statement.source.value
  }
  for (const identifier of globalReads(sourceCode, 'require')) {
    const call = identifier.parent
    if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== identifier) continue
    const argument = call.arguments[0]
    if (argument?.type === AST_NODE_TYPES.Literal && typeof argument.value === 'string') yield argument.value
  }
}
