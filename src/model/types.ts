/**
 * The declarative model of JWT libraries. Everything the rules know about a
 * library lives in data of these shapes; supporting a new library means adding
 * a `JwtLibrary` object, not a code path.
 */

/** What an API does with a token. */
export type ApiKind =
  /** Checks the signature and returns the claims, or configures a verifier (middleware, strategy, verifier factory). */
  | 'verify'
  /** Returns claims without checking the signature. */
  | 'decode'
  /** Returns only the protected header, unverified (used to pick a key). */
  | 'decodeHeader'
  /** Produces a signed token. */
  | 'sign'
  /** Produces an unsigned (`alg: none`) token. */
  | 'unsecuredSign'
  /** A key value that makes verification accept unsigned tokens. */
  | 'noneKey'
  /** Creates an object whose JWT methods are listed in `returns` (a client, a service). */
  | 'factory'
  /**
   * Creates a source of verification keys for a verifier (a JWKS client, a key callback
   * for a middleware); `keySourceOptions` names where it gets the keys from.
   */
  | 'keySource'
  /** Produces an encrypted token (JWE, jose `EncryptJWT`): its claims cannot be read without the key. */
  | 'encrypt'
  /** A key value that makes verification trust the key the token carries in its own header (jose `EmbeddedJWK`). */
  | 'embeddedKey'

/**
 * How the API is reached from its module export. `register` is a plugin passed
 * to a registration call: `fastify.register(fastifyJwt, options)`; the reference
 * is that call and the options are its second argument. `extend` is a class
 * extended by user code, directly or through a mixin call
 * (`extends PassportStrategy(Strategy)`); the reference is the `super(...)` call.
 */
export type Invocation = 'call' | 'construct' | 'read' | 'register' | 'extend'

/**
 * A function outside the JWT libraries that the analysis finds by where it comes from: a module
 * export or a global, and the member path below it (`Buffer.from`, `crypto.timingSafeEqual`).
 */
export interface ModelledCall {
  /** Modules that export it (`import { Buffer } from 'node:buffer'`). */
  readonly modules: readonly string[]
  /** Also reachable as a global named `path[0]` (`Buffer`, `TextEncoder`). */
  readonly global: boolean
  /** Member path below the module or global object. */
  readonly path: readonly string[]
  readonly invocation: 'call' | 'construct'
}

/** How a verify API reports failure. */
export type Completion =
  /** Throws synchronously, or calls the callback when one is given. */
  | 'sync-or-callback'
  /** Returns a Promise that rejects. */
  | 'promise'
  /** Returns `false` instead of throwing (jsrsasign); the result must be checked. */
  | 'boolean'
  /** Returns a Promise, unless a callback is given, which then gets the error (google-auth-library `verifyIdToken`). */
  | 'promise-or-callback'

/** What the library accepts when a verify call names no algorithm allow-list. */
export type AlgorithmsWhenOmitted =
  /** The algorithm named in the token header is trusted (within whatever the key allows). */
  | 'header'
  /** The algorithm is inferred from the key type; the header cannot switch families. */
  | 'key-type'
  /** Current versions throw; older ones fell back to a fixed default (see `insecureHistory`). */
  | 'required'

export type DurationFormat =
  /** Numbers are seconds; strings use the `ms` package format where a bare number string is milliseconds. */
  | 'seconds-or-ms-string'
  /** Numbers are seconds; strings use jose's `'5 minutes'` format. */
  | 'seconds-or-jose-string'
  /** Numbers only, in seconds. */
  | 'seconds'
  /** Numbers are milliseconds; strings use the `ms` package format (fast-jwt). */
  | 'milliseconds-or-ms-string'
  /**
   * Numbers only, in milliseconds (fast-jwt `clockTolerance`): a string is rejected
   * (fast-jwt 6) or read as a number without units (earlier), never parsed as `'10m'`.
   */
  | 'milliseconds'
  /**
   * Numbers are seconds; a string is not parsed but added to the timestamp as text
   * (jsonwebtoken: `exp + '60'`), after which the comparison never fails: unbounded.
   */
  | 'seconds-or-concatenated-string'
  /**
   * An expiry time, not a duration: numbers (and `Date`s) are absolute times in seconds
   * since the epoch; strings are jose durations counted from now (jose `setExpirationTime`).
   */
  | 'numeric-date-or-jose-string'

/**
 * A boolean option. A plain name means `true` switches the check off
 * (`ignoreExpiration: true`); `disabledBy: false` means `false`, or any other falsy
 * value but `undefined`, does (hono `exp: false`, whose default applies only to `undefined`).
 */
