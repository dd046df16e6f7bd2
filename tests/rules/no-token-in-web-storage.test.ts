import rule from '../../src/rules/no-token-in-web-storage.js'
import { assertionOptions, cjsRuleTester, ruleTester } from '../rule-tester.js'

ruleTester.run(rule.name, rule, {
  assertionOptions,
  valid: [
    {
      name: 'reading a stored token is not writing it',
      filename: 'src/api.ts',
      code: `
export function authHeaders() {
  const token = localStorage.getItem('token')
  return token ? { Authorization: \`Bearer \${token}\` } : {}
}
`,
    },
    {
      name: 'removing tokens on logout',
      filename: 'src/auth.ts',
      code: `
export function logout() {
  localStorage.removeItem('token')
  sessionStorage.clear()
}
`,
    },
    {
      name: 'preferences and an expiry time',
      filename: 'src/prefs.ts',
      code: `
export function remember(exp: number) {
  localStorage.setItem('theme', 'dark')
  localStorage.setItem('tokenExpiry', String(exp))
}
`,
    },
    {
      name: 'a CSRF token, a page token and a single-use reset token',
      filename: 'src/forms.ts',
      code: `
export function keep(csrfToken: string, page: { nextPageToken: string }, params: URLSearchParams) {
  sessionStorage.setItem('csrfToken', csrfToken)
  localStorage.setItem('nextPageToken', page.nextPageToken)
  sessionStorage.setItem('resetToken', params.get('token')!)
}
`,
    },
    {
      name: 'language-model settings',
      filename: 'src/chat.ts',
      code: `
export function saveSettings(maxTokens: number, usage: { total_tokens: number }) {
  localStorage.setItem('max_tokens', String(maxTokens))
  localStorage.setItem('tokenCount', String(usage.total_tokens))
}
`,
    },
    {
      name: 'an empty value or a presence flag under a token key',
      filename: 'src/session.ts',
      code: `
export function reset(token?: string) {
  localStorage.setItem('token', '')
  localStorage.setItem('hasToken', String(Boolean(token)))
}
`,
    },
    {
      name: 'decoded profile claims',
      filename: 'src/profile.ts',
      code: `
import { jwtDecode } from 'jwt-decode'
export function saveProfile(idToken: string) {
  const { name, email } = jwtDecode<{ name: string; email: string }>(idToken)
  localStorage.setItem('profile', JSON.stringify({ name, email }))
}
`,
    },
    {
      name: 'MSAL and auth0 settings that do not use localStorage',
      filename: 'src/authConfig.ts',
      code: `
import { BrowserCacheLocation } from '@azure/msal-browser'
export const msalConfig = { auth: { clientId: 'app' }, cache: { cacheLocation: BrowserCacheLocation.SessionStorage } }
export const msalConfig2 = { auth: { clientId: 'app' }, cache: { cacheLocation: 'sessionStorage' } }
export const auth0Options = { domain: 'example.auth0.com', clientId: 'app', cacheLocation: 'memory' }
`,
    },
    {
      name: 'oidc-client-ts state store in localStorage and user store in sessionStorage',
      filename: 'src/oidc.ts',
      code: `
import { UserManager, WebStorageStateStore } from 'oidc-client-ts'
export const userManager = new UserManager({
  authority: 'https://id.example.com',
  client_id: 'spa',
  redirect_uri: 'https://app.example.com/callback',
  stateStore: new WebStorageStateStore({ store: window.localStorage }),
  userStore: new WebStorageStateStore({ store: window.sessionStorage }),
})
`,
    },
    {
      name: 'an in-memory store with the same method names',
      filename: 'src/memory.ts',
      code: `
const memoryStorage = new Map<string, string>()
const store = { setItem: (key: string, value: string) => memoryStorage.set(key, value) }
export function keep(token: string) {
  store.setItem('token', token)
  memoryStorage.set('token', token)
}
`,
    },
    {
      name: 'a value of unknown origin under a neutral key',
      filename: 'src/cache.ts',
      code: `
export function cache(key: string, value: string, response: unknown) {
  localStorage.setItem(key, value)
  localStorage.setItem('lastResponse', JSON.stringify(response))
}
`,
    },
    {
      name: 'a token copied to another in-memory object',
      filename: 'src/state.ts',
      code: `
export const state = { token: '' }
export function login(data: { token: string }) {
  state.token = data.token
}
`,
    },
    {
      name: 'a local variable that shadows the global',
      filename: 'src/shadow.ts',
      code: `
export function save(token: string) {
  const localStorage = new Map<string, string>()
  localStorage.set('token', token)
}
`,
    },
    {
      name: 'design tokens',
      filename: 'src/theme.ts',
      code: `
export function persistTheme(colorTokens: Record<string, string>) {
  localStorage.setItem('colorTokens', JSON.stringify(colorTokens))
}
`,
    },
    {
      name: 'a cacheLocation option of another library',
      filename: 'src/images.ts',
      code: `
export const imageCache = { cacheLocation: 'indexeddb', maxEntries: 100 }
`,
    },
    {
      name: 'custom ignored names',
      filename: 'src/ws.ts',
      options: [{'ignoredNames':['wsToken']}],
      code: `
export function keep(data: { wsToken: string }) {
  sessionStorage.setItem('wsToken', data.wsToken)
}
`,
    },
  ],
  invalid: [
    {
      name: 'a login response token',
      filename: 'src/login.ts',
      code: `
export async function login(email: string, password: string) {
  const res = await fetch('/api/login', { method: 'POST', body: JSON.stringify({ email, password }) })
  const data = await res.json()
  localStorage.setItem('token', data.token)
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { what: 'a bearer token', storage: 'localStorage' },
          line: 5,
          column: 33,
          endLine: 5,
          endColumn: 43,
        },
      ],
    },
    {
      name: 'an MSAL ID token in sessionStorage',
      filename: 'src/msal.ts',
      code: `
export async function signIn(msalInstance, loginRequest) {
  const result = await msalInstance.loginPopup(loginRequest)
  sessionStorage.setItem('id_token', result.idToken)
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { what: 'an ID token', storage: 'sessionStorage' },
          line: 4,
          column: 38,
          endLine: 4,
          endColumn: 52,
        },
      ],
    },
    {
      name: 'property assignment',
      filename: 'src/oauth.ts',
      code: `
export function keep(tokens: { access_token: string }) {
  localStorage.accessToken = tokens.access_token
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { what: 'a bearer token', storage: 'localStorage' },
          line: 3,
          column: 30,
          endLine: 3,
          endColumn: 49,
        },
      ],
    },
    {
      name: 'index assignment through window',
      filename: 'src/sso.ts',
      code: `
export function keep(jwt: string) {
  window.localStorage['jwt'] = jwt
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { what: 'a bearer token', storage: 'localStorage' },
          line: 3,
          column: 32,
          endLine: 3,
          endColumn: 35,
        },
      ],
    },
    {
      name: 'a token key with a value of unknown origin',
      filename: 'src/store.ts',
      code: `
export function persist(response: string) {
  localStorage.setItem('access_token', response)
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { what: 'a bearer token', storage: 'localStorage' },
          line: 3,
          column: 40,
          endLine: 3,
          endColumn: 48,
        },
      ],
    },
    {
      name: 'an aliased storage and an auth0 token',
      filename: 'src/auth0.ts',
      code: `
const storage = window.sessionStorage
export async function cacheToken(auth0) {
  const token = await auth0.getTokenSilently()
  storage.setItem('auth', token)
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { what: 'a bearer token', storage: 'sessionStorage' },
          line: 5,
          column: 27,
          endLine: 5,
          endColumn: 32,
        },
      ],
    },
    {
      name: 'a serialized token pair',
      filename: 'src/tokens.ts',
      code: `
export function save(accessToken: string, refreshToken: string) {
  localStorage.setItem('auth', JSON.stringify({ accessToken, refreshToken }))
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { what: 'a value built with a bearer token', storage: 'localStorage' },
          line: 3,
          column: 32,
          endLine: 3,
          endColumn: 77,
        },
      ],
    },
    {
      name: 'a Firebase ID token',
      filename: 'src/firebase.ts',
      code: `
export async function remember(user) {
  localStorage.setItem('firebaseIdToken', await user.getIdToken())
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { what: 'an ID token', storage: 'localStorage' },
          line: 3,
          column: 43,
          endLine: 3,
          endColumn: 66,
        },
      ],
    },
    {
      name: 'an Authorization header value',
      filename: 'src/header.ts',
      code: `
export function keep(token: string) {
  localStorage.setItem('authorization', \`Bearer \${token}\`)
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { what: 'a value built with a bearer token', storage: 'localStorage' },
          line: 3,
          column: 41,
          endLine: 3,
          endColumn: 58,
        },
      ],
    },
    {
      name: 'a key held in a constant',
      filename: 'src/keys.ts',
      code: `
const TOKEN_KEY = 'app.session'
export function keep(response: { data: { accessToken: string } }) {
  localStorage.setItem(TOKEN_KEY, response.data.accessToken)
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { what: 'a bearer token', storage: 'localStorage' },
          line: 4,
          column: 35,
          endLine: 4,
          endColumn: 60,
        },
      ],
    },
    {
      name: 'MSAL cacheLocation string',
      filename: 'src/authConfig.ts',
      code: `
export const msalConfig = {
  auth: { clientId: 'app', authority: 'https://login.microsoftonline.com/common' },
  cache: { cacheLocation: 'localStorage' },
}
`,
      errors: [
        {
          messageId: 'storageSetting',
          data: { option: 'cacheLocation', value: "'localStorage'", library: '@azure/msal-browser', memory: "`'memoryStorage'`" },
          line: 4,
          column: 12,
          endLine: 4,
          endColumn: 41,
          suggestions: [
            { messageId: 'keepInMemory', data: { option: 'cacheLocation', memory: "'memoryStorage'" }, output: `
export const msalConfig = {
  auth: { clientId: 'app', authority: 'https://login.microsoftonline.com/common' },
  cache: { cacheLocation: 'memoryStorage' },
}
` },
          ],
        },
      ],
    },
    {
      name: 'MSAL BrowserCacheLocation member',
      filename: 'src/authConfig.ts',
      code: `
import { BrowserCacheLocation, PublicClientApplication } from '@azure/msal-browser'
export const pca = new PublicClientApplication({
  auth: { clientId: 'app' },
  cache: { cacheLocation: BrowserCacheLocation.LocalStorage },
})
`,
      errors: [
        {
          messageId: 'storageSetting',
          data: { option: 'cacheLocation', value: 'BrowserCacheLocation.LocalStorage', library: '@azure/msal-browser', memory: "`'memoryStorage'`" },
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 60,
          suggestions: [
            { messageId: 'keepInMemory', data: { option: 'cacheLocation', memory: "'memoryStorage'" }, output: `
import { BrowserCacheLocation, PublicClientApplication } from '@azure/msal-browser'
export const pca = new PublicClientApplication({
  auth: { clientId: 'app' },
  cache: { cacheLocation: 'memoryStorage' },
})
` },
          ],
        },
      ],
    },
    {
      name: 'auth0-spa-js client options',
      filename: 'src/auth0.ts',
      code: `
import { createAuth0Client } from '@auth0/auth0-spa-js'
export const auth0 = await createAuth0Client({ domain: 'example.auth0.com', clientId: 'app', cacheLocation: 'localstorage' })
`,
      errors: [
        {
          messageId: 'storageSetting',
          data: { option: 'cacheLocation', value: "'localstorage'", library: '@auth0/auth0-spa-js', memory: "`'memory'`" },
          line: 3,
          column: 94,
          endLine: 3,
          endColumn: 123,
          suggestions: [
            { messageId: 'keepInMemory', data: { option: 'cacheLocation', memory: "'memory'" }, output: `
import { createAuth0Client } from '@auth0/auth0-spa-js'
export const auth0 = await createAuth0Client({ domain: 'example.auth0.com', clientId: 'app', cacheLocation: 'memory' })
` },
          ],
        },
      ],
    },
    {
      name: 'auth0-react provider attribute',
      filename: 'src/main.tsx',
      code: `
import { Auth0Provider } from '@auth0/auth0-react'
export const Root = () => (
  <Auth0Provider domain="example.auth0.com" clientId="app" cacheLocation="localstorage" useRefreshTokens>
    <App />
  </Auth0Provider>
)
`,
      errors: [
        {
          messageId: 'storageSetting',
          data: { option: 'cacheLocation', value: "'localstorage'", library: '@auth0/auth0-spa-js', memory: "`'memory'`" },
          line: 4,
          column: 60,
          endLine: 4,
          endColumn: 88,
          suggestions: [
            { messageId: 'keepInMemory', data: { option: 'cacheLocation', memory: "'memory'" }, output: `
import { Auth0Provider } from '@auth0/auth0-react'
export const Root = () => (
  <Auth0Provider domain="example.auth0.com" clientId="app" cacheLocation="memory" useRefreshTokens>
    <App />
  </Auth0Provider>
)
` },
          ],
        },
      ],
    },
    {
      name: 'oidc-client-ts user store inline',
      filename: 'src/oidc.ts',
      code: `
import { UserManager, WebStorageStateStore } from 'oidc-client-ts'
export const userManager = new UserManager({
  authority: 'https://id.example.com',
  client_id: 'spa',
  redirect_uri: 'https://app.example.com/callback',
  userStore: new WebStorageStateStore({ store: window.localStorage }),
})
`,
      errors: [
        {
          messageId: 'storeSetting',
          data: { usedAs: 'userStore', className: 'WebStorageStateStore', option: 'store', storage: 'localStorage', library: 'oidc-client-ts' },
          line: 7,
          column: 41,
          endLine: 7,
          endColumn: 67,
        },
      ],
    },
    {
      name: 'oidc-client-ts user store through a constant',
      filename: 'src/oidc.ts',
      code: `
import { UserManager, WebStorageStateStore } from 'oidc-client-ts'
const userStore = new WebStorageStateStore({ store: localStorage })
export const userManager = new UserManager({ authority: 'https://id.example.com', client_id: 'spa', redirect_uri: '/cb', userStore })
`,
      errors: [
        {
          messageId: 'storeSetting',
          data: { usedAs: 'userStore', className: 'WebStorageStateStore', option: 'store', storage: 'localStorage', library: 'oidc-client-ts' },
          line: 3,
          column: 46,
          endLine: 3,
          endColumn: 65,
        },
      ],
    },
  ],
})

cjsRuleTester.run(rule.name, rule, {
  assertionOptions,
  valid: [],
  invalid: [
    {
      name: 'CommonJS: a token from a JSON response',
      filename: 'public/app.js',
      code: `
async function login(form) {
  const { accessToken } = await (await fetch('/login', { method: 'POST', body: form })).json()
  sessionStorage.setItem('accessToken', accessToken)
}
module.exports = { login }
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { what: 'a bearer token', storage: 'sessionStorage' },
          line: 4,
          column: 41,
          endLine: 4,
          endColumn: 52,
        },
      ],
    },
  ],
})
