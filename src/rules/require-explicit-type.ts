import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils'
import { callsJwtApis, getJwtAnalysis, type JwtAnalysis } from '../core/analysis.js'
import { contains, enclosingFunction } from '../core/ast.js'
import { calleeOf, type JwtReference } from '../core/references.js'
import { type SignSite, signSites } from '../core/sign-site.js'
import { staticValue } from '../core/static-object.js'
import { signedTokenKind, verifiedTokenKind } from '../core/token-kind.js'
import { signedHeaderType, type SignedType, verifyTypeCheck } from '../core/token-type.js'
import { isIdToken } from '../core/token-provenance.js'
import { comparesTokenType } from '../core/token-type-checks.js'
import { valueUses } from '../core/value-uses.js'
import { verifyReferences } from '../core/verify-policy.js'
import { accessTokenTypes } from '../model/token-types.js'
import { createRule } from '../utils/create-rule.js'
import { addProperty, insertArgumentAfter } from '../utils/fixes.js'

export type MessageIds =
  | 'missingTypeOption'
  | 'missingTypeCheck'
  | 'typeCheckOff'
  | 'untypedAccessToken'
  | 'mistypedAccessToken'
  | 'requireAccessTokenType'
  | 'setAccessTokenType'

type Fix = (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix

/** Where a verify result holds the verified header: jsonwebtoken `complete` results, jose results. */
const headerParts = ['header', 'protectedHeader']

/** The `typ` of RFC 9068 access tokens, as written by the suggestions. */
const accessTokenType = accessTokenTypes[0]!

export default createRule<[], MessageIds>({
  name: 'require-explicit-type',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require JWT verification to check the token type, and access tokens to be signed with `typ: at+jwt`',
      recommended: 'strict',
      cwe: 'CWE-287',
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      missingTypeOption:
        '`{{api}}` does not check the token type: without `{{option}}`, any JWT signed with the same key passes, such as an ID token or a refresh token presented as an access token. Set `{{option}}` to the type this service accepts (`{{value}}` for OAuth access tokens).',
      missingTypeCheck:
        '`{{api}}` does not check the token type (the `typ` header): any JWT signed with the same key passes, such as an ID token or a refresh token presented as an access token. Verify with `{{option}}: true` and reject tokens whose `header.typ` is not the type this service accepts (`at+jwt` for OAuth access tokens).',
      typeCheckOff:
        '`{{option}}: {{value}}` makes `{{api}}` accept every kind of token signed with the same key, such as an ID token presented as an access token. Set it to the type this service accepts (`{{accepted}}` for OAuth access tokens).',
      untypedAccessToken:
        'This access token is signed with no `typ` in its header ({{place}}), so verifiers cannot tell it from an ID token or another JWT signed with the same key. Type it as `at+jwt` (RFC 9068).',
      mistypedAccessToken:
        "This access token is signed with `typ: '{{value}}'`, so verifiers cannot tell it from other JWTs signed with the same key. Type it as `at+jwt` (RFC 9068).",
      requireAccessTokenType: 'Accept only access tokens: `{{option}}: {{value}}`.',
      setAccessTokenType: "Set the header `typ` to `'at+jwt'`.",
    },
  },
  create(context) {
    if (!callsJwtApis(context)) return {}
    const { sourceCode } = context
    /** Values already reported: options shared by several calls are reported once. */
    const reported = new Set<TSESTree.Node>()

    function checkVerify(analysis: JwtAnalysis, reference: JwtReference): void {
      const typeCheck = verifyTypeCheck(analysis, reference)
      const completeOption = reference.api.verifyOptions?.completeResult
      if (typeCheck ? typeCheck.state === 'checked' || typeCheck.state === 'unknown' : !completeOption) return
      // An ID token is kept apart from access tokens by its audience (`require-audience`), not a `typ`.
      const kind = verifiedTokenKind(analysis, reference)
      const token = analysis.argument(reference, 'token')
      if (kind === 'id' || (token && isIdToken(token, context))) return
      if (comparesTokenType(typeCheckScope(analysis, reference), analysis)) return
      const api = reference.displayName
      if (typeCheck?.state === 'off') {
        if (reported.has(typeCheck.value)) return
        reported.add(typeCheck.value)
        const value = sourceCode.getText(typeCheck.value)
        context.report({ node: typeCheck.value, messageId: 'typeCheckOff', data: { api, option: typeCheck.option, value, accepted: String(typeCheck.accessTokenValue) } })
      } else if (typeCheck?.state === 'missing') {
        const { option, accessTokenValue } = typeCheck
        const value = typeof accessTokenValue === 'string' ? `'${accessTokenValue}'` : String(accessTokenValue)
        const fix = kind === 'access' ? addVerifyOption(analysis, reference, `${option}: ${value}`) : undefined
        context.report({
          node: calleeOf(reference),
          messageId: 'missingTypeOption',
          data: { api, option, value: String(accessTokenValue) },
          suggest: fix ? [{ messageId: 'requireAccessTokenType', data: { option, value }, fix }] : [],
        })
      } else if (completeOption && !headerMayBeCheckedElsewhere(analysis, reference, completeOption)) {
        context.report({ node: calleeOf(reference), messageId: 'missingTypeCheck', data: { api, option: completeOption } })
      }
    }

    /** Adds the option to the options object written at this call, or as a new last argument. */
    function addVerifyOption(analysis: JwtAnalysis, reference: JwtReference, text: string): Fix | undefined {
      const optionName = reference.api.verifyOptions?.tokenType?.name ?? ''
      if (optionName.includes('.') || reference.api.optionsPath || reference.node.type !== AST_NODE_TYPES.CallExpression) return undefined
      const { literal } = analysis.options(reference)
      if (literal && contains(reference.node, literal)) return (fixer) => addProperty(fixer, sourceCode, literal, text)
      const index = reference.api.args.options
      const args = reference.node.arguments
      const last = args.at(-1)
      const { algorithm, callbackFrom } = reference.api.args
      // A new last argument only where it can be nothing but options (hono's third argument must name the algorithm).
      if (literal || index === undefined || args.length !== index || !last || callbackFrom !== undefined || algorithm === index) return undefined
      return (fixer) => insertArgumentAfter(fixer, last, `{ ${text} }`)
    }

    function checkSign(analysis: JwtAnalysis, site: SignSite): void {
      // A factory's signer calls are judged, each with the claims it signs.
      if (site.payload === undefined && site.reference.api.returns) return
      const type = signedHeaderType(analysis, site)
      if (!type || (type.presence !== 'absent' && type.presence !== 'present')) return
      const written = type.values.map((value) => staticValue(value, analysis)?.value)
      if (type.presence === 'present' && !written.every((value) => typeof value === 'string' && !isAccessTokenType(value))) return
      const produced = site.chain?.finishes[0] ?? site.reference.node
      if (signedTokenKind(analysis, site, produced) !== 'access') return
      const fix = setHeaderType(site, type)
      const suggest = fix ? [{ messageId: 'setAccessTokenType' as const, fix }] : []
      if (type.presence === 'present') {
        const node = type.values[0]!
        if (reported.has(node)) return
        reported.add(node)
        context.report({ node, messageId: 'mistypedAccessToken', data: { value: String(written[0]) }, suggest })
        return
      }
      const node = type.header ?? calleeOf(site.reference)
      if (reported.has(node)) return
      reported.add(node)
      context.report({ node, messageId: 'untypedAccessToken', data: { place: type.place }, suggest })
    }

    /** Writes `typ: 'at+jwt'` where this site's header is written inline: replacing a wrong value, into the header, or as a new header option. */
    function setHeaderType(site: SignSite, type: SignedType): Fix | undefined {
      const typ = `typ: '${accessTokenType}'`
      const editable = (node: TSESTree.Node): boolean =>
        contains(site.optionsReference.node, node) || [...(site.chain?.calls.values() ?? [])].flat().some((call) => contains(call, node))
      if (type.presence === 'present') {
        const [value] = type.values
        return type.values.length === 1 && value?.type === AST_NODE_TYPES.Literal && editable(value)
          ? (fixer) => fixer.replaceText(value, `'${accessTokenType}'`)
          : undefined
      }
      const { header, options } = type
      if (header && editable(header)) return (fixer) => addProperty(fixer, sourceCode, header, typ)
      if (options && editable(options.literal)) return (fixer) => addProperty(fixer, sourceCode, options.literal, `${options.headerOption}: { ${typ} }`)
      return undefined
    }

    return {
      'Program:exit'(): void {
        const analysis = getJwtAnalysis(context)
        if (analysis.references.length === 0) return
        for (const reference of verifyReferences(analysis)) checkVerify(analysis, reference)
        for (const site of signSites(analysis)) checkSign(analysis, site)
      },
    }
  },
})

