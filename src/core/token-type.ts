/**
 * Explicit typing (RFC 8725 section 3.11), from the library model: whether a
 * verify call has the library check the token type (jose `typ`, fast-jwt
 * `checkTyp`, aws-jwt-verify `tokenUse`), and which `typ` a sign site writes
 * into the header (a `header` option, a `typ` option, a builder's
 * `setProtectedHeader()`, a positional header).
 */
import type { TSESTree } from '@typescript-eslint/utils'
import { typeHeader } from '../model/token-types.js'
import type { JwtAnalysis } from './analysis.js'
import type { JwtReference } from './references.js'
import type { SignSite } from './sign-site.js'
import { evaluateObject, type ObjectFacts, type Presence, type PropertyFacts, staticValue } from './static-object.js'

export type VerifyTypeCheck =
  /** The option is set to a type, or to something that cannot be told. */
  | { readonly state: 'checked' | 'unknown' }
  | { readonly state: 'missing'; readonly option: string; readonly accessTokenValue: string | boolean }
  /** Set to a value that checks nothing (`tokenUse: null`, `typ: ''`). */
  | { readonly state: 'off'; readonly option: string; readonly accessTokenValue: string | boolean; readonly value: TSESTree.Node }

/** What a verify call's options do about the token type; undefined when the API has no such option. */
export function verifyTypeCheck(analysis: JwtAnalysis, reference: JwtReference): VerifyTypeCheck | undefined {
  const names = reference.api.verifyOptions
  const option = names?.tokenType
  if (!option) return undefined
  const facts = analysis.options(reference).property(option.name)
  // Where leaving the option out throws, only an explicit `null` checks nothing (aws-jwt-verify `tokenUse`).
  const onlyNull = names.requiredUnlessNull?.includes(option.name) ?? false
  const described = { option: option.name, accessTokenValue: option.accessTokenValue }
  if (facts.presence === 'absent') return onlyNull ? { state: 'unknown' } : { state: 'missing', ...described }
  if (facts.presence !== 'present' || facts.values.length === 0) return { state: 'unknown' }
  const off = facts.values.every((value) => {
    const known = staticValue(value, analysis)
    return known !== undefined && (onlyNull ? known.value === null : !known.value)
  })
  return off ? { state: 'off', ...described, value: facts.values[0]! } : { state: 'checked' }
}

export interface SignedType {
  readonly presence: Presence
  /** The expressions that set `typ`. */
  readonly values: readonly TSESTree.Node[]
  /** How messages name where the header is set: `setProtectedHeader()`, the `header` option. */
  readonly place: string
  /** The header object written inline, where a `typ` can be added. */
  readonly header: TSESTree.ObjectExpression | undefined
  /** Without a header, the options object written inline and the header option to add to it. */
  readonly options: { readonly literal: TSESTree.ObjectExpression; readonly headerOption: string } | undefined
}

/** The `typ` a sign site writes into the header; undefined when the API cannot set it (hono `sign`). */
export function signedHeaderType(analysis: JwtAnalysis, site: SignSite): SignedType | undefined {
  const method = site.reference.api.builder?.protectedHeader
  if (method) {
    const calls = site.chain?.calls.get(method) ?? []
    const header = calls.length === 1 ? calls[0]!.arguments[0] : undefined
    if (!header) return unknownType(`\`${method}()\``)
    return fromHeader(evaluateObject(header, analysis), `\`${method}()\``, undefined)
  }
  const positional = analysis.argument(site.reference, 'header')
  if (positional) return fromHeader(evaluateObject(positional, analysis), 'the header argument', undefined)
  const { names, options } = site
  if (!names?.header && !names?.typ) return undefined
  const headerPlace = names.header ? `the \`${names.header}\` option` : `the \`${names.typ}\` option`
  let headerFacts: SignedType | undefined
  if (names.header) {
    const header = options.property(names.header)
    if (header.presence === 'present' && header.values.length === 1) {
      headerFacts = fromHeader(evaluateObject(header.values[0]!, analysis), headerPlace, undefined)
      if (headerFacts.presence !== 'absent' || !names.typ) return headerFacts
    } else if (header.presence !== 'absent') {
      return unknownType(headerPlace)
    }
  }
  // A `header.typ` is merged over the `typ` option (fast-jwt).
  const typ = names.typ ? options.property(names.typ) : undefined
  if (typ && typ.presence !== 'absent') return { ...typeFacts(typ), place: `the \`${names.typ}\` option`, header: undefined, options: undefined }
  if (headerFacts) return headerFacts
  const inline = options.literal && names.header ? { literal: options.literal, headerOption: names.header } : undefined
  return { presence: 'absent', values: [], place: headerPlace, header: undefined, options: inline }
}

function fromHeader(header: ObjectFacts, place: string, options: SignedType['options']): SignedType {
  return { ...typeFacts(header.property(typeHeader)), place, header: header.literal, options }
}

function typeFacts(facts: PropertyFacts): Pick<SignedType, 'presence' | 'values'> {
  return { presence: facts.presence, values: facts.values }
}

function unknownType(place: string): SignedType {
  return { presence: 'unknown', values: [], place, header: undefined, options: undefined }
}
