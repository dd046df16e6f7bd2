/** Registered claims and header values that say what a token is (RFC 7519, RFC 9068). */

/** The expiration time claim, in seconds since the epoch (RFC 7519 section 4.1.4). */
export const expirationClaim = 'exp'

/** The header member that types a token (RFC 7515 section 4.1.9, RFC 8725 section 3.11). */
export const typeHeader = 'typ'

/** `typ` values of OAuth 2.0 access tokens in JWT format (RFC 9068 section 2.1); compared without case. */
export const accessTokenTypes: readonly string[] = ['at+jwt', 'application/at+jwt']

/**
 * Header parameters and claims through which code tells kinds of tokens apart when it
 * compares them: the header `typ`, a Keycloak-style `typ` claim, Cognito's `token_use`.
 */
export const tokenTypeMarkers: readonly string[] = ['typ', 'token_use']

/** Claims only OAuth access tokens carry: the granted scopes (RFC 9068 section 2.2.3, RFC 8693 section 4.2). */
export const accessTokenClaims: readonly string[] = ['scope', 'scp']

/** Claims that name what a token is for, and the value that means an access token (Cognito `token_use: 'access'`). */
export const tokenUseClaims: readonly { readonly name: string; readonly access: string }[] = [{ name: 'token_use', access: 'access' }]

/** Name words of tokens that are neither access nor ID tokens: `refreshToken`, `logoutToken`, `dpopProof`. */
export const otherTokenNameWords: readonly string[] = ['refresh', 'logout', 'dpop']

/** The name words of an access token: `accessToken`, `access_token`, `createAccessToken`. */
export const accessTokenNameWords: readonly string[] = ['access', 'token']

/**
 * Verify options only ID-token verification sets: the OIDC `nonce` (jsonwebtoken `nonce`,
 * fast-jwt `allowedNonce`). An ID token is kept apart from access tokens by its audience, not its `typ`.
 */
export const idTokenVerifyOptions: readonly string[] = ['nonce', 'allowedNonce']
