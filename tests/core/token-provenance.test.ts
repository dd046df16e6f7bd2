import tsParser from '@typescript-eslint/parser'
import type { TSESLint, TSESTree } from '@typescript-eslint/utils'
import { Linter } from 'eslint'
import { describe, expect, it } from 'vitest'
import {
  isBearerToken,
  isIdToken,
  isIncomingCredential,
  isRequestHeaders,
  tokenEvidence,
  tokenFacts,
} from '../../src/core/token-provenance.js'

type Context = Parameters<typeof tokenFacts>[1]

/** Runs `inspect` on the argument of the last `probe(...)` call in `code`. */
function probe<T>(code: string, inspect: (node: TSESTree.Node, context: Context) => T, filename = 'server/probe.ts'): T {
  let result: T | undefined
  let ran = false
  const rule: TSESLint.RuleModule<never> = {
    meta: { type: 'problem', messages: {}, schema: [] },
    defaultOptions: [],
    create(context) {
      return {
        'CallExpression[callee.name="probe"]'(node: TSESTree.CallExpression): void {
          result = inspect(node.arguments[0]!, context)
          ran = true
        },
      }
    },
  }
  const messages = new Linter({ configType: 'flat' }).verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser as Linter.Parser, sourceType: 'module', ecmaVersion: 'latest' },
        plugins: { probe: { rules: { probe: rule as never } } },
        rules: { 'probe/probe': 'error' },
      },
    ],
    { filename },
  )
  const fatal = messages.find((message) => message.fatal)
  if (fatal) throw new Error(`parse error: ${fatal.message}`)
  if (!ran) throw new Error('probe did not run')
  return result as T
}

/** `form/source` of what the probed expression holds, with `/id` and `/incoming` flags, or `none`. */
const describeProbe = (code: string): string =>
  probe(code, (node, context) => {
    const facts = tokenFacts(node, context)
    if (!facts) return 'none'
    return [facts.form, facts.source, facts.idToken ? 'id' : '', facts.incoming ? 'incoming' : ''].filter(Boolean).join('/')
  })

