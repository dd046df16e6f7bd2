/**
 * Places where a bearer token is exposed: URLs, web storage and logs. Rules
 * look these up by name; supporting another logger or client library means
 * adding a line here.
 */

// ---------------------------------------------------------------- URLs

/** Words in a URL, route or function name that mark a single-use link token (not a bearer credential). */
export const singleUseLinkPattern =
  /reset|verif|confirm|invit|unsubscribe|activat|magic|passwordless|one-?time|download|share|revoke|tokeninfo|introspect/iu

/**
 * Objects that hold deployment configuration. A token read from them is a static API key
 * that some third-party APIs take in the URL by design (Mapbox `access_token`, Telegram
 * bot paths), not a user's bearer token.
 */
export const configurationObjects: readonly (readonly string[])[] = [
  ['process', 'env'],
  ['import', 'meta', 'env'],
]

/** Query parameters that carry a token by design: the OIDC logout hint. */
export const allowedQueryParameters: readonly string[] = ['id_token_hint']

/** Calls whose argument (at the index) is a URL that is requested or navigated to. */
export const urlSinkFunctions: Readonly<Record<string, number>> = { fetch: 0 }

/** Methods whose first argument is a URL: `axios.get(url)`, `res.redirect(url)`, `window.open(url)`, `location.assign(url)`. */
export const urlSinkMethods: Readonly<Record<string, readonly string[]>> = {
  axios: ['get', 'post', 'put', 'patch', 'delete', 'head', 'request'],
  http: ['get', 'request'],
  https: ['get', 'request'],
  location: ['assign', 'replace'],
  window: ['open'],
  res: ['redirect'],
  response: ['redirect'],
  reply: ['redirect'],
  ctx: ['redirect'],
  c: ['redirect'],
}

/**
 * HTTP clients whose request options set query parameters: `axios.get(url, { params })`,
 * `got(url, { searchParams })`. `methods` gives the index of the options argument per method;
 * `call` is the index when the client itself is called.
 */
export const queryOptionClients: readonly {
  readonly object: string
  readonly option: string
  readonly call: number
  readonly methods: Readonly<Record<string, number>>
}[] = [
  { object: 'axios', option: 'params', call: 0, methods: { get: 1, delete: 1, head: 1, options: 1, post: 2, put: 2, patch: 2, request: 0 } },
  { object: 'got', option: 'searchParams', call: 1, methods: { get: 1, delete: 1, head: 1, post: 1, put: 1, patch: 1 } },
  { object: 'ky', option: 'searchParams', call: 1, methods: { get: 1, delete: 1, head: 1, post: 1, put: 1, patch: 1 } },
]

/** `redirect(url)` as a function (Next.js `redirect` from `next/navigation`, Remix). */
export const redirectFunctions: readonly string[] = ['redirect', 'permanentRedirect']

/** Properties that navigate when assigned a URL: `location.href = url`, `window.location = url`. */
export const navigatingProperties: Readonly<Record<string, readonly string[]>> = {
  location: ['href', 'search', 'hash', 'pathname'],
  window: ['location'],
  document: ['location'],
}

/** Constructors whose first argument is a URL the browser or runtime opens. */
export const urlConstructors: readonly string[] = ['URL', 'WebSocket', 'EventSource', 'Request']

/** Methods of `URLSearchParams` (and `url.searchParams`) that add a query parameter. */
export const searchParamsWriters: readonly string[] = ['set', 'append']

/** Where servers read query parameters: `req.query.token`, `event.queryStringParameters.token`. */
export const queryContainers: readonly string[] = ['query', 'queryStringParameters', 'multiValueQueryStringParameters']

/**
 * Calls that read one query parameter by name, on the receiver named: Hono `c.req.query('token')`,
 * and `request.nextUrl.searchParams.get('token')`, a query read only in server code.
 */
export const queryParameterReaders: readonly { readonly method: string; readonly receiver: string; readonly serverOnly: boolean }[] = [
  { method: 'query', receiver: 'req', serverOnly: false },
  { method: 'get', receiver: 'searchParams', serverOnly: true },
]

/** Token extractors that read the query string (passport-jwt). */
export const queryExtractors: readonly { readonly method: string; readonly replacement: string }[] = [
  { method: 'fromUrlQueryParameter', replacement: 'fromAuthHeaderAsBearerToken()' },
]

// ---------------------------------------------------------------- Web storage

export const webStorageGlobals: readonly string[] = ['localStorage', 'sessionStorage']

/** Globals through which the storage objects are also reached: `window.localStorage`. */
export const globalObjects: readonly string[] = ['window', 'globalThis', 'self']

export const storageWriters: readonly string[] = ['setItem']

