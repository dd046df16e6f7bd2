import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'
import { getJwtAnalysis, handlesJwts, type JwtAnalysis } from '../core/analysis.js'
import { enclosingFunction, skipWrappers } from '../core/ast.js'
import { alwaysRunsBefore, leavesFunction } from '../core/control-flow.js'
import { completePart, type DecodeResult, decodeResult, isUnverifiedDecode } from '../core/decoded.js'
import { findVariable } from '../core/eslint-utils.js'
import { isSelfIssued } from '../core/self-issued.js'
import { guardsBefore } from '../core/signature-checks.js'
import { isRequestedIdToken } from '../core/token-responses.js'
import { payloadSegment } from '../model/manual-decode.js'
import type { JwtApi, JwtLibrary } from '../model/types.js'
import { valueUses } from '../core/value-uses.js'
import { verifyReferences } from '../core/verify-policy.js'
import { createRule } from '../utils/create-rule.js'

export type Options = [{ allowedClaims?: string[] }]
export type MessageIds = 'unverifiedClaims'

/** Where the result of an unverified decode came from. */
interface DecodeSite {
  readonly node: TSESTree.CallExpression
  readonly displayName: string
  readonly result: DecodeResult
  readonly token: TSESTree.Node | undefined
  readonly library: JwtLibrary | undefined
  readonly api: JwtApi | undefined
}

export default createRule<Options, MessageIds>({
  name: 'no-unverified-decode',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow trusting JWT claims that were decoded without verifying the signature',
      recommended: 'recommended',
      cwe: 'CWE-345',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          allowedClaims: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description:
              'Payload claims that may be read from an unverified token, such as timing claims used to schedule a refresh.',
          },
        },
      },
    ],
    defaultOptions: [{ allowedClaims: ['exp', 'iat', 'nbf'] }],
    messages: {
      unverifiedClaims:
        '`{{api}}` does not check the signature, yet {{claim}} is read from its result: anyone can forge it. Verify the token ({{verify}}) and read claims from the verified result.',
    },
  },
  create(context, [{ allowedClaims = ['exp', 'iat', 'nbf'] }]) {
    if (!handlesJwts(context)) return {}
    function decodeSites(analysis: JwtAnalysis): DecodeSite[] {
      const sites: DecodeSite[] = []
      for (const reference of analysis.references) {
        if (reference.node.type !== AST_NODE_TYPES.CallExpression || !isUnverifiedDecode(reference, analysis)) continue
        sites.push({
          node: reference.node,
          // A default export is named as users import it: `jwt-decode`, not `jwt-decode.default`.
          displayName: reference.api.path.join('.') === 'default' ? reference.library.name : reference.displayName,
          result: decodeResult(reference, analysis),
          token: analysis.argument(reference, 'token'),
          library: reference.library,
          api: reference.api,
        })
      }
      for (const manual of analysis.manualDecodes()) {
        if (manual.segment !== payloadSegment) continue
        sites.push({ node: manual.node, displayName: 'JSON.parse', result: 'payload', token: undefined, library: undefined, api: undefined })
      }
      return sites
    }

    /** Decoding is judged only where the decision matters: on the server, or wherever a server library runs. */
    function isTrustContext(analysis: JwtAnalysis, library: JwtLibrary | undefined): boolean {
      const environment = analysis.environment()
      return library?.environment === 'client' ? environment === 'server' : environment !== 'client'
    }

    /**
     * What verifies the token in the same function, as a test of whether a node runs after it:
     * a verify call of the same token variable, or for a hand-written decode, a hand-written
     * signature check whose failure stops the function. The decode then only picks a key or
     * issuer, as long as its claims do not leave the function on a path that skips the verify.
     */
    function verifiedBefore(analysis: JwtAnalysis, site: DecodeSite): ((node: TSESTree.Node) => boolean)[] {
      if (site.api === undefined) return guardsBefore(analysis.sourceCode, site.node).map((guard) => (node) => guard.covers(node))
      const token = site.token && tokenVariable(analysis, site.token)
      if (!token) return []
      const scope = enclosingFunction(site.node)
      return verifyReferences(analysis)
        .filter((reference) => {
          const verified = analysis.argument(reference, 'token')
          return (
            verified !== undefined &&
            enclosingFunction(reference.node) === scope &&
            tokenVariable(analysis, verified) === token
          )
        })
        .map((reference) => (node) => alwaysRunsBefore(reference.node, node))
    }

    function firstUntrustedClaim(
      analysis: JwtAnalysis,
      site: DecodeSite,
      counts: (node: TSESTree.Node) => boolean,
    ): string | undefined {
      const uses = valueUses(site.node, analysis)
      const claimOf = (path: readonly string[]): string | null | undefined => {
        if (site.result === 'header') return null
        if (site.result === 'payload') return path[0]
        const part = completePart(site.api, path[0])
        if (site.result === 'payload-or-complete' && part === undefined) return path[0]
        if (part !== 'payload') return path.length === 0 ? undefined : null
        return path[1]
      }
      const all = [
        ...uses.reads.map((read) => ({ ...read, isEscape: false })),
        ...uses.escapes.map((escape) => ({ ...escape, isEscape: true })),
      ].sort((a, b) => a.node.range[0] - b.node.range[0])
      for (const { path, node, isEscape } of all) {
        if (!counts(node)) continue
        const claim = claimOf(path)
        if (claim === null) continue
        if (claim === undefined) {
          if (isEscape) return 'the whole payload'
          continue
        }
        if (!allowedClaims.includes(claim)) return `\`${claim}\``
      }
      return undefined
    }

    return {
      'Program:exit'(): void {
        const analysis = getJwtAnalysis(context)
        for (const site of decodeSites(analysis)) {
          if (site.result === 'header' || !isTrustContext(analysis, site.library)) continue
          // TLS vouches for an ID token the code fetched from the token endpoint itself (OIDC Core 3.1.3.7).
          if (site.token && isRequestedIdToken(site.token, analysis)) continue
          if (site.token && isSelfIssued(site.token, context)) continue
          const verifies = verifiedBefore(analysis, site)
          const counts =
            verifies.length === 0 ? () => true : (node: TSESTree.Node) => leavesFunction(node) && !verifies.some((verified) => verified(node))
          const claim = firstUntrustedClaim(analysis, site, counts)
          if (!claim) continue
          context.report({
            node: site.node,
            messageId: 'unverifiedClaims',
            data: { api: site.displayName, claim, verify: verifyHint(site) },
          })
        }
      },
    }
  },
})

/** How to verify instead, in the decoding library's own terms (the same API generation: `JWT.decode` → `JWT.verify`). */
function verifyHint(site: DecodeSite): string {
  const { library, api } = site
  if (library?.verifyHint) return library.verifyHint
  const verifies = library?.apis.filter((candidate) => candidate.kind === 'verify') ?? []
  const namespace = api?.path.slice(0, -1).join('.') ?? ''
  const verify = verifies.find((candidate) => candidate.path.slice(0, -1).join('.') === namespace) ?? verifies[0]
  if (!library || !verify) return 'for example with `jose.jwtVerify`'
  const name = `\`${library.name}.${verify.path.join('.')}\``
  return verify === api ? `${name} without \`noVerify\`` : name
}

/** The variable holding the token, so a decode and a verify of the same token can be matched. */
function tokenVariable(analysis: JwtAnalysis, node: TSESTree.Node): unknown {
  const unwrapped = skipWrappers(node)
  if (unwrapped.type !== AST_NODE_TYPES.Identifier) return undefined
  return findVariable(analysis.scopeOf(unwrapped), unwrapped) ?? undefined
}
