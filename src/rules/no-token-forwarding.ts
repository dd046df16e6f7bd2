import type { TSESTree } from '@typescript-eslint/utils'
import { getJwtAnalysis } from '../core/analysis.js'
import { contains } from '../core/ast.js'
import { type OutgoingCredential, outgoingCredentials, type RequestUrl } from '../core/outgoing-requests.js'
import { isOwnOriginUrl, receivingHandler } from '../core/request-handlers.js'
import { mayCarryCredentialHeader, tokenFacts } from '../core/token-provenance.js'
import { callerTokenEndpointPattern } from '../model/sinks.js'
import { createRule } from '../utils/create-rule.js'

export type Options = [{ allowedUrlPrefixes?: string[] }]
export type MessageIds = 'tokenForwarded'


export default createRule<Options, MessageIds>({
  name: 'no-token-forwarding',
  meta: {
    type: 'problem',
    docs: {
      description: "Disallow forwarding the caller's bearer token unchanged to another service",
      recommended: 'recommended',
      cwe: 'CWE-441',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          allowedUrlPrefixes: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description:
              "URL prefixes of services in the same audience as the incoming token (an internal gateway, the API's own instances), such as `https://gateway.internal/`. Forwarding to a URL that starts with one is not reported; with prefixes set, a URL whose start is not known statically is not reported either.",
          },
        },
      },
    ],
    defaultOptions: [{ allowedUrlPrefixes: [] }],
    messages: {
      tokenForwarded:
        "This request handler forwards {{what}} unchanged to another service, as the `{{header}}` header sent by `{{client}}`. The caller's token was issued for this service: a downstream service that accepts it lets whoever holds it act there with the caller's full authority (a confused deputy), and every service it reaches can replay it against this one. Exchange it for a token for the downstream service with OAuth 2.0 Token Exchange (RFC 8693), or call that service with this service's own credentials.",
    },
  },
  create(context, [{ allowedUrlPrefixes }]) {
    if (!mayCarryCredentialHeader(context)) return {}
    const analysis = getJwtAnalysis(context)
    const prefixes = allowedUrlPrefixes ?? []
    const reported = new Set<TSESTree.Node>()

    /** Whether the request goes to a service allowed to receive the caller's token, or may. */
    function isAllowed(url: RequestUrl | undefined): boolean {
      if (url && callerTokenEndpointPattern.test(url.staticText)) return true
      if (prefixes.length === 0) return false
      if (!url) return true
      return prefixes.some((prefix) => url.prefix.startsWith(prefix) || (!url.complete && prefix.startsWith(url.prefix)))
    }

    function check(node: TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.AssignmentExpression): void {
      for (const credential of outgoingCredentials(node, analysis)) checkCredential(node, credential)
    }

    function checkCredential(request: TSESTree.Node, credential: OutgoingCredential): void {
      if (reported.has(credential.value)) return
      const facts = tokenFacts(credential.value, context)
      if (!facts?.incoming || facts.source === 'request-headers' || isAllowed(credential.url)) return
      const handler = receivingHandler(facts.origin, analysis)
      if (!handler || !contains(handler, request)) return
      // A request back to this service's own origin stays in the token's audience.
      if (credential.urlNode && isOwnOriginUrl(credential.urlNode, handler, analysis)) return
      reported.add(credential.value)
      context.report({
        node: credential.value,
        messageId: 'tokenForwarded',
        data: { what: facts.form === 'header' ? "the caller's `Authorization` header" : "the caller's bearer token", header: credential.header, client: credential.client },
      })
    }

    return { CallExpression: check, NewExpression: check, AssignmentExpression: check }
  },
})
