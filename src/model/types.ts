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
 * How the API is reached from its module export. `register` is a plugin passed
 * to a registration call: `fastify.register(fastifyJwt, options)`; the reference
 * is that call and the options are its second argument. `extend` is a class
 * extended by user code, directly or through a mixin call
 * (`extends PassportStrategy(Strategy)`); the reference is the `super(...)` call.
 */
export type Invocation = 'call' | 'construct' | 'read' | 'register' | 'extend'

/** How a verify API reports failure. */
export type Completion =
  /** Throws synchronously, or calls the callback when one is given. */
  | 'sync-or-callback'
  /** Returns a Promise that rejects. */
  | 'promise'
  /** Returns `false` instead of throwing (jsrsasign); the result must be checked. */
  | 'boolean'

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
   * Numbers are seconds; a string is not parsed but added to the timestamp as text
   * (jsonwebtoken: `exp + '60'`), after which the comparison never fails: unbounded.
   */
  | 'seconds-or-concatenated-string'

/**
 * A boolean option. A plain name means `true` switches the check off
 * (`ignoreExpiration: true`); `disabledBy: false` means `false` does (hono `exp: false`).
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
}

export interface SignOptionNames {
  readonly algorithm?: string
  /** A nested header object whose `alg` overrides `algorithm`. */
  readonly header?: string
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
}

/** An option whose value selects what a decode returns. */
export interface ResultSelector {
  /** The option (in the options argument) and the value that selects the mode. */
  readonly option: string
  readonly value: unknown
  /** With the option set, the result is the header only, or `{ header, payload, signature }`. */
  readonly result: 'header' | 'complete'
}

export interface JwtApi {
  /** Member path below the module, e.g. `['verify']` or `['UnsecuredJWT', 'decode']`. `[]` is the module itself. */
  readonly path: readonly string[]
  readonly invocation: Invocation
  readonly kind: ApiKind
  readonly args: ArgumentPositions
  readonly completion?: Completion
  readonly verifyOptions?: VerifyOptionNames
  readonly signOptions?: SignOptionNames
  readonly algorithmsWhenOmitted?: AlgorithmsWhenOmitted
  /** The library refuses `alg: none` whatever the allow-list or signing options say (jose 4+, jwt-simple). */
  readonly rejectsNoneAlgorithm?: boolean
  /** The library accepts unsigned tokens when the key is falsy (unless the allow-list certainly excludes `none`). */
  readonly acceptsUnsignedWithFalsyKey?: boolean
  readonly resultSelectors?: readonly ResultSelector[]
  /** What a decode returns when no selector applies: the payload unless stated (`UnsecuredJWT.decode` gives `{ payload, header }`). */
  readonly result?: 'payload' | 'complete'
  /** Where the relevant options sit inside the options argument: `['verifyOptions']` in `JwtModule.register({ verifyOptions })`. */
  readonly optionsPath?: readonly string[]
  /** When the `optionsPath` object is missing, the policy may be set elsewhere: treat it as unknown. */
  readonly optionsPathOptional?: boolean
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
}

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

export interface JwtLibrary {
  /** The npm package name; also the name shown in messages. */
  readonly name: string
  /** Module specifiers (package and subpaths) that export the APIs. */
  readonly modules: readonly string[]
  /** The package is a real ES module: named imports map one to one (no CommonJS interop). */
  readonly esm: boolean
  readonly environment: LibraryEnvironment
  readonly apis: readonly JwtApi[]
  /** A note on older versions whose defaults were insecure, used in messages. */
  readonly insecureHistory?: string
  /** How messages point to the library's verify API, when it is not a plain function (`request.jwtVerify()`). */
  readonly verifyHint?: string
  /** Decorated APIs, looked for only in files whose text contains one of `decorationHints`. */
  readonly decorations?: readonly DecoratedApi[]
  readonly decorationHints?: readonly string[]
}