export type SwitchOption = string | { readonly name: string; readonly disabledBy: boolean }

/** An option whose value lets a request through without a valid token. */
export interface FailOpenOption {
  readonly name: string
  /** The value that fails open (`credentialsRequired: false`, `passthrough: true`). */
  readonly value: unknown
  /** What the request then carries, for the message: `req.auth` unset. */
  readonly consequence: string
  /**
   * The member chain through which code reads the verified claims (`['auth']` for
   * `req.auth.sub`). The option is reported only where code reads through it unguarded.
   */
  readonly trustedMembers: readonly string[]
  /**
   * Options that rename the last of `trustedMembers`, in the order the library reads
   * them (express-jwt `requestProperty`, koa-jwt `key`); a dotted value is a path.
   */
  readonly renamedBy?: readonly string[]
}

/**
 * Names of the options (or positional arguments) that carry verification policy.
 * A dotted name reaches into a nested object: hono's `verification.aud`.
 */
export interface VerifyOptionNames {
  readonly algorithms?: string
  readonly audience?: string
  readonly issuer?: string
  readonly ignoreExpiration?: SwitchOption
  readonly ignoreNotBefore?: SwitchOption
  readonly clockTolerance?: { readonly name: string; readonly format: DurationFormat }
  /** Options that pin the verification clock to a fixed time. */
  readonly pinnedClock?: readonly string[]
  /**
   * Claim options the library checks only when given a string or an array: any other
   * truthy value (a RegExp, a number) skips the check silently (jsonwebtoken `issuer`).
   */
  readonly stringOrArrayOnly?: readonly string[]
  /**
   * Claim options that only `undefined` or `null` switch off: any other value, `''` and `[]`
   * included, is compared with the claim (google-auth-library `audience`). Other claim
   * options are switched off by any falsy value, as in jsonwebtoken's `if (options.audience)`.
   */
  readonly skippedOnlyWhenNullish?: readonly string[]
  /**
   * Claim options the library cannot run without: leaving one out (or passing `undefined`)
   * throws, so only an explicit `null` switches the check off (aws-jwt-verify `clientId: null`).
   */
  readonly requiredUnlessNull?: readonly string[]
  /** Claim options the library checks only when given an array; a string is ignored (jsrsasign `aud`). */
  readonly arrayOnly?: readonly string[]
  /**
   * A nested options object whose claim options the library throws away
   * (passport-jwt overwrites `jsonWebTokenOptions.audience` with the top-level value).
   */
  readonly overriddenNested?: { readonly name: string; readonly options: readonly string[] }
  /** Options that let requests without a valid token through. */
  readonly failOpen?: readonly FailOpenOption[]
  /** A callback option for expired tokens: unless it throws, the expired token is accepted (express-jwt `onExpired`). */
  readonly expiredHandler?: string
  /**
   * The option that makes the library check what kind of token it is given (RFC 8725
   * section 3.11), and the value that admits only OAuth access tokens: jose `typ: 'at+jwt'`,
   * fast-jwt `checkTyp`, aws-jwt-verify `tokenUse: 'access'`, or `true` for a switch that
   * requires `at+jwt` (express-oauth2-jwt-bearer `strict`). A falsy value checks nothing.
   */
  readonly tokenType?: { readonly name: string; readonly accessTokenValue: string | boolean }
  /** The option that makes the result carry the verified header, so code can check its `typ` (jsonwebtoken `complete`). */
  readonly completeResult?: string
}

export interface SignOptionNames {
  readonly algorithm?: string
  /** A nested header object whose `alg` overrides `algorithm`. */
  readonly header?: string
  /** An option that sets the header `typ` directly (fast-jwt `typ`); `header.typ` overrides it. */
  readonly typ?: string
  /**
   * The option that gives the token a lifetime (an `exp` claim). Without it, and without
   * an `exp` claim in the payload, the library signs a token that never expires.
   */
  readonly expiresIn?: { readonly name: string; readonly format: DurationFormat }
}

/**
 * A token built by chained method calls on a constructed object:
 * `new SignJWT(payload).setProtectedHeader({ alg }).setExpirationTime('2h').sign(key)`.
 * Every method but `finish` returns the builder itself.
 */
export interface TokenBuilder {
  /** The method that produces the token and ends the chain (`sign`, `encrypt`). */
  readonly finish: string
  /** The argument of `finish` that takes the key (`.sign(key)`), when it takes one. */
  readonly finishKey?: number
  /** The method that sets `exp`, and how it reads its argument. */
  readonly expirationTime?: { readonly method: string; readonly format: DurationFormat }
  /** The method that sets the protected header (its `typ`). */
  readonly protectedHeader?: string
}

