import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'
import { callsJwtApis, getJwtAnalysis, type JwtAnalysis } from '../core/analysis.js'
import { contains, literalKeyName, skipWrappers } from '../core/ast.js'
import { rowFetch } from '../core/database-rows.js'
import { hasWord, sensitiveTerm } from '../core/sensitive-names.js'
import { type SignSite, signSites } from '../core/sign-site.js'
import { carriesNoData, type PayloadClaim, type PayloadContents, type PayloadPart, payloadContents } from '../core/token-payload.js'
import { accountRecordWords, sensitiveClaimNames } from '../model/sensitive-data.js'
import { createRule } from '../utils/create-rule.js'
import { removeListItem } from '../utils/fixes.js'

export type Options = [{ sensitiveNames?: string[] }]
export type MessageIds = 'sensitiveClaim' | 'sensitiveSpread' | 'databaseRow' | 'removeClaim'

export default createRule<Options, MessageIds>({
  name: 'no-sensitive-payload',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow passwords, secrets and personal identifiers in the payload of a signed JWT',
      recommended: 'recommended',
      cwe: 'CWE-312',
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          sensitiveNames: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description:
              'Claim names that hold sensitive data. A name matches when its words end with an entry\'s words (`userPassword` matches `password`), unless it starts with a flag word such as `has` or `is`.',
          },
        },
      },
    ],
    defaultOptions: [{ sensitiveNames: [...sensitiveClaimNames] }],
    messages: {
      sensitiveClaim:
        '`{{claim}}` goes into the payload of `{{api}}`. A JWT that is not encrypted is only base64url-encoded: anyone who holds the token can read it. Keep it out of the token (look it up on the server by `sub`), or encrypt the token (JWE) if the client must carry it.',
      sensitiveSpread:
        '`{{source}}` is spread into the payload of `{{api}}`, and its name says it holds secrets. Anyone who holds the token can read its payload: copy only the claims the token needs.',
      databaseRow:
        '`{{source}}` is a whole database row (from `{{fetch}}()`) put into the payload of `{{api}}`: every column, password hashes included, becomes readable to anyone who holds the token. Copy only the claims the token needs, such as its id.',
      removeClaim: 'Remove `{{claim}}` from the payload.',
    },
  },
  create(context, [{ sensitiveNames = sensitiveClaimNames }]) {
    if (!callsJwtApis(context)) return {}
    const { sourceCode } = context
    /** Claims and parts already reported: a payload constant signed by several calls is reported once. */
    const reported = new Set<TSESTree.Node>()

    function check(analysis: JwtAnalysis, site: SignSite): void {
      if (!site.payload) return
      const contents = payloadContents(analysis, site.payload)
      for (const claim of contents.claims) {
        if (!isSensitiveClaim(analysis, contents, claim) || reported.has(claim.node)) continue
        reported.add(claim.node)
        const name = claim.path.join('.')
        const removable = claim.node.type === AST_NODE_TYPES.Property && contains(site.reference.node, claim.node)
        context.report({
          node: claim.node,
          messageId: 'sensitiveClaim',
          data: { claim: name, api: site.reference.displayName },
          suggest: removable
            ? [{ messageId: 'removeClaim', data: { claim: name }, fix: (fixer) => removeListItem(fixer, sourceCode, claim.node) }]
            : [],
        })
      }
      for (const part of contents.parts) {
        if (reported.has(part.node)) continue
        const name = sourceName(part.node)
        if (name === undefined) continue
        const source = sourceCode.getText(part.node)
        const api = site.reference.displayName
        if (part.kind === 'spread' && sensitiveTerm(name, sensitiveNames)) {
          reported.add(part.node)
          context.report({ node: part.node, messageId: 'sensitiveSpread', data: { source, api } })
          continue
        }
        const fetch = hasWord(name, accountRecordWords) && !stripsSensitiveClaims(analysis, contents, part) ? rowFetch(part.node, analysis) : undefined
        if (fetch) {
          reported.add(part.node)
          context.report({ node: part.node, messageId: 'databaseRow', data: { source, fetch, api } })
        }
      }
    }

    /** Named as sensitive, holding data, and still in the payload when it is signed. */
    function isSensitiveClaim(analysis: JwtAnalysis, contents: PayloadContents, claim: PayloadClaim): boolean {
      if (!sensitiveTerm(claim.path.at(-1)!, sensitiveNames) || carriesNoData(claim.value, analysis)) return false
      const key = claim.path.join('.')
      if (contents.deleted.some((path) => path.join('.') === key)) return false
      // A later `password: undefined` strips it again.
      const last = contents.claims.findLast((other) => other.path.join('.') === key)!
      return last === claim || !carriesNoData(last.value, analysis)
    }

    /** The code removes a sensitive claim from the object the part is copied into: it chose what to keep. */
    function stripsSensitiveClaims(analysis: JwtAnalysis, contents: PayloadContents, part: PayloadPart): boolean {
      const inObject = (path: readonly string[]): boolean =>
        path.length === part.path.length + 1 && part.path.every((segment, index) => path[index] === segment) && sensitiveTerm(path.at(-1)!, sensitiveNames) !== undefined
      return (
        contents.deleted.some(inObject) ||
        contents.claims.some((claim) => inObject(claim.path) && carriesNoData(claim.value, analysis))
      )
    }

    return {
      'Program:exit'(): void {
        const analysis = getJwtAnalysis(context)
        for (const site of signSites(analysis, ['sign', 'unsecuredSign'])) check(analysis, site)
      },
    }
  },
})

/** The name code gives a value: `user`, `req.user` (`user`), `await users.findOne()` and `user.toJSON()` (`users`, `user`). */
function sourceName(node: TSESTree.Node): string | undefined {
  const unwrapped = skipWrappers(node)
  switch (unwrapped.type) {
    case AST_NODE_TYPES.Identifier:
      return unwrapped.name
    case AST_NODE_TYPES.MemberExpression:
      return literalKeyName(unwrapped)
    case AST_NODE_TYPES.AwaitExpression:
      return sourceName(unwrapped.argument)
    case AST_NODE_TYPES.CallExpression: {
      const callee = skipWrappers(unwrapped.callee)
      return callee.type === AST_NODE_TYPES.MemberExpression ? sourceName(callee.object) : undefined
    }
    default:
      return undefined
  }
}
