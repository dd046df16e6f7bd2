import type { TSESTree } from '@typescript-eslint/utils'
import { getJwtAnalysis, handlesJwts } from '../core/analysis.js'
import { untrustedEmbeddedKeyUses } from '../core/embedded-keys.js'
import { type KeyInput, keyInputs, mayBuildSql, sqlInput } from '../core/key-inputs.js'
import { type TokenDerivedPart, tokenDerivedParts } from '../core/token-derived.js'
import { isCheckedBefore } from '../core/value-checks.js'
import { issuerClaim, keyCarryingHeaderParameters, keyIdHeaderParameter } from '../model/key-sources.js'
import { createRule } from '../utils/create-rule.js'

export type MessageIds = 'embeddedKey' | 'keyUrlFromToken' | 'keyMaterialFromToken' | 'keyLookupFromToken'

const targets = { path: 'a file path', sql: 'an SQL query' } as const

export default createRule<[], MessageIds>({
  name: 'no-untrusted-key-source',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow taking the JWT verification key, or where to get it, from the token being verified',
      recommended: 'recommended',
      cwe: 'CWE-347',
    },
    schema: [],
    messages: {
      embeddedKey:
        '`{{api}}` makes the verifier trust the key the token carries in its own header, so anyone can sign a token with a key of their own and have it accepted. Verify with keys configured on the server (a fixed JWKS URL, `createLocalJWKSet`), or pin the embedded key by its thumbprint first.',
      keyUrlFromToken:
        'The URL given to `{{sink}}` is built from the {{field}} of the token, before its signature is checked: an attacker points it at a key set of their own and signs whatever they like. Fetch keys only from a URL in your configuration, or check the value against an allow-list first.',
      keyMaterialFromToken:
        '`{{sink}}` builds a key from the {{field}} of the token, before its signature is checked: the token vouches for itself, so anyone can sign one with a key of their own. Use keys configured on the server, or accept an embedded key only after matching it against an allow-list (for example of thumbprints).',
      keyLookupFromToken:
        'The {{field}} of the token, which whoever makes the token sets, goes unchecked into {{target}} (`{{sink}}`): a value such as `../../dev/null` or `\' OR \'1\'=\'1` makes the server load a key the attacker knows. Look the key up by `kid` in a fixed map or key set, or check the value against an allow-list or a strict pattern first.',
    },
  },
  create(context) {
    if (!handlesJwts(context)) return {}
    const sqlInputs: KeyInput[] = []
    const collectSqlInput = (node: TSESTree.CallExpression | TSESTree.TemplateLiteral | TSESTree.BinaryExpression): void => {
      const input = sqlInput(node)
      if (input) sqlInputs.push(input)
    }
    const sqlListeners = mayBuildSql(context.sourceCode.text)
      ? { CallExpression: collectSqlInput, TemplateLiteral: collectSqlInput, BinaryExpression: collectSqlInput }
      : {}
    return {
      ...sqlListeners,
      'Program:exit'(): void {
        const analysis = getJwtAnalysis(context)

        for (const reference of analysis.references) {
          if (reference.api.kind !== 'embeddedKey') continue
          for (const use of untrustedEmbeddedKeyUses(analysis, reference)) {
            context.report({ node: use, messageId: 'embeddedKey', data: { api: reference.displayName } })
          }
        }

        const reported = new Set<TSESTree.Node>()
        for (const input of keyInputs(analysis, sqlInputs)) {
          for (const part of tokenDerivedParts(input.node, analysis)) {
            if (reported.has(part.node) || !steersKey(part, input) || isCheckedBefore(part, input.node, analysis)) continue
            reported.add(part.node)
            const sink = input.sink
            const field = fieldName(part)
            if (input.kind === 'url') context.report({ node: part.node, messageId: 'keyUrlFromToken', data: { sink, field } })
            else if (input.kind === 'material') context.report({ node: part.node, messageId: 'keyMaterialFromToken', data: { sink, field } })
            else context.report({ node: part.node, messageId: 'keyLookupFromToken', data: { sink, field, target: targets[input.kind] } })
          }
        }
      },
    }
  },
})

/**
 * Whether this token data, reaching this input, lets the token pick its key. A JWT
 * library's key source takes whatever it is given as where keys come from, so any
 * token data counts; a key import, any header data. Elsewhere (a generic fetch, a
 * file path, SQL) only the header fields that name or carry a key, and for a fetch
 * the issuer that discovery would look keys up for.
 */
function steersKey({ value }: TokenDerivedPart, input: KeyInput): boolean {
  if (input.keySource) return true
  const [name] = value.path
  if (input.kind === 'material') return value.part === 'header'
  if (value.part === 'header') return name === keyIdHeaderParameter || keyCarryingHeaderParameters.includes(name ?? '')
  return input.kind === 'url' && name === issuerClaim
}

/** How messages name the token data: `jku` header parameter, `iss` claim, header. */
function fieldName({ value }: TokenDerivedPart): string {
  const [name] = value.path
  if (name === undefined) return value.part
  return value.part === 'header' ? `\`${name}\` header parameter` : `\`${name}\` claim`
}