/** Where the arguments of an API call are. */
export interface ArgumentPositions {
  readonly token?: number
  readonly key?: number
  readonly options?: number
  /** The first function-valued argument at or after this index is the result callback. */
  readonly callbackFrom?: number
  /** A positional algorithm argument (jwt-simple). */
  readonly algorithm?: number
  /** A positional boolean that switches verification off (jwt-simple `noVerify`). */
  readonly noVerify?: number
  /** The claims to sign or encrypt: an object, or for jsrsasign also its JSON text. */
  readonly payload?: number
  /** A positional protected header (jsrsasign `JWS.sign(alg, header, payload, key)`). */
  readonly header?: number
}

/** An option whose value selects what a decode returns. */
export interface ResultSelector {
  /** The option (in the options argument) and the value that selects the mode. */
  readonly option: string
  readonly value: unknown
  /** With the option set, the result is the header only, or `{ header, payload, signature }`. */
  readonly result: 'header' | 'complete'
  /**
   * The option is set on the factory call that created this API rather than on the
   * call itself: fast-jwt `createDecoder({ complete: true })` makes its decoder return `{ header, payload }`.
   */
  readonly onFactory?: boolean
}

export interface JwtApi {
  /** Member path below the module, e.g. `['verify']` or `['UnsecuredJWT', 'decode']`. `[]` is the module itself. */
  readonly path: readonly string[]
  readonly invocation: Invocation
  readonly kind: ApiKind
  readonly args: ArgumentPositions
  /**
   * Options that hold the key or secret, as dotted paths from the top of the options
   * argument (not below `optionsPath`): `secret` of a middleware, `secret.private` of
   * @fastify/jwt. A key passed as an argument of its own is `args.key`.
   */
  readonly keyOptions?: readonly string[]
  readonly completion?: Completion
  readonly verifyOptions?: VerifyOptionNames
  readonly signOptions?: SignOptionNames
  readonly algorithmsWhenOmitted?: AlgorithmsWhenOmitted
  /** The library refuses `alg: none` whatever the allow-list or signing options say (jose 4+, jwt-simple). */
  readonly rejectsNoneAlgorithm?: boolean
  /** The library accepts unsigned tokens when the key is falsy (unless the allow-list certainly excludes `none`). */
  readonly acceptsUnsignedWithFalsyKey?: boolean
  /**
   * `none` takes effect only without a key: given one, a verifier refuses a token without a
   * signature and a signer throws (fast-jwt). The key is `args.key` or `keyOptions`.
   */
  readonly acceptsNoneOnlyWithoutKey?: boolean
  readonly resultSelectors?: readonly ResultSelector[]
  /**
   * What a decode returns when no selector applies: the payload unless stated (`UnsecuredJWT.decode`
   * gives `{ payload, header }`). `payload-or-complete`: options set elsewhere (a plugin
   * registration's `decode: { complete: true }`) may make it complete, so a `header` or
   * `payload` read from it is taken as that part and any other read as a claim.
   */
  readonly result?: 'payload' | 'complete' | 'payload-or-complete'
  /** The properties of a complete result that hold the header and the payload, when not `header` and `payload` (jsrsasign `headerObj`, `payloadObj`). */
  readonly completeParts?: { readonly header: string; readonly payload: string }
  /**
   * Where the relevant options sit inside the options argument: `['verifyOptions']` in
   * `JwtModule.register({ verifyOptions })`. A step whose value is a function is followed
   * into the object it returns: `['useFactory', 'verifyOptions']` in `JwtModule.registerAsync`.
   */
  readonly optionsPath?: readonly string[]
  /** When the `optionsPath` object is missing, the policy may be set elsewhere: treat it as unknown. */
  readonly optionsPathOptional?: boolean
  /**
   * The options may also be given flat, without the `optionsPath` wrapper: @fastify/jwt
   * takes `request.jwtVerify({ allowedAud })` as well as `request.jwtVerify({ verify: { allowedAud } })`.
   */
  readonly optionsPathOrFlat?: boolean
  /** How messages name the positional algorithm argument (`args.algorithm`): jsrsasign `acceptAlgs`. */
  readonly algorithmArgumentName?: string
  /**
   * How the algorithm allow-list is written: an array of names, or a single name (hono
   * `alg: 'HS256'`). An option is an array and a positional argument a single name unless stated.
   */
  readonly algorithmShape?: 'list' | 'single'
  /**
   * The library refuses HMAC algorithms whatever the allow-list says (hono `jwk()` and
   * `verifyWithJwks`), so a mixed allow-list cannot lead to key confusion.
   */
  readonly asymmetricOnly?: boolean
  /**
   * Per-call options are merged over options configured elsewhere (a module or
   * plugin registration), so an option missing here may be set there.
   */
  readonly inheritsOptions?: boolean
  /** APIs of the value this call returns: a verifier function, a client object. Paths are relative to that value. */
  readonly returns?: readonly JwtApi[]
  /**
   * The class can be injected: a constructor parameter or property typed with it
   * holds an instance whose APIs are `returns` (NestJS `JwtService`).
   */
  readonly injectable?: boolean
  /** The object this API constructs builds its token through chained method calls (jose `SignJWT`). */
  readonly builder?: TokenBuilder
  /**
   * Other APIs the same call configures, judged at the same call with their own
   * `optionsPath`: a module registration that sets both the verify and the sign
   * options (`JwtModule.register({ verifyOptions, signOptions })`).
   */
  readonly alsoConfigures?: readonly Omit<JwtApi, 'path' | 'invocation'>[]
  /** For a `keySource`, or a verifier that fetches its own keys (hono `jwk({ jwks_uri })`): the options that say where keys come from. */
  readonly keySourceOptions?: KeySourceOptionNames
  /**
   * What a key given as a function receives, by parameter position. The library calls it
   * with the token before checking the signature (`jwt.verify(token, (header, callback) => ...)`),
   * so those parameters hold untrusted token data; `null` marks one that does not (a request, a callback).
   */
  readonly keyCallback?: readonly (KeyCallbackInput | null)[]
}

