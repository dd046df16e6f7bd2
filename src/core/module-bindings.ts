/**
 * Which module export an expression reads, for APIs that are not JWT libraries
 * (HTTP clients, cookie helpers): `import axios from 'axios'`, `import { serialize } from 'cookie'`,
 * `const got = require('got')`, `const { request } = require('node:https')`,
 * `import http = require('http')`, and members of them (`axios.defaults.headers`).
 * A default or namespace import and a whole `require()` are the module itself (`path: []`).
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'
import { literalKeyName, skipWrappers } from './ast.js'
import { type EvaluationContext, singleAssignmentVariable } from './bindings.js'
import { findVariable } from './eslint-utils.js'
import { isGlobalRead } from './globals.js'
import { patternPath } from './value-root.js'

export interface ModulePath {
  readonly module: string
  /** Member path below the module's export object. */
  readonly path: readonly string[]
}

const maxDepth = 8

/** The module and member path `node` reads, when it reads one through an import, a `require()` or local constants. */
export function modulePath(node: TSESTree.Node, context: EvaluationContext, depth = 0): ModulePath | undefined {
  if (depth > maxDepth) return undefined
  const unwrapped = skipWrappers(node)
  if (unwrapped.type === AST_NODE_TYPES.MemberExpression) {
    const name = literalKeyName(unwrapped)
    const object = name === undefined ? undefined : modulePath(unwrapped.object, context, depth + 1)
    return object && name !== undefined ? { module: object.module, path: [...object.path, name] } : undefined
  }
  if (unwrapped.type === AST_NODE_TYPES.CallExpression) {
    const module = requiredModule(unwrapped, context)
    return module === undefined ? undefined : { module, path: [] }
  }
  if (unwrapped.type !== AST_NODE_TYPES.Identifier) return undefined
  const variable = findVariable(context.scopeOf(unwrapped), unwrapped)
  if (variable?.defs.length !== 1) return undefined
  const definition = variable.defs[0]!
  if (definition.type === 'ImportBinding') return importedPath(definition.node)
  if (definition.type !== 'Variable' || !singleAssignmentVariable(unwrapped, context)) return undefined
  const declarator = definition.node
  if (!declarator.init) return undefined
  const inner = patternPath(declarator.id, definition.name, context)
  const base = inner && modulePath(declarator.init, context, depth + 1)
  return base && inner ? { module: base.module, path: [...base.path, ...inner] } : undefined
}

function importedPath(node: TSESTree.Node): ModulePath | undefined {
  switch (node.type) {
    case AST_NODE_TYPES.ImportDefaultSpecifier:
    case AST_NODE_TYPES.ImportNamespaceSpecifier:
      return node.parent.type === AST_NODE_TYPES.ImportDeclaration ? { module: node.parent.source.value, path: [] } : undefined
    case AST_NODE_TYPES.ImportSpecifier: {
      if (node.parent.type !== AST_NODE_TYPES.ImportDeclaration) return undefined
      const imported = node.imported.type === AST_NODE_TYPES.Identifier ? node.imported.name : node.imported.value
      return { module: node.parent.source.value, path: imported === 'default' ? [] : [imported] }
    }
    case AST_NODE_TYPES.TSImportEqualsDeclaration:
      return node.moduleReference.type === AST_NODE_TYPES.TSExternalModuleReference
        ? { module: node.moduleReference.expression.value, path: [] }
        : undefined
    default:
      return undefined
  }
}

/** `require('m')` with the global `require`. */
function requiredModule(call: TSESTree.CallExpression, context: EvaluationContext): string | undefined {
  const callee = skipWrappers(call.callee)
  const argument = call.arguments[0]
  if (!isGlobalRead(callee, 'require', context.scopeOf) || call.arguments.length !== 1) return undefined
  return argument?.type === AST_NODE_TYPES.Literal && typeof argument.value === 'string' ? argument.value : undefined
}

