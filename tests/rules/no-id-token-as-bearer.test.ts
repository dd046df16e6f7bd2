import rule from '../../src/rules/no-id-token-as-bearer.js'
import { assertionOptions, cjsRuleTester, ruleTester } from '../rule-tester.js'

const idTokenAsBearer = (client: string, line: number, column: number, endColumn: number, header = 'Authorization') => ({
  messageId: 'idTokenAsBearer' as const,
  data: { header, client },
  line,
  column,
  endLine: line,
  endColumn,
})

ruleTester.run(rule.name, rule, {
  assertionOptions,
  valid: [
    {
      name: 'an access token from auth0-spa-js as the bearer',
      filename: 'src/api.ts',
      code: `
export async function listOrders(auth0) {
  const accessToken = await auth0.getTokenSilently({ authorizationParams: { audience: 'https://api.example.com' } })
  return fetch('https://api.example.com/orders', { headers: { Authorization: \`Bearer \${accessToken}\` } })
}
`,
    },
    {
      name: 'an ID token sent in a POST body to the token endpoint for exchange, then the new token as the bearer',
      filename: 'server/exchange.ts',
      code: `
export async function callBilling(idToken: string, clientId: string, clientSecret: string) {
  const response = await fetch('https://login.example.com/oauth2/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: \`Basic \${btoa(\`\${clientId}:\${clientSecret}\`)}\` },
    body: new URLSearchParams({
      grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
      subject_token: idToken,
      subject_token_type: 'urn:ietf:params:oauth:token-type:id_token',
      audience: 'https://billing.example.com',
    }),
  })
  const { access_token: billingToken } = await response.json()
  return fetch('https://billing.example.com/invoices', { headers: { Authorization: \`Bearer \${billingToken}\` } })
}
`,
    },
    {
      name: 'Firebase ID tokens sent to the own backend (namespaced and modular API)',
      filename: 'src/profile.ts',
      code: `
import { getAuth, getIdToken } from 'firebase/auth'
import axios from 'axios'
export async function loadProfile() {
  const user = getAuth().currentUser!
  const token = await user.getIdToken()
  await fetch('/api/profile', { headers: { Authorization: \`Bearer \${token}\` } })
  const fresh = await getIdToken(user, true)
  return axios.get('/api/settings', { headers: { Authorization: \`Bearer \${fresh}\` } })
}
`,
    },
    {
      name: 'a Firebase ID token set on an axios instance in an interceptor',
      filename: 'src/http.ts',
      code: `
import axios from 'axios'
import { auth } from './firebase'
export const api = axios.create({ baseURL: '/api' })
api.interceptors.request.use(async (config) => {
  const idToken = await auth.currentUser?.getIdToken()
  if (idToken) config.headers.Authorization = \`Bearer \${idToken}\`
  return config
})
`,
    },
    {
      name: "an ID token from a helper, in a file that uses the project's Firebase module",
      filename: 'src/items.ts',
      code: `
import { auth } from '@/lib/firebase'
async function currentIdToken() {
  return auth.currentUser?.getIdToken()
}
export async function save(body: unknown) {
  const idToken = await currentIdToken()
  return fetch('/api/items', { method: 'POST', headers: { Authorization: \`Bearer \${idToken}\` }, body: JSON.stringify(body) })
}
`,
    },
    {
      name: "an ID token known only by its name, sent to the application's own origin",
      filename: 'src/notifications.ts',
      code: `
import { useAuth } from './auth-context'
export function useMarkAsRead() {
  const { idToken } = useAuth()
  return (ids: string[]) =>
    fetch('/api/notifications/mark-read', { method: 'POST', headers: { Authorization: \`Bearer \${idToken}\` }, body: JSON.stringify({ ids }) })
}
`,
    },
    {
      name: 'the Firebase global, through a helper',
      filename: 'src/components/users.js',
      code: `
import axios from 'axios'
export default {
  methods: {
    async getIdToken() {
      return firebase.auth().currentUser.getIdToken(true)
    },
    async load(url) {
      const idToken = await this.getIdToken()
      return axios.get(url, { headers: { Authorization: \`Bearer \${idToken}\` } })
    },
  },
}
`,
    },
    {
      name: 'a Google Cloud service-to-service ID token minted for the receiving service',
      filename: 'server/cloud-run.ts',
      code: `
import { GoogleAuth } from 'google-auth-library'
const auth = new GoogleAuth()
export async function callService(serviceUrl: string) {
  const client = await auth.getIdTokenClient(serviceUrl)
  const idToken = await client.idTokenProvider.fetchIdToken(serviceUrl)
  return fetch(\`\${serviceUrl}/tasks\`, { method: 'POST', headers: { Authorization: \`Bearer \${idToken}\` } })
}
`,
    },
    {
      name: 'the MSAL access token as an axios default header; ID token claims read for display',
      filename: 'src/msal.ts',
      code: `
import axios from 'axios'
export async function signIn(msal, render) {
  const result = await msal.acquireTokenSilent({ scopes: ['api://orders/Orders.Read'] })
  axios.defaults.headers.common.Authorization = \`Bearer \${result.accessToken}\`
  render(result.idTokenClaims.name)
}
`,
    },
    {
      name: 'the ID token as the logout hint and in a session-login body',
      filename: 'src/session.ts',
      code: `
export async function startSession(idToken: string, csrfToken: string) {
  await fetch('/api/sessionLogin', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken },
    body: JSON.stringify({ idToken }),
  })
}
export function logout(issuer: string, idToken: string) {
  window.location.assign(\`\${issuer}/logout?id_token_hint=\${idToken}\`)
}
`,
    },
    {
      name: 'a local function named fetch',
      filename: 'src/debug.ts',
      code: `
function fetch(url: string, init: { headers: Record<string, string> }) {
  return { url, init }
}
export function describeRequest(idToken: string) {
  return fetch('/debug', { headers: { Authorization: \`Bearer \${idToken}\` } })
}
`,
    },
    {
      name: 'an object with an Authorization key that is never sent',
      filename: 'src/store.ts',
      code: `
export function remember(store: { save(record: object): void }, idToken: string) {
  const record = { Authorization: idToken, createdAt: Date.now() }
  store.save(record)
}
`,
    },
    {
      name: 'the Cognito access token with ky',
      filename: 'src/cognito.ts',
      code: `
import ky from 'ky'
export async function listOrders(session) {
  return ky.get('https://api.example.com/orders', { headers: { Authorization: session.getAccessToken().getJwtToken() } }).json()
}
`,
    },
    {
      name: 'next-auth: the access token, not the ID token, on an outgoing got request',
      filename: 'server/orders.ts',
      code: `
import got from 'got'
import { auth } from './auth'
export async function GET() {
  const session = await auth()
  const orders = await got('https://api.example.com/orders', { headers: { authorization: \`Bearer \${session.accessToken}\` } }).json()
  return Response.json({ orders, user: session.user.name })
}
`,
    },
    {
      name: 'an ID token in a non-credential header of an identity-provider call',
      filename: 'src/link.ts',
      code: `
export async function linkAccount(idToken: string, apiKey: string) {
  return fetch('https://identitytoolkit.googleapis.com/v1/accounts:signInWithIdp?key=' + apiKey, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ postBody: \`id_token=\${idToken}&providerId=google.com\`, requestUri: location.origin }),
  })
}
`,
    },
    {
      name: 'headers from a parameter (not known statically)',
      filename: 'src/client.ts',
      code: `
export function send(url: string, headers: Record<string, string>, idToken: string) {
  console.debug('user has an id token', Boolean(idToken))
  return fetch(url, { headers })
}
`,
    },
    {
      name: 'Supabase uses the session access token',
      filename: 'src/supabase.ts',
      code: `
export async function callFunction(supabase) {
  const { data } = await supabase.auth.getSession()
  return fetch('https://project.functions.supabase.co/hello', { headers: { Authorization: \`Bearer \${data.session.access_token}\` } })
}
`,
    },
    {
      name: 'superagent with an access token',
      filename: 'server/sa.ts',
      code: `
import request from 'superagent'
export async function orders(accessToken: string, idTokenClaims: { sub: string }) {
  return request.get('https://api.example.com/orders').auth(accessToken, { type: 'bearer' }).set('X-User', idTokenClaims.sub)
}
`,
    },
    {
      name: 'superagent basic auth with a name that contains id token',
      filename: 'server/sa.ts',
      code: `
import request from 'superagent'
export async function introspect(clientId: string, clientSecret: string, idToken: string) {
  return request.post('https://login.example.com/introspect').auth(clientId, clientSecret).type('form').send({ token: idToken })
}
`,
    },
  ],
  invalid: [
    {
      name: 'fetch with an ID token in a template literal',
      filename: 'src/api.ts',
      code: `
export async function loadMe(idToken: string) {
  return fetch('https://api.example.com/me', { headers: { Authorization: \`Bearer \${idToken}\` } })
}
`,
      errors: [idTokenAsBearer('fetch', 3, 74, 93)],
    },
    {
      name: 'auth0-spa-js getIdTokenClaims().__raw, with headers built elsewhere in the function',
      filename: 'src/api.ts',
      code: `
export async function loadOrders(auth0) {
  const claims = await auth0.getIdTokenClaims()
  const headers = new Headers({ Accept: 'application/json' })
  headers.set('Authorization', \`Bearer \${claims.__raw}\`)
  return fetch('/api/orders', { headers })
}
`,
      errors: [idTokenAsBearer('fetch', 5, 32, 56)],
    },
    {
      name: 'MSAL result.idToken on axios.get',
      filename: 'src/msal.ts',
      code: `
import axios from 'axios'
export async function profile(msal) {
  const result = await msal.acquireTokenSilent({ scopes: ['openid'] })
  return axios.get('https://api.example.com/profile', { headers: { Authorization: \`Bearer \${result.idToken}\` } })
}
`,
      errors: [idTokenAsBearer('axios.get', 5, 83, 109)],
    },
    {
      name: 'an axios default header',
      filename: 'src/boot.ts',
      code: `
import axios from 'axios'
export function onLogin(user: { id_token: string }) {
  axios.defaults.headers.common['Authorization'] = 'Bearer ' + user.id_token
}
`,
      errors: [idTokenAsBearer('axios.defaults.headers.common', 4, 52, 77)],
    },
    {
      name: 'an axios instance created with the ID token',
      filename: 'src/http.ts',
      code: `
import axios from 'axios'
export function createClient(keycloak) {
  return axios.create({ baseURL: 'https://api.example.com', headers: { Authorization: \`Bearer \${keycloak.idToken}\` } })
}
`,
      errors: [idTokenAsBearer('axios.create', 4, 87, 115)],
    },
    {
      name: 'an axios request interceptor',
      filename: 'src/http.ts',
      code: `
import axios from 'axios'
const api = axios.create({ baseURL: 'https://api.example.com' })
export function install(oidc) {
  api.interceptors.request.use(async (config) => {
    const user = await oidc.getUser()
    config.headers.Authorization = \`Bearer \${user.id_token}\`
    return config
  })
}
`,
      errors: [idTokenAsBearer('api.interceptors.request.use', 7, 36, 61)],
    },
    {
      name: 'next-auth: the ID token copied to the session, sent with got through a mutated headers object',
      filename: 'server/orders.ts',
      code: `
import got from 'got'
export async function orders(session) {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (session.idToken) headers.Authorization = \`Bearer \${session.idToken}\`
  const client = got.extend({ prefixUrl: 'https://api.example.com' })
  return client.get('orders', { headers }).json()
}
`,
      errors: [idTokenAsBearer('client.get', 5, 48, 75)],
    },
    {
      name: 'ky with the raw oidc-client-ts ID token',
      filename: 'src/ky.ts',
      code: `
import ky from 'ky'
export async function me(userManager) {
  const user = await userManager.getUser()
  return ky('https://api.example.com/me', { headers: { authorization: user.id_token } }).json()
}
`,
      errors: [idTokenAsBearer('ky', 5, 71, 84, 'authorization')],
    },
    {
      name: 'the Cognito ID token',
      filename: 'src/cognito.ts',
      code: `
import ky from 'ky'
export async function listOrders(session) {
  return ky.get('https://api.example.com/orders', { headers: { Authorization: session.getIdToken().getJwtToken() } }).json()
}
`,
      errors: [idTokenAsBearer('ky.get', 4, 79, 113)],
    },
    {
      name: 'new Request with a Headers built from pairs',
      filename: 'src/request.ts',
      code: `
export function build(idToken: string) {
  return new Request('https://api.example.com/x', { headers: new Headers([['Authorization', \`Bearer \${idToken}\`]]) })
}
`,
      errors: [idTokenAsBearer('Request', 3, 93, 112)],
    },
    {
      name: 'an ID token whose name is put together from constants (no rule skips a file for not spelling the name out)',
      filename: 'scripts/smoke.ts',
      code: `
const PREFIX = 'OIDC_ID'
export async function smoke() {
  return fetch('https://api.example.com/health', { headers: { Authorization: 'Bearer ' + process.env[\`\${PREFIX}_TOKEN\`] } })
}
`,
      errors: [idTokenAsBearer('fetch', 4, 78, 120)],
    },
    {
      name: 'window.fetch with options from a constant and headers from a local function',
      filename: 'src/api.ts',
      code: `
export async function report(identityToken: string) {
  function authHeaders() {
    return { Authorization: \`Bearer \${identityToken}\` }
  }
  const init = { method: 'POST', headers: authHeaders() }
  return window.fetch('https://reports.example.com/v1/reports', init)
}
`,
      errors: [idTokenAsBearer('window.fetch', 4, 29, 54)],
    },
    {
      name: 'axios called with a config object holding the URL',
      filename: 'src/msal.ts',
      code: `
import axios from 'axios'
export async function save(result: { idToken: string }, body: unknown) {
  return axios({ url: 'https://api.example.com/items', method: 'post', data: body, headers: { Authorization: \`Bearer \${result.idToken}\` } })
}
`,
      errors: [idTokenAsBearer('axios', 4, 110, 136)],
    },
    {
      name: 'nextjs-auth0 v3: the session ID token sent to an API from a route handler',
      filename: 'app/api/orders/route.ts',
      code: `
import { getSession } from '@auth0/nextjs-auth0'
export async function GET() {
  const session = await getSession()
  const response = await fetch(\`\${process.env.API_URL}/orders\`, { headers: { Authorization: \`Bearer \${session?.idToken}\` } })
  return Response.json(await response.json())
}
`,
      errors: [idTokenAsBearer('fetch', 5, 93, 121)],
    },
    {
      name: 'Firebase ID tokens when checkFirebaseIdTokens is on',
      filename: 'src/profile.ts',
      options: [{ checkFirebaseIdTokens: true }],
      code: `
import { getAuth } from 'firebase/auth'
export async function loadProfile() {
  const token = await getAuth().currentUser!.getIdToken()
  return fetch('https://partner.example.com/profile', { headers: { Authorization: \`Bearer \${token}\` } })
}
`,
      errors: [
        { messageId: 'firebaseIdTokenAsBearer', data: { header: 'Authorization', client: 'fetch' }, line: 5, column: 83, endLine: 5, endColumn: 100 },
      ],
    },
    {
      name: "an ID token known only by its name, sent to the application's own origin, when checkFirebaseIdTokens is on",
      filename: 'src/notifications.ts',
      options: [{ checkFirebaseIdTokens: true }],
      code: `
import { useAuth } from './auth-context'
export function useMarkAsRead() {
  const { idToken } = useAuth()
  return (ids: string[]) =>
    fetch('/api/notifications/mark-read', { method: 'POST', headers: { Authorization: \`Bearer \${idToken}\` }, body: JSON.stringify({ ids }) })
}
`,
      errors: [idTokenAsBearer('fetch', 6, 87, 106)],
    },
    {
      name: 'a Google Identity Services credential renamed idToken, in the X-Access-Token header',
      filename: 'src/api.ts',
      code: `
export async function loadMe(google: { credential: string }) {
  const idToken = google.credential
  return fetch('https://api.example.com/me', { headers: { 'X-Access-Token': idToken } })
}
`,
      errors: [idTokenAsBearer('fetch', 4, 77, 84, 'X-Access-Token')],
    },
  ],
})