/** Option names of a key source, for rules about where verification keys come from. */
export interface KeySourceOptionNames {
  /** The URL keys are fetched from (`jwksUri`). */
  readonly uri?: string
  /** The argument that is that URL (jose `createRemoteJWKSet(url)`, `fetch(url)`). */
  readonly uriArgument?: number
  /** The argument holding the key material the API turns into a key: a JWK, a PEM, a certificate (jose `importJWK(jwk)`). */
  readonly materialArgument?: number
  /** An option of that argument that holds it instead (`crypto.createPublicKey({ key, format: 'jwk' })`). */
  readonly materialOption?: string
  /** The first of the arguments that make up a file path the key is read from (`fs.readFileSync(path)`, `path.join(dir, name)`). */
  readonly pathArgumentsFrom?: number
}

/**
 * What a parameter of a key callback receives: the header, the payload, the whole
 * `{ header, payload }`, or (@fastify/jwt, depending on its `decode.complete` option)
 * either the header or `{ header, payload }`.
 */
export type KeyCallbackInput = 'header' | 'payload' | 'complete' | 'header-or-complete'

/**
 * APIs reached through objects a framework decorates at run time, found by
 * member name: `request.jwtVerify()` on a Fastify request.
 */
export interface DecoratedApi {
  /** The member chain at the end of the callee: `['jwtVerify']`, `['jwt', 'verify']`. */
  readonly members: readonly string[]
  readonly api: JwtApi
}

/** Where code using the library usually runs; decides whether a decode is a server-side trust decision. */
export type LibraryEnvironment = 'server' | 'client' | 'universal'

export type SecretEncoding =
  /** The string's UTF-8 bytes (jsonwebtoken, fast-jwt, hono, jwt-simple). */
  | 'utf8'
  /** An even-length hex string is decoded as hex; any other string gives one byte per character (jsrsasign `Mac.setPassword`). */
  | 'hex-or-raw'

export interface JwtLibrary {
  /** The npm package name; also the name shown in messages. */
  readonly name: string
  /** Module specifiers (package and subpaths) that export the APIs. */
  readonly modules: readonly string[]
  /** The package is a real ES module: named imports map one to one (no CommonJS interop). */
  readonly esm: boolean
  readonly environment: LibraryEnvironment
  readonly apis: readonly JwtApi[]
  /** How the library turns a string secret into HMAC key bytes; UTF-8 unless stated. */
  readonly secretEncoding?: SecretEncoding
  /** A note on older versions whose defaults were insecure, used in messages. */
  readonly insecureHistory?: string
  /** How messages point to the library's verify API, when it is not a plain function (`request.jwtVerify()`). */
  readonly verifyHint?: string
  /** Decorated APIs, looked for only in files whose text contains one of `decorationHints`. */
  readonly decorations?: readonly DecoratedApi[]
  readonly decorationHints?: readonly string[]
}
