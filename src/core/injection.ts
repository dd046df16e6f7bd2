/**
 * Instances that reach code through dependency injection rather than an
 * expression: `constructor(private readonly jwtService: JwtService)` in NestJS,
 * or a parameter typed with the class. The instance is followed from every
 * read of the parameter and from every `this.jwtService` in the class.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils'
import type { JwtLibrary } from '../model/types.js'
import { descendants } from './ast.js'
import type { Seed } from './references.js'
import { type ApiTarget, apiTraceMap } from './trace-map.js'
import type { TraceMapNode } from './eslint-utils.js'

export function* injectedInstanceSeeds(
  sourceCode: Readonly<TSESLint.SourceCode>,
  libraries: readonly JwtLibrary[],
): Generator<Seed> {
  const injectables = injectableClasses(libraries)
  if (injectables.size === 0) return
  for (const statement of sourceCode.ast.body) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration) continue
    const byName = injectables.get(statement.source.value)
    if (!byName) continue
    for (const specifier of statement.specifiers) {
      if (specifier.type !== AST_NODE_TYPES.ImportSpecifier) continue
      const importedName = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value
      const map = byName.get(importedName)
      if (!map) continue
      for (const variable of sourceCode.scopeManager!.getDeclaredVariables(specifier)) {
        for (const reference of variable.references) {
          const annotated = annotatedBinding(reference.identifier as TSESTree.Identifier)
          if (annotated) yield* instanceReads(sourceCode, annotated, map)
        }
      }
    }
  }
}

/** Injectable classes by module specifier and export name, with the trace map of their instances. */
function injectableClasses(libraries: readonly JwtLibrary[]): Map<string, Map<string, TraceMapNode<ApiTarget>>> {
  const found = new Map<string, Map<string, TraceMapNode<ApiTarget>>>()
  for (const library of libraries) {
    for (const api of library.apis) {
      if (!api.injectable || !api.returns || api.path.length !== 1) continue
      const map = apiTraceMap(library, api.returns, `${library.name}.${api.path[0]}`)
      for (const specifier of library.modules) {
        const byName = found.get(specifier) ?? new Map<string, TraceMapNode<ApiTarget>>()
        byName.set(api.path[0]!, map)
        found.set(specifier, byName)
      }
    }
  }
  return found
}

/** The parameter or class property whose type annotation is this reference to the class. */
function annotatedBinding(typeName: TSESTree.Identifier): TSESTree.Node | undefined {
  const reference = typeName.parent
  if (reference.type !== AST_NODE_TYPES.TSTypeReference || reference.typeName !== typeName) return undefined
  const annotation = reference.parent
  if (annotation?.type !== AST_NODE_TYPES.TSTypeAnnotation) return undefined
  const binding = annotation.parent
  if (binding?.type === AST_NODE_TYPES.Identifier || binding?.type === AST_NODE_TYPES.PropertyDefinition) return binding
  return undefined
}

function* instanceReads(
  sourceCode: Readonly<TSESLint.SourceCode>,
  binding: TSESTree.Node,
  map: TraceMapNode<ApiTarget>,
): Generator<Seed> {
  const name = memberName(binding)
  if (binding.type === AST_NODE_TYPES.Identifier) {
    for (const variable of sourceCode.scopeManager!.getDeclaredVariables(binding.parent!)) {
      if (variable.name !== binding.name) continue
      for (const reference of variable.references) {
        if (reference.isRead()) yield { node: reference.identifier as TSESTree.Node, map }
      }
    }
  }
  const classBody = enclosingClassBody(binding)
  if (!name || !classBody) return
  for (const node of descendants(classBody, sourceCode.visitorKeys)) {
    if (
      node.type === AST_NODE_TYPES.MemberExpression &&
      node.object.type === AST_NODE_TYPES.ThisExpression &&
      !node.computed &&
      node.property.type === AST_NODE_TYPES.Identifier &&
      node.property.name === name
    ) {
      yield { node, map }
    }
  }
}

/** The `this.<name>` a binding creates: a constructor parameter property or a class property. */
function memberName(binding: TSESTree.Node): string | undefined {
  if (binding.type === AST_NODE_TYPES.PropertyDefinition) {
    return !binding.computed && binding.key.type === AST_NODE_TYPES.Identifier ? binding.key.name : undefined
  }
  if (binding.type === AST_NODE_TYPES.Identifier && binding.parent?.type === AST_NODE_TYPES.TSParameterProperty) return binding.name
  return undefined
}

function enclosingClassBody(node: TSESTree.Node): TSESTree.ClassBody | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ClassBody) return current
  }
  return undefined
}
