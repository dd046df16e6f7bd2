/**
 * The places where code decides which key verifies a token: the URL a key set
 * is fetched from (`createRemoteJWKSet(url)`, `jwksClient({ jwksUri })`,
 * `fetch(url)`), key material turned into a key (`importJWK(jwk)`,
 * `crypto.createPublicKey(pem)`), a file path a key is read from
 * (`fs.readFileSync(path)`, `path.join(dir, name)`), and SQL text that looks a
 * key up. All of it comes from the models: the JWT libraries' key sources,
 * the other modules and globals of `model/key-sources`, and its SQL markers.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'
import {
  keySourceGlobals,
  keySourceModules,
  sqlQueryMethods,
  sqlStatementWords,
  sqlTextPattern,
} from '../model/key-sources.js'
import type { KeySourceOptionNames } from '../model/types.js'
import type { JwtAnalysis } from './analysis.js'
import { calleeName, isCallOrNew, outermostWrapper, skipWrappers } from './ast.js'
import { globalReads } from './globals.js'
import { findJwtReferences } from './references.js'
import { evaluateObject } from './static-object.js'
import { anyOf } from './text-patterns.js'
import { buildTraceMap } from './trace-map.js'

export type KeyInputKind =
  /** A URL keys are fetched from. */
  | 'url'
  /** Key material turned into a key. */
  | 'material'
  /** A file path a key is read from. */
  | 'path'
  /** SQL text run to look a key up. */
  | 'sql'

export interface KeyInput {
  /** The expression that decides the URL, the key material, the path or the SQL text. */
  readonly node: TSESTree.Node
  readonly kind: KeyInputKind
  /** How messages name what takes it: `jose.createRemoteJWKSet`, `fetch`, `fs.readFileSync`, `query`. */
  readonly sink: string
  /**
   * The input of a JWT library's own key source (a JWKS URL, a key import): whatever
   * token data reaches it picks the key. Elsewhere only key-naming header fields count.
   */
  readonly keySource: boolean
}

/** How messages name SQL text that no query call takes directly. */
export const sqlStringSink = 'SQL string'

const keySourceTraceMap = buildTraceMap(keySourceModules)

/**
 * Every key input of the file, in source order. `sqlInputs` are the file's SQL inputs, found by
 * `sqlInput` during ESLint's own traversal: a walk of its own would visit every node once more.
 */
export function keyInputs(analysis: JwtAnalysis, sqlInputs: readonly KeyInput[]): KeyInput[] {
  const inputs: KeyInput[] = []
  for (const reference of analysis.references) {
    const names = reference.api.keySourceOptions
    if (names) inputs.push(...inputsOf(analysis, reference.node, names, reference.api.args.options, reference.displayName, true))
  }
  const { sourceCode } = analysis
  for (const reference of findJwtReferences(sourceCode, keySourceTraceMap, keySourceModules)) {
    const names = reference.api.keySourceOptions
    if (names) inputs.push(...inputsOf(analysis, reference.node, names, reference.api.args.options, reference.displayName, false))
  }
  for (const global of keySourceGlobals) {
    for (const identifier of globalReads(sourceCode, global.name)) {
      const call = identifier.parent
      if (call.type === AST_NODE_TYPES.CallExpression && call.callee === identifier) {
        inputs.push(...inputsOf(analysis, call, global.keySourceOptions, undefined, global.name, false))
      }
    }
  }
  inputs.push(...sqlInputs)
  return inputs.sort((a, b) => a.node.range[0] - b.node.range[0])
}

function inputsOf(
  analysis: JwtAnalysis,
  node: TSESTree.Node,
  names: KeySourceOptionNames,
  optionsIndex: number | undefined,
  sink: string,
  keySource: boolean,
): KeyInput[] {
  if (!isCallOrNew(node)) return []
  const inputs: KeyInput[] = []
  const add = (value: TSESTree.Node | undefined, kind: KeyInputKind): void => {
    if (value) inputs.push({ node: value, kind, sink, keySource })
  }
  const option = (index: number | undefined, name: string | undefined): TSESTree.Node[] => {
    const argument = index === undefined ? undefined : argumentAt(node, index)
    if (!argument || name === undefined) return []
    const facts = evaluateObject(argument, analysis).property(name)
    return facts.presence === 'present' || facts.presence === 'maybe' ? [...facts.values] : []
  }
  if (names.uriArgument !== undefined) add(argumentAt(node, names.uriArgument), 'url')
  for (const value of option(optionsIndex, names.uri)) add(value, 'url')
  if (names.materialArgument !== undefined) add(argumentAt(node, names.materialArgument), 'material')
  for (const value of option(names.materialArgument, names.materialOption)) add(value, 'material')
  if (names.pathArgumentsFrom !== undefined) {
    for (const argument of node.arguments.slice(names.pathArgumentsFrom)) {
      add(argument.type === AST_NODE_TYPES.SpreadElement ? argument.argument : argument, 'path')
    }
  }
  return inputs
}

/** The argument at `index`, unless a spread before it makes positions unknown. */
function argumentAt(node: TSESTree.CallExpression | TSESTree.NewExpression, index: number): TSESTree.Node | undefined {
  const args = node.arguments.slice(0, index + 1)
  if (args.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return undefined
  return args[index]
}

/** A statement's first word or a query method's name (`select`, `query`), in any case: many files have none. */
const sqlTextHints = anyOf([...sqlStatementWords, ...sqlQueryMethods], 'iu')

/** Whether the text may build SQL text or call a query method. */
export function mayBuildSql(text: string): boolean {
  return sqlTextHints.test(text)
}

/**
 * The SQL input `node` is, if any: a template literal or string concatenation whose constant
 * parts read as SQL, or the first argument of a query method (`db.query(text)`).
 * Tagged templates (`sql\`... ${kid}\``) bind their values as parameters and are not inputs.
 */
export function sqlInput(node: TSESTree.CallExpression | TSESTree.TemplateLiteral | TSESTree.BinaryExpression): KeyInput | undefined {
  if (node.type === AST_NODE_TYPES.CallExpression) {
    const method = calleeName(node)
    const text = node.arguments[0]
    return method && sqlQueryMethods.includes(method) && node.callee.type === AST_NODE_TYPES.MemberExpression && text
      ? { node: text, kind: 'sql', sink: method, keySource: false }
      : undefined
  }
  const isTemplate = node.type === AST_NODE_TYPES.TemplateLiteral && node.parent.type !== AST_NODE_TYPES.TaggedTemplateExpression
  const isConcatenation = isPlus(node) && !isPlus(outermostWrapper(node).parent)
  return (isTemplate || isConcatenation) && sqlTextPattern.test(constantText(node)) ? { node, kind: 'sql', sink: sqlStringSink, keySource: false } : undefined
}

function isPlus(node: TSESTree.Node | undefined): node is TSESTree.BinaryExpression {
  return node?.type === AST_NODE_TYPES.BinaryExpression && node.operator === '+'
}

/** The text written in the code of a template or concatenation, with its interpolated values left out. */
function constantText(node: TSESTree.Node): string {
  const unwrapped = skipWrappers(node)
  if (unwrapped.type === AST_NODE_TYPES.TemplateLiteral) return unwrapped.quasis.map((quasi) => quasi.value.cooked ?? '').join(' ')
  if (unwrapped.type === AST_NODE_TYPES.Literal) return typeof unwrapped.value === 'string' ? unwrapped.value : ''
  if (isPlus(unwrapped)) return `${constantText(unwrapped.left)} ${constantText(unwrapped.right)}`
  return ' '
}