cjsRuleTester.run(`${rule.name} (CommonJS)`, rule, {
  assertionOptions,
  valid: [
    {
      name: 'http.request with an access token',
      filename: 'server/client.js',
      code: `
const https = require('node:https')
module.exports = function orders(tokens) {
  return https.request('https://api.example.com/orders', { headers: { authorization: 'Bearer ' + tokens.access_token } })
}
`,
    },
  ],
  invalid: [
    {
      name: 'superagent .auth() and .set(), http.request with a URL and with options only',
      filename: 'server/client.js',
      code: `
const request = require('superagent')
const http = require('node:https')
exports.orders = async function orders(user, keycloak) {
  await request.get('https://api.example.com/orders').auth(user.id_token, { type: 'bearer' })
  await request.post('https://api.example.com/orders').set('Authorization', \`Bearer \${keycloak.idToken}\`).send({})
  await request.put('https://api.example.com/orders').set({ Authorization: \`Bearer \${keycloak.idToken}\`, Accept: 'application/json' })
  http.request('https://api.example.com/orders', { method: 'POST', headers: { authorization: 'Bearer ' + keycloak.idToken } })
  http.request({ hostname: 'api.example.com', path: '/orders', headers: { authorization: 'Bearer ' + keycloak.idToken } })
}
`,
      errors: [
        idTokenAsBearer('superagent', 5, 60, 73),
        idTokenAsBearer('superagent', 6, 77, 105),
        idTokenAsBearer('superagent', 7, 76, 104),
        idTokenAsBearer('http.request', 8, 94, 122, 'authorization'),
        idTokenAsBearer('http.request', 9, 90, 118, 'authorization'),
      ],
    },
    {
      name: 'axios.post with the config in the third argument',
      filename: 'server/client.js',
      code: `
const axios = require('axios')
module.exports.save = (account, body) =>
  axios.post('https://api.example.com/items', body, { headers: { Authorization: \`Bearer \${account.id_token}\` } })
`,
      errors: [idTokenAsBearer('axios.post', 4, 81, 109)],
    },
  ],
})
