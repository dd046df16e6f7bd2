/**
 * What marks a value as a bearer credential (a JWT, an access, refresh or ID
 * token) and what only looks like one. Names are compared word by word, case
 * and separators ignored: `access_token`, `accessToken` and `X-Access-Token`
 * all end in the words `access token`.
 */

/**
 * Names whose value is taken to be a token when nothing else is known about it.
 * A name matches when its last words are one of these (`newAccessToken` ends in `access token`).
 */
export const defaultTokenNames: readonly string[] = [
  'token',
  'jwt',
  'accessToken',
  'idToken',
  'refreshToken',
  'authToken',
  'authorizationToken',
  'bearer',
  'bearerToken',
  'sessionToken',
  'identityToken',
  'jwtToken',
]

/**
 * Names that end like a token name but are not credentials. A name is ignored when its
 * last words are one of these; the words of the object it is read from count too
 * (`csrf.token` reads as `csrfToken`).
 */
export const defaultIgnoredNames: readonly string[] = [
  // Request-forgery and bot checks.
  'csrfToken',
  'xsrfToken',
  'antiForgeryToken',
  'requestVerificationToken',
  'captchaToken',
  'recaptchaToken',
  'hcaptchaToken',
  'turnstileToken',
  // Cancellation and pagination.
  'cancelToken',
  'cancellationToken',
  'abortToken',
  'nextToken',
  'nextPageToken',
  'pageToken',
  'paginationToken',
  'continuationToken',
  'cursorToken',
  'syncToken',
  'resumeToken',
  'idempotencyToken',
  // Push notifications.
  'deviceToken',
  'pushToken',
  'fcmToken',
  'apnsToken',
  'registrationToken',
  'notificationToken',
  // Single-use tokens that belong in links and e-mails.
  'resetToken',
  'verificationToken',
  'verifyToken',
  'confirmationToken',
  'confirmToken',
  'emailToken',
  'inviteToken',
  'invitationToken',
  'unsubscribeToken',
  'activationToken',
  'magicLinkToken',
  'shareToken',
  'downloadToken',
  'stateToken',
  'nonceToken',
  'requestToken',
  // Payment-card tokens.
  'paymentToken',
  'cardToken',
  'stripeToken',
  // Lexers, parsers and design systems.
  'tokenizer',
  'tokenType',
  'tokenKind',
  'tokenCount',
  'lexerToken',
  'syntaxToken',
  'previousToken',
  'prevToken',
  'lastToken',
  'peekToken',
  'designToken',
  'colorToken',
  'colorTokens',
  // Language-model usage counters.
  'maxTokens',
  'max_tokens',
  'total_tokens',
  'prompt_tokens',
  'completion_tokens',
  'input_tokens',
  'output_tokens',
]

/** Names (matched like `defaultTokenNames`) that mark an OIDC ID token. */
export const idTokenNames: readonly string[] = ['idToken', 'identityToken']

/** Request headers that carry the caller's own credential. */
export const credentialHeaders: readonly string[] = ['authorization', 'proxy-authorization', 'x-access-token', 'x-auth-token']

