import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'
import { getJwtAnalysis } from '../core/analysis.js'
import { calleeName, literalKeyName, outermostWrapper, skipWrappers } from '../core/ast.js'
import { outgoingCredentials, type RequestUrl } from '../core/outgoing-requests.js'
import { mayCarryCredentialHeader, resolveTokenNames, type TokenFacts, tokenFacts } from '../core/token-provenance.js'
import {
  audienceBoundIdTokenCalls,
  firebaseTextPattern,
  firstPartyIdTokenCalls,
  rawTokenMethods,
} from '../model/tokens.js'
import { createRule } from '../utils/create-rule.js'
import { defaultTokenNameOptions, type TokenNameOptions, tokenNameSchema } from '../utils/token-options.js'

export type Options = [TokenNameOptions & { checkFirebaseIdTokens?: boolean }]
export type MessageIds = 'idTokenAsBearer' | 'firebaseIdTokenAsBearer'

export default createRule<Options, MessageIds>({
  name: 'no-id-token-as-bearer',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow sending an OpenID Connect ID token as the bearer credential of an API request',
      recommended: 'recommended',
      cwe: 'CWE-287',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          ...tokenNameSchema,
          checkFirebaseIdTokens: {
            type: 'boolean',
            description:
              "Also report Firebase ID tokens (`user.getIdToken()`, and an ID token known only by its name in a file that uses Firebase) and ID tokens known only by their name that are sent to the application's own origin (a relative URL). Sending them to the application's own backend, which checks them with firebase-admin `verifyIdToken`, is Firebase's documented design, so they are not reported by default.",
          },
        },
      },
    ],
    defaultOptions: [{ ...defaultTokenNameOptions, checkFirebaseIdTokens: false }],
    messages: {
      idTokenAsBearer:
        "An ID token is sent as the bearer credential (`{{header}}`) by `{{client}}`. An ID token proves to this client who signed in: its audience is the client, not the API, and it carries no scopes, so an API that accepts it cannot limit what it allows, and every service that accepts this client's ID tokens can replay it at the others. Request an access token for the API and send that instead.",
      firebaseIdTokenAsBearer:
        'A Firebase ID token is sent as the bearer credential (`{{header}}`) by `{{client}}`. Firebase means it for your own backend only, which checks it with firebase-admin `verifyIdToken`; any other service that receives it can replay it against your backend. Make sure this request goes to your own backend.',
    },
  },
  create(context, [options]) {
    const names = resolveTokenNames(options)
    if (!mayCarryCredentialHeader(context, names)) return {}
    const analysis = getJwtAnalysis(context)
    const reported = new Set<TSESTree.Node>()
    /** In a file that uses Firebase Authentication, an ID token known only by its name is a Firebase ID token. */
    const usesFirebase = firebaseTextPattern.test(context.sourceCode.text)

    /**
     * The client call the token came from (Firebase `getIdToken()`, google-auth-library `fetchIdToken()`);
     * not Cognito's `getIdToken()`, whose result is an object that `getJwtToken()` reads the token from.
     */
    function originCall(facts: TokenFacts): string | undefined {
      const origin = skipWrappers(facts.origin)
      if (origin.type !== AST_NODE_TYPES.CallExpression) return undefined
      const parent = outermostWrapper(origin).parent
      const readByRawMethod =
        parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === outermostWrapper(origin) && rawTokenMethods.includes(literalKeyName(parent) ?? '')
      return readByRawMethod ? undefined : calleeName(origin)
    }

    /** A relative URL (`/api/profile`): the origin the page or app was served from. */
    function isOwnOrigin(url: RequestUrl | undefined): boolean {
      return url !== undefined && url.prefix.startsWith('/') && !url.prefix.startsWith('//')
    }

    function check(node: TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.AssignmentExpression): void {
      for (const credential of outgoingCredentials(node, analysis)) {
        if (reported.has(credential.value)) continue
        const facts = tokenFacts(credential.value, context, names)
        if (!facts?.idToken) continue
        const call = originCall(facts)
        if (call !== undefined && audienceBoundIdTokenCalls.includes(call)) continue
        const firebase = call !== undefined ? firstPartyIdTokenCalls.includes(call) : facts.source === 'name' && usesFirebase
        // Known only by its name and sent to this application's own origin: possibly Firebase's, or a Google
        // Sign-In credential its own backend checks, which is how those are meant to be used.
        const ownBackend = facts.source === 'name' && isOwnOrigin(credential.url)
        if ((firebase || ownBackend) && !options.checkFirebaseIdTokens) continue
        reported.add(credential.value)
        context.report({
          node: credential.value,
          messageId: firebase ? 'firebaseIdTokenAsBearer' : 'idTokenAsBearer',
          data: { header: credential.header, client: credential.client },
        })
      }
    }

    return { CallExpression: check, NewExpression: check, AssignmentExpression: check }
  },
})