/**
 * Where a type comparison counts: the function that verifies, or the whole file when the
 * verified header leaves that function (a wrapper whose callers check `protectedHeader.typ`).
 */
function typeCheckScope(analysis: JwtAnalysis, reference: JwtReference): TSESTree.Node {
  const fn = enclosingFunction(reference.node)
  if (!fn) return analysis.sourceCode.ast
  const headerLeaves = valueUses(reference.node, analysis).escapes.some(({ path }) => path.length === 0 || headerParts.includes(path[0]!))
  return headerLeaves ? analysis.sourceCode.ast : fn
}

function isAccessTokenType(value: string): boolean {
  return accessTokenTypes.includes(value.toLowerCase())
}

/**
 * With `complete: true` (or an options value that cannot be told) the verified header is
 * in the result; when that result goes elsewhere (returned, passed on, given to a
 * callback), the code there may check `typ`.
 */
function headerMayBeCheckedElsewhere(analysis: JwtAnalysis, reference: JwtReference, option: string): boolean {
  const complete = analysis.options(reference).property(option)
  if (complete.presence === 'absent') return false
  const off = complete.presence === 'present' && complete.values.every((value) => {
    const known = staticValue(value, analysis)
    return known !== undefined && !known.value
  })
  if (off) return false
  const escapes = valueUses(reference.node, analysis).escapes
  return analysis.callback(reference) !== undefined || escapes.some(({ path }) => path.length === 0 || headerParts.includes(path[0]!))
}