/** A client-library option that keeps tokens in `localStorage`. */
export interface StorageSetting {
  readonly library: string
  /** The option (an object property or JSX attribute). */
  readonly option: string
  /** String values that select `localStorage`, compared exactly. */
  readonly values: readonly string[]
  /** Member expressions that select it: `BrowserCacheLocation.LocalStorage`. */
  readonly members: readonly (readonly [string, string])[]
  /** The value that keeps tokens in memory instead, for the suggestion. */
  readonly memoryValue: string
}

export const storageSettings: readonly StorageSetting[] = [
  {
    library: '@azure/msal-browser',
    option: 'cacheLocation',
    values: ['localStorage'],
    members: [['BrowserCacheLocation', 'LocalStorage']],
    memoryValue: "'memoryStorage'",
  },
  { library: '@auth0/auth0-spa-js', option: 'cacheLocation', values: ['localstorage'], members: [], memoryValue: "'memory'" },
]

/** oidc-client-ts: `userStore: new WebStorageStateStore({ store: localStorage })` keeps the user's tokens there. */
export const storeClasses: readonly { readonly library: string; readonly className: string; readonly option: string; readonly usedAs: string }[] = [
  { library: 'oidc-client-ts', className: 'WebStorageStateStore', option: 'store', usedAs: 'userStore' },
]

// ---------------------------------------------------------------- Logs

/** Methods that write a log line, on `console` and the usual loggers (winston, pino, bunyan, log4js, NestJS). */
export const logMethods: readonly string[] = [
  'log',
  'info',
  'warn',
  'warning',
  'error',
  'debug',
  'trace',
  'fatal',
  'verbose',
  'silly',
  'http',
  'notice',
  'critical',
  'crit',
  'alert',
  'emerg',
  'dir',
  'table',
]

/**
 * Names of objects that are loggers: `console`, the logging modules, and any name that
 * ends in `logger` (`logger`, `this.logger`, `appLogger`) or is `log` (`fastify.log`, `req.log`).
 */
export const loggerObjectNames: readonly string[] = ['console', 'log', 'winston', 'pino', 'bunyan', 'log4js', 'signale', 'consola', 'Logger']
export const loggerNamePattern = /logger$/iu

/** Calls that create a logger: `pino()`, `winston.createLogger()`, `log4js.getLogger()`, `debug('app')`, `logger.child()`. */
export const loggerFactories: readonly string[] = ['pino', 'createLogger', 'getLogger', 'child', 'debug', 'createDebug', 'Debug']

/** Modules whose default export creates a logger function called directly: `const log = debug('app'); log(token)`. */
export const loggerFunctionModules: readonly string[] = ['debug']

// ---------------------------------------------------------------- Cookies

/** The cookie attributes that keep a token cookie from scripts, plain HTTP and other sites, as cookie options spell them. */
export type CookieAttribute = 'httpOnly' | 'secure' | 'sameSite'

/**
 * What an API does about an attribute its options leave out. `set`: it sets the attribute
 * itself. `unknown`: it decides at run time or takes it from elsewhere (the connection's
 * protocol, a plugin's registration options), so leaving it out is not reported.
 */
export type AttributeDefault = 'set' | 'unknown'

/** A server API that sets a cookie from a name, a value and an options object. */
export interface CookieSetter {
  /** How messages name the library. */
  readonly library: string
  /** The method (`cookie` in `res.cookie()`), or the exported function (`setCookie` from `hono/cookie`). */
  readonly method: string
  /**
   * Names of the object the method is called on (an identifier, the last property of a
   * member, or the root of a call chain such as `res.status(200).cookie()`). A name ending in
   * `()` is a call of that function without arguments: Next.js `cookies().set()`.
   */
  readonly receivers?: readonly string[]
  /** The property between the receiver and the method: `cookies` in `ctx.cookies.set()`. */
  readonly container?: string
  /** The setter is this export of one of these modules, called directly or as a member of the module. */
  readonly modules?: readonly string[]
  readonly args: { readonly name: number; readonly value: number; readonly options: number }
  /** The call may instead take one object with `name`, `value` and the options (Next.js `cookies().set({ name, value, httpOnly })`). */
  readonly objectForm?: boolean
  readonly defaults?: Readonly<Partial<Record<CookieAttribute, AttributeDefault>>>
  /** An option whose listed values force `Secure` whatever `secure` says: hono `prefix: 'secure' | 'host'`. */
  readonly secureOption?: { readonly name: string; readonly values: readonly string[] }
}

