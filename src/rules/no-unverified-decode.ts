import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'
import { getJwtAnalysis, type JwtAnalysis } from '../core/analysis.js'
import { enclosingFunction, skipWrappers } from '../core/ast.js'
import { decodeResult, isUnverifiedDecode, type TokenPart } from '../core/decoded.js'
import { findVariable } from '../core/eslint-utils.js'
import { payloadSegment } from '../model/manual-decode.js'
import type { JwtLibrary } from '../model/types.js'
import { valueUses } from '../core/value-uses.js'
import { verifyReferences } from '../core/verify-policy.js'
import { createRule } from '../utils/create-rule.js'

export type Options = [{ allowedClaims?: string[] }]
export type MessageIds = 'unverifiedClaims'

/** Where the result of an unverified decode came from. */
interface DecodeSite {
  readonly node: TSESTree.CallExpression
  readonly displayName: string
  readonly result: TokenPart | 'complete'
  readonly token: TSESTree.Node | undefined
  readonly library: JwtLibrary | undefined
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
    messages: {
      unverifiedClaims:
        '`{{api}}` does not check the signature, yet {{claim}} is read from its result: anyone can forge it. Verify the token ({{verify}}) and read claims from the verified result.',
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
  },
  create(context, [{ allowedClaims = ['exp', 'iat', 'nbf'] }]) {
    function decodeSites(analysis: JwtAnalysis): DecodeSite[] {
      const sites: DecodeSite[] = []
      for (const reference of analysis.references) {
        if (reference.node.type !== AST_NODE_TYPES.CallExpression || !isUnverifiedDecode(reference, analysis)) continue
        sites.push({
          node: reference.node,
          displayName: reference.displayName,
          result: decodeResult(reference, analysis),
          token: analysis.argument(reference, 'token'),
          library: reference.library,
        })
      }
      for (const manual of analysis.manualDecodes()) {
        if (manual.segment !== payloadSegment) continue
        sites.push({ node: manual.node, displayName: 'JSON.parse', result: 'payload', token: undefined, library: undefined })
      }
      return sites
    }

    /** Decoding is judged only where the decision matters: on the server, or wherever a server library runs. */
    function isTrustContext(analysis: JwtAnalysis, library: JwtLibrary | undefined): boolean {
      const environment = analysis.environment()
      return library?.environment === 'client' ? environment === 'server' : environment !== 'client'
    }

    /** The same token variable is verified in the same function: the decode only picks a key or issuer. */
    function isVerifiedNearby(analysis: JwtAnalysis, site: DecodeSite): boolean {
      const token = site.token && tokenVariable(analysis, site.token)
      if (!token) return false
      const scope = enclosingFunction(site.node)
      return verifyReferences(analysis).some((reference) => {
        const verified = analysis.argument(reference, 'token')
        return (
          verified !== undefined &&
          enclosingFunction(reference.node) === scope &&
          tokenVariable(analysis, verified) === token
        )
      })
    }

    function firstUntrustedClaim(analysis: JwtAnalysis, site: DecodeSite): string | undefined {
      const uses = valueUses(site.node, analysis)
      const claimOf = (path: readonly string[]): string | null | undefined => {
        if (site.result === 'header') return null
        if (site.result === 'payload') return path[0]
        if (path[0] !== 'payload') return path.length === 0 ? undefined : null
        return path[1]
      }
      const all = [
        ...uses.reads.map((read) => ({ ...read, isEscape: false })),
        ...uses.escapes.map((escape) => ({ ...escape, isEscape: true })),
      ].sort((a, b) => a.node.range[0] - b.node.range[0])
      for (const { path, isEscape } of all) {
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
          if (isVerifiedNearby(analysis, site)) continue
          const claim = firstUntrustedClaim(analysis, site)
          if (!claim) continue
          const verify = site.library?.apis.find((api) => api.kind === 'verify')
          context.report({
            node: site.node,
            messageId: 'unverifiedClaims',
            data: {
              api: site.displayName,
              claim,
              verify: verify ? `\`${site.library!.name}.${verify.path.join('.')}\`` : 'for example with `jose.jwtVerify`',
            },
          })
        }
      },
    }
  },
})

/** The variable holding the token, so a decode and a verify of the same token can be matched. */
function tokenVariable(analysis: JwtAnalysis, node: TSESTree.Node): unknown {
  const unwrapped = skipWrappers(node)
  if (unwrapped.type !== AST_NODE_TYPES.Identifier) return undefined
  return findVariable(analysis.scopeOf(unwrapped), unwrapped) ?? undefined
}