describe('token provenance', () => {
  it.each<[string, string, string]>([
    ['a jsonwebtoken sign result', `import jwt from 'jsonwebtoken'\nconst t = jwt.sign({}, k)\nprobe(t)`, 'token/sign'],
    ['a sign callback argument', `import jwt from 'jsonwebtoken'\njwt.sign({}, k, (err, t) => probe(t))`, 'token/sign'],
    ['a jose SignJWT builder', `import { SignJWT } from 'jose'\nconst b = new SignJWT({}).setProtectedHeader({ alg: 'ES256' })\nprobe(await b.sign(k))`, 'token/sign'],
    ['a fast-jwt signer', `import { createSigner } from 'fast-jwt'\nconst sign = createSigner({ key: 'k' })\nprobe(sign({}))`, 'token/sign'],
    ['the Authorization header', `function f(req) { probe(req.headers.authorization) }`, 'header/authorization-header/incoming'],
    ['req.get', `function f(req) { probe(req.get('Authorization')) }`, 'header/authorization-header/incoming'],
    ['fetch Headers.get', `function f(request) { probe(request.headers.get('authorization')) }`, 'header/authorization-header/incoming'],
    ['a Lambda event header', `export const h = (event) => probe(event.headers.Authorization)`, 'header/authorization-header/incoming'],
    ['split(" ")[1]', `function f(req) { probe(req.headers.authorization.split(' ')[1]) }`, 'token/authorization-header/incoming'],
    ['array destructuring of the split', `function f(h: string) {}\nfunction g(req) { const [, t] = req.headers.authorization.split(' '); probe(t) }`, 'token/authorization-header/incoming'],
    ['replace of the scheme', `function f(req) { probe(req.headers.authorization.replace(/^Bearer\\s+/i, '')) }`, 'token/authorization-header/incoming'],
    ['slice(7)', `function f(req) { const h = req.get('authorization'); probe(h.slice('Bearer '.length)) }`, 'token/authorization-header/incoming'],
    ['a masked slice', `function f(req) { const h = req.get('authorization'); probe(h.slice(0, 10)) }`, 'none'],
    ['split on dots is not the token', `function f(req) { probe(req.headers.authorization.split('.')[1]) }`, 'none'],
    ['the scheme is not the token', `function f(req) { probe(req.headers.authorization.split(' ')[0]) }`, 'none'],
    ['Bearer template of the incoming token', `function f(req) { const t = req.get('authorization').slice(7); probe(\`Bearer \${t}\`) }`, 'contains/authorization-header/incoming'],
    ['the whole request headers', `function f(req) { probe(req.headers) }`, 'headers/request-headers/incoming'],
    ['a token cookie', `function f(req) { probe(req.cookies.jwt) }`, 'token/cookie'],
    ['a Next.js cookie entry value', `probe(cookies().get('access_token')?.value)`, 'token/cookie'],
    ['localStorage.getItem', `probe(localStorage.getItem('token'))`, 'token/storage'],
    ['getTokenSilently', `async function f(auth0) { probe(await auth0.getTokenSilently()) }`, 'token/client'],
    ['getIdTokenClaims().__raw', `async function f(auth0) { probe((await auth0.getIdTokenClaims()).__raw) }`, 'token/client/id'],
    ['Firebase getIdToken', `async function f(user) { probe(await user.getIdToken()) }`, 'token/client/id'],
    ['Cognito getIdToken().getJwtToken()', `function f(session) { probe(session.getIdToken().getJwtToken()) }`, 'token/client/id'],
    ['Cognito getAccessToken().getJwtToken()', `function f(session) { probe(session.getAccessToken().getJwtToken()) }`, 'token/client'],
    ['MSAL result.idToken', `async function f(msal) { const r = await msal.acquireTokenSilent({}); probe(r.idToken) }`, 'token/name/id'],
    ['next-auth account.id_token', `function f({ account }) { probe(account.id_token) }`, 'token/name/id'],
    ['a compact JWT literal', `probe('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln')`, 'token/literal'],
    ['a name: accessToken', `function f(accessToken: string) { probe(accessToken) }`, 'token/name'],
    ['a qualified ignored name: csrf.token', `function f(csrf) { probe(csrf.token) }`, 'none'],
    ['ignored names', `function f(nextPageToken, cancelToken, max_tokens, tokenizer) { probe(nextPageToken ?? cancelToken ?? max_tokens ?? tokenizer) }`, 'none'],
    ['a number-typed name', `function f(token: number) { probe(token) }`, 'none'],
    ['an object-typed name (a lexer token)', `function f(token: Token) { probe(token) }`, 'none'],
    ['a loop element', `function f(tokens) { for (const token of tokens) probe(token) }`, 'none'],
    ['an array callback element', `function f(tokens) { tokens.map((token) => probe(token)) }`, 'none'],
    ['a token property of a collection element', `function f(msal) { msal.getAllAccounts().forEach((account) => probe(account.idToken)) }`, 'token/name/id'],
    ['an element of an unnamed tuple is known by its own name', `function f(useState) { const [token, setToken] = useState(''); probe(token) }`, 'token/name'],
    ['a method whose name says it is not a credential', `class P { next() { const token = this.nextToken(); probe(token) } }`, 'none'],
    ['a push-notification token', `import { getToken } from 'firebase/messaging'\nasync function f(messaging) { const token = await getToken(messaging); probe(token) }`, 'none'],
    ['next-auth getToken without raw', `import { getToken } from 'next-auth/jwt'\nasync function f(req) { const token = await getToken({ req }); probe(token) }`, 'none'],
    ['next-auth getToken with raw', `import { getToken } from 'next-auth/jwt'\nasync function f(req) { const token = await getToken({ req, raw: true }); probe(token) }`, 'token/client/incoming'],
    ['the headers of a response are not the request headers', `async function f(url) { const response = await fetch(url); probe(response.headers) }`, 'none'],
    ['an indexed element', `function f(tokens) { const token = tokens[0]; probe(token) }`, 'none'],
    ['token.length', `function f(token: string) { probe(token.length) }`, 'none'],
    ['!!token', `function f(token: string) { probe(!!token) }`, 'none'],
    ['a masked template', `function f(token: string) { probe(\`\${token.slice(0, 6)}...\`) }`, 'none'],
    ['a hash', `import { createHash } from 'node:crypto'\nfunction f(token: string) { probe(createHash('sha256').update(token).digest('hex')) }`, 'none'],
    ['decoded claims', `import { jwtDecode } from 'jwt-decode'\nfunction f(token: string) { probe(jwtDecode(token).exp) }`, 'none'],
    ['a module import named jwt', `import jwt from 'jsonwebtoken'\nprobe(jwt)`, 'none'],
    ['a required module named jwt', `const jwt = require('jsonwebtoken')\nprobe(jwt)`, 'none'],
    ['an object holding a token', `function f(token: string) { probe({ user: 1, token }) }`, 'contains/name'],
    ['a property of a local object', `function f(t: string) { const o = { accessToken: t }; probe(o.accessToken) }`, 'token/name'],
    ['a concatenation', `function f(jwt: string) { probe('/x?jwt=' + jwt) }`, 'contains/name'],
    ['a += built string', `function f(jwt: string) { let url = '/x'; url += '?jwt=' + jwt; probe(url) }`, 'contains/name'],
    ['JSON.stringify of a token object', `function f(accessToken: string) { probe(JSON.stringify({ accessToken })) }`, 'contains/name'],
    ['encodeURIComponent keeps the token', `function f(token: string) { probe(encodeURIComponent(token)) }`, 'token/name'],
    ['a presence conditional', `function f(token: string) { probe(token ? 'yes' : 'no') }`, 'none'],
    ['the decoded session in a next-auth callback', `export default { callbacks: { jwt({ token }) { probe(token) } } }`, 'none'],
    ['a token stored in the next-auth session object', `export default { callbacks: { session({ session, token }) { probe(token.accessToken) } } }`, 'token/name'],
    ['a NestJS header parameter', `class C { get(@Headers('authorization') auth: string) { probe(auth) } }`, 'header/authorization-header/incoming'],
  ])('%s', (_name, code, expected) => {
    expect(describeProbe(code)).toBe(expected)
  })

  it('answers the three questions', () => {
    const code = `function f(req, idToken: string) { probe([req.headers.authorization, idToken]) }`
    expect(probe(code, (node, context) => isBearerToken(node, context))).toBe(true)
    expect(probe(`function f(idToken: string) { probe(idToken) }`, (node, context) => isIdToken(node, context))).toBe(true)
    expect(probe(`function f(accessToken: string) { probe(accessToken) }`, (node, context) => isIdToken(node, context))).toBe(false)
    expect(probe(`function f(req) { probe(req.get('authorization')) }`, (node, context) => isIncomingCredential(node, context))).toBe(true)
    expect(probe(`function f(accessToken: string) { probe(accessToken) }`, (node, context) => isIncomingCredential(node, context))).toBe(false)
    expect(probe(`function f(req) { probe(req.headers) }`, (node, context) => isBearerToken(node, context))).toBe(false)
    expect(probe(`function f(req) { probe(req.headers) }`, (node, context) => isRequestHeaders(node, context))).toBe(true)
  })

  it('tells unknown values from known non-tokens', () => {
    expect(probe(`// a token or not\nfunction f(value) { probe(value) }`, (node, context) => tokenEvidence(node, context))).toBe('unknown')
    expect(probe(`probe('dark')`, (node, context) => tokenEvidence(node, context))).toBe('not-token')
    expect(probe(`function f(token) { probe(token) }`, (node, context) => tokenEvidence(node, context))).toBe('token')
  })

  it('sees nothing in a file without token-like text', () => {
    expect(probe(`function f(value) { probe(value) }`, (node, context) => tokenFacts(node, context))).toBeUndefined()
  })
})