export const cookieSetters: readonly CookieSetter[] = [
  { library: 'Express', method: 'cookie', receivers: ['res', 'response'], args: { name: 0, value: 1, options: 2 } },
  // @fastify/cookie merges the `parseOptions` given at registration into every cookie, and defaults `sameSite` to `'lax'`.
  {
    library: '@fastify/cookie',
    method: 'setCookie',
    receivers: ['reply', 'rep', 'res', 'response'],
    args: { name: 0, value: 1, options: 2 },
    defaults: { httpOnly: 'unknown', secure: 'unknown', sameSite: 'set' },
  },
  {
    library: '@fastify/cookie',
    method: 'cookie',
    receivers: ['reply', 'rep'],
    args: { name: 0, value: 1, options: 2 },
    defaults: { httpOnly: 'unknown', secure: 'unknown', sameSite: 'set' },
  },
  // Koa (the `cookies` module): `httpOnly` is on unless switched off; `secure` follows the request's protocol.
  {
    library: 'Koa',
    method: 'set',
    container: 'cookies',
    receivers: ['ctx', 'context'],
    args: { name: 0, value: 1, options: 2 },
    defaults: { httpOnly: 'set', secure: 'unknown' },
  },
  { library: 'Next.js', method: 'set', container: 'cookies', receivers: ['response', 'res'], args: { name: 0, value: 1, options: 2 }, objectForm: true },
  { library: 'Next.js', method: 'set', receivers: ['cookies()'], args: { name: 0, value: 1, options: 2 }, objectForm: true },
  {
    library: 'Hono',
    method: 'setCookie',
    modules: ['hono/cookie'],
    args: { name: 1, value: 2, options: 3 },
    secureOption: { name: 'prefix', values: ['secure', 'host'] },
  },
  {
    library: 'Hono',
    method: 'setSignedCookie',
    modules: ['hono/cookie'],
    args: { name: 1, value: 2, options: 4 },
    secureOption: { name: 'prefix', values: ['secure', 'host'] },
  },
  { library: 'cookie', method: 'serialize', modules: ['cookie'], args: { name: 0, value: 1, options: 2 } },
]

/** Browser APIs that write a cookie from script, which can never be `HttpOnly`: js-cookie `Cookies.set(name, value)`. */
export const scriptCookieSetters: readonly { readonly library: string; readonly modules: readonly string[]; readonly method: string; readonly args: { readonly name: number; readonly value: number } }[] = [
  { library: 'js-cookie', modules: ['js-cookie'], method: 'set', args: { name: 0, value: 1 } },
]

/** Methods that set one response header, `res.setHeader('Set-Cookie', ...)`, on Node, Express, Koa, Fastify, Hono and `Headers`. */
export const responseHeaderSetters: readonly string[] = ['setHeader', 'set', 'header', 'append']

/** Cookie name prefixes the browser accepts only with `Secure`: a cookie without it is dropped, never sent in clear. */
export const secureCookiePrefixes: readonly string[] = ['__Secure-', '__Host-']

// ---------------------------------------------------------------- Outgoing HTTP requests

/** One way of calling an HTTP client. */
export interface HttpClientCall {
  /** Member path below the client: `[]` for the client itself (`axios(config)`, `fetch(url, init)`), `['get']` for `axios.get(url, config)`. */
  readonly path: readonly string[]
  /** The argument that holds the URL. An object there holds the options instead (`axios({ url, headers })`, `http.request({ hostname, headers })`). */
  readonly url?: number
  /** The argument that holds the request options, whose `headers` are sent. */
  readonly options?: number
  /** Called with `new`: `new Request(url, init)`. */
  readonly construct?: boolean
}

export interface HttpClient {
  /** How messages name it. */
  readonly name: string
  /** Modules that export it. */
  readonly modules: readonly string[]
  /** Which exports of those modules are the client: `[]` the module itself (a default or namespace import, `require()`), `['got']` a named export. */
  readonly exports: readonly (readonly string[])[]
  /** A global that is the client, also read through `window.`, `globalThis.` or `self.`. */
  readonly global?: string
  readonly calls: readonly HttpClientCall[]
  /** Methods that create an instance with the same calls and default options (argument 0): `axios.create(config)`, `got.extend(options)`. */
  readonly instanceFactories?: readonly string[]
  /** The option that holds the base URL a relative request URL is resolved against: axios `baseURL`, got and ky `prefixUrl`. */
  readonly baseUrlOption?: string
  /** The option that holds the URL when the options come first: axios and got `url`. */
  readonly urlOption?: string
  /** Where default headers of the client or an instance are assigned: `axios.defaults.headers.common.Authorization = ...`. */
  readonly defaultHeaders?: readonly string[]
  /** Registers a function that edits each request's options (its first parameter) before they are sent: `axios.interceptors.request.use(fn)`. */
  readonly requestInterceptor?: readonly string[]
  /** Methods of the request a call returns that set headers: superagent `.set(name, value)` and `.set({ name: value })`. */
  readonly headerSetters?: readonly string[]
  /** A method of the request a call returns that sets a bearer credential when its options say so: superagent `.auth(token, { type: 'bearer' })`. */
  readonly bearerAuth?: { readonly method: string; readonly token: number; readonly options: number; readonly option: string; readonly value: string }
  /** How the parsed JSON body of the response is read from what a request call returns. */
  readonly jsonBody?: JsonBody
}