/** Text a file must contain to send a credential header (`Authorization`, `x-access-token`, superagent `.auth()`): a cheap pre-check. */
export const credentialHeaderHint = /authoriz|access-token|auth-token|\.auth\(/iu

/** Properties of a request (or Koa context, Lambda event) that hold its headers. */
export const requestHeaderContainers: readonly string[] = ['headers', 'header']

/** Methods that read one request header: `req.get('Authorization')`, `request.headers.get(...)`, `c.req.header(...)`. */
export const headerGetters: readonly string[] = ['get', 'header', 'getHeader']

/** Names of objects that configure a request this code sends (`config.headers` in an axios interceptor). */
export const outgoingRequestNames: readonly string[] = ['config', 'options', 'opts', 'init', 'requestInit', 'requestOptions', 'axiosConfig', 'settings']

/**
 * Names of objects whose `headers` are the headers of an incoming request (Express `req`,
 * Koa `ctx`, Lambda `event`, socket.io `handshake`, NestJS `getRequest()`). Logging such a
 * headers object logs its `Authorization` header; a response's headers are not reported.
 */
export const requestObjectNames: readonly string[] = ['req', 'request', 'ctx', 'event', 'handshake', 'getRequest', 'incomingMessage', 'incomingRequest']

/** Properties of an incoming event that hold its bearer token (API Gateway TOKEN authorizer). */
export const incomingTokenProperties: readonly string[] = ['authorizationToken']

/** Properties of a request that hold its cookies. */
export const cookieContainers: readonly string[] = ['cookies', 'signedCookies']

/** Functions that read one cookie, with the index of the cookie-name argument: Hono `getCookie(c, 'token')`. */
export const cookieGetterFunctions: Readonly<Record<string, number>> = { getCookie: 1, getSignedCookie: 2 }

/**
 * Client-library calls (by method or function name) whose result is a token string.
 * auth0-spa-js, Firebase (`user.getIdToken()`, modular `getIdToken(user)`), Cognito.
 */
export const tokenReturningCalls: Readonly<Record<string, { readonly idToken: boolean }>> = {
  getTokenSilently: { idToken: false },
  getAccessTokenSilently: { idToken: false },
  getTokenWithPopup: { idToken: false },
  getAccessTokenWithPopup: { idToken: false },
  getIdToken: { idToken: true },
  fetchIdToken: { idToken: true },
}

/**
 * Calls (of `tokenReturningCalls`) whose ID token is meant to be sent to the application's own
 * backend as a bearer credential: Firebase `user.getIdToken()` and `getIdToken(user)`. The token's
 * audience is the Firebase project, and the backend checks it with firebase-admin `verifyIdToken`.
 */
export const firstPartyIdTokenCalls: readonly string[] = ['getIdToken']

/**
 * Text that marks a file as using Firebase Authentication: its modules (`firebase/auth`,
 * `@react-native-firebase/auth`, a project's own `./firebase`), the `firebase` global, Firestore, and
 * its REST endpoints. An ID token known there only by its name is taken to be a Firebase ID token.
 */
export const firebaseTextPattern = /firebase|firestore|identitytoolkit\.googleapis|securetoken\.google/iu

/**
 * Calls whose ID token is minted for the service it is sent to, its URL being the audience:
 * google-auth-library `fetchIdToken(targetAudience)` for Cloud Run, Cloud Functions and IAP.
 */
export const audienceBoundIdTokenCalls: readonly string[] = ['fetchIdToken']

/** Cognito `session.getIdToken().getJwtToken()`: the raw token of the object it is called on. */
export const rawTokenMethods: readonly string[] = ['getJwtToken']

/** Calls whose result holds the ID token's claims, with the raw token under `rawTokenProperty`. */
export const idTokenClaimsCalls: readonly string[] = ['getIdTokenClaims']
export const rawTokenProperty = '__raw'

/**
 * String methods that leave the token whole (or strip the `Bearer ` scheme off an
 * Authorization header). `slice`, `substring`, `substr` keep it only with one non-negative
 * argument: two arguments or a negative start cut out a masked fragment.
 */
export const keepingStringMethods: readonly string[] = ['trim', 'trimStart', 'trimEnd', 'toString', 'valueOf', 'concat']
export const prefixStrippingMethods: readonly string[] = ['slice', 'substring', 'substr']
export const replacingMethods: readonly string[] = ['replace', 'replaceAll']

/** Global functions whose result still holds their first argument: encoding is not masking. */
export const keepingFunctions: readonly string[] = [
  'String',
  'encodeURIComponent',
  'encodeURI',
  'decodeURIComponent',
  'escape',
  'btoa',
]

/** Constructors whose result still holds the string they are given: `new URL(`...?token=${t}`)`. */
export const stringWrappingConstructors: readonly string[] = ['URL', 'URLSearchParams']

/** Callee names (any part of the name) that turn a token into something safe to show: a hash or a mask. */
export const maskingCalleePattern = /hash|digest|mask|redact|truncat|obfuscat|fingerprint|censor|shorten|abbreviat|preview|sanitiz/iu

/**
 * Calls that return a token that is not a bearer credential, told by the callee, its
 * receiver or an argument: push-notification registration tokens (Firebase Messaging
 * `getToken(messaging)`, Expo `getExpoPushTokenAsync()`), captcha responses
 * (`grecaptcha.execute()`), CSRF tokens (`req.csrfToken()`), payment tokens
 * (`stripe.createToken()`) and lexer tokens (`lexer.next()`).
 */
export const nonCredentialCallPattern =
  /push|notification|messaging|fcm|apns|captcha|turnstile|csrf|xsrf|stripe|braintree|payment|lexer|tokeniz|scanner|parser/iu

/**
 * Functions that return decoded claims unless an option asks for the raw token:
 * next-auth and Auth.js `getToken({ req })`, whose `raw: true` returns the token itself.
 */
export const claimsFunctions: readonly { readonly modules: readonly string[]; readonly name: string; readonly rawOption: string }[] = [
  { modules: ['next-auth/jwt', '@auth/core/jwt', '@auth/nextjs/jwt'], name: 'getToken', rawOption: 'raw' },
]

/** Array methods whose callback gets elements of a collection: `tokens.map((token) => ...)` iterates lexer tokens. */
export const elementCallbackMethods: readonly string[] = [
  'map',
  'forEach',
  'filter',
  'find',
  'findLast',
  'some',
  'every',
  'flatMap',
  'reduce',
  'reduceRight',
  'findIndex',
  'findLastIndex',
]

/**
 * Callback functions whose `token` parameter is a decoded claims object, not a token:
 * next-auth and Auth.js `callbacks: { jwt({ token }), session({ token }) }`.
 */
export const claimsCallbacks: { readonly container: string; readonly functions: readonly string[]; readonly parameter: string } = {
  container: 'callbacks',
  functions: ['jwt', 'session'],
  parameter: 'token',
}

/** Parameter decorators that inject one request header (NestJS `@Headers('authorization')`). */
export const headerParameterDecorators: readonly string[] = ['Headers']

/** A compact JWS written out: `eyJ...` header, payload and (possibly empty) signature. */
export const compactJwtPattern = /^eyJ[\w-]*\.eyJ[\w-]*\.[\w-]*$/u

/** Cheap text test: a file that matches none of these cannot hold a token (or request headers) the rules would see. */
export const tokenTextHints = /token|jwt|bearer|authoriz|headers|eyJ/iu

/**
 * Names of functions that issue a token: `createAccessToken`, `signToken`, `generateJwt`, `issue_token`.
 * Their result is a token the code signed itself, also when the function is defined in another module
 * (a base class) where the sign call cannot be seen.
 */
export const tokenIssuingFunctionPattern = /^(?:sign|create|generate|issue|mint)(?:[A-Z_][\w$]*)?(?:Token|Jwt|JWT|_token|_jwt)$/u