/** Where a response's parsed JSON body is: a method's result (fetch `response.json()`, got and ky `.json()` on the call) or a property (axios `response.data`). */
export interface JsonBody {
  readonly methods?: readonly string[]
  readonly property?: string
}

/** A fetch `Response`: `await response.json()`. */
export const fetchJsonBody: JsonBody = { methods: ['json'] }

const verbCalls = (verbs: readonly string[], options: number | undefined): HttpClientCall[] =>
  verbs.map((verb) => (options === undefined ? { path: [verb], url: 0 } : { path: [verb], url: 0, options }))

export const httpClients: readonly HttpClient[] = [
  {
    name: 'fetch',
    modules: ['node-fetch', 'undici', 'cross-fetch', 'isomorphic-fetch'],
    exports: [[], ['fetch'], ['default']],
    global: 'fetch',
    calls: [{ path: [], url: 0, options: 1 }],
    jsonBody: fetchJsonBody,
  },
  {
    name: 'Request',
    modules: ['node-fetch', 'undici'],
    exports: [['Request']],
    global: 'Request',
    calls: [{ path: [], url: 0, options: 1, construct: true }],
  },
  {
    name: 'axios',
    modules: ['axios'],
    exports: [[], ['default']],
    calls: [
      { path: [], url: 0, options: 1 },
      { path: ['request'], options: 0 },
      ...verbCalls(['get', 'delete', 'head', 'options'], 1),
      ...verbCalls(['post', 'put', 'patch', 'postForm', 'putForm', 'patchForm'], 2),
    ],
    instanceFactories: ['create'],
    baseUrlOption: 'baseURL',
    urlOption: 'url',
    defaultHeaders: ['defaults', 'headers'],
    requestInterceptor: ['interceptors', 'request', 'use'],
    jsonBody: { property: 'data' },
  },
  {
    name: 'got',
    modules: ['got'],
    exports: [[], ['got'], ['default']],
    calls: [{ path: [], url: 0, options: 1 }, ...verbCalls(['get', 'post', 'put', 'patch', 'delete', 'head'], 1)],
    instanceFactories: ['extend'],
    baseUrlOption: 'prefixUrl',
    urlOption: 'url',
    // `got.post(url).json()`, or `body` with `responseType: 'json'`.
    jsonBody: { methods: ['json'], property: 'body' },
  },
  {
    name: 'ky',
    modules: ['ky'],
    exports: [[], ['default']],
    calls: [{ path: [], url: 0, options: 1 }, ...verbCalls(['get', 'post', 'put', 'patch', 'delete', 'head'], 1)],
    instanceFactories: ['create', 'extend'],
    baseUrlOption: 'prefixUrl',
    jsonBody: fetchJsonBody,
  },
  {
    name: 'superagent',
    modules: ['superagent'],
    exports: [[], ['default']],
    calls: verbCalls(['get', 'post', 'put', 'patch', 'delete', 'del', 'head', 'options'], undefined),
    headerSetters: ['set'],
    bearerAuth: { method: 'auth', token: 0, options: 1, option: 'type', value: 'bearer' },
    jsonBody: { property: 'body' },
  },
  {
    name: 'http',
    modules: ['http', 'https', 'node:http', 'node:https'],
    exports: [[], ['default']],
    calls: verbCalls(['request', 'get'], 1),
  },
]

/** Classes whose instances hold request headers, filled by `set` and `append` or their constructor's argument. */
export const headersClasses: readonly string[] = ['Headers', 'AxiosHeaders', 'HttpHeaders']
export const headersWriters: readonly string[] = ['set', 'append']

/**
 * Names of response objects, matched on the last word of a name (`upstreamResponse`). Their headers are
 * what a server answered, not what a caller sent, so an `Authorization` header read from them is not the
 * caller's credential.
 */
export const responseObjectNames: readonly string[] = ['res', 'response', 'resp', 'reply']

/**
 * URLs that take the caller's own token by design: the OIDC UserInfo endpoint is in an access token's
 * audience, and the issuer's introspection and token-info endpoints check the tokens it issued.
 */
export const callerTokenEndpointPattern = /userinfo|introspect|tokeninfo/iu

/**
 * Properties (and headers) of an incoming request that give its own origin (`req.protocol`,
 * `req.get('host')`, `request.url`): a URL that starts with them points back at this service.
 */
export const requestOriginNames: readonly string[] = ['protocol', 'host', 'hostname', 'origin', 'url', 'nextUrl', 'href']
