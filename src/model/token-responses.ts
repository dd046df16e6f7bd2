/**
 * Token responses a client requests itself from an authorization server's token endpoint. An ID token
 * in such a response came over TLS straight from the issuer, so the client may rely on TLS server
 * validation instead of the token's signature (OpenID Connect Core 1.0, section 3.1.3.7, step 6).
 */
import { fetchJsonBody, type JsonBody } from './sinks.js'

/** The token response member that holds the ID token (OpenID Connect Core 1.0, section 3.1.3.3). */
export const idTokenResponseMembers: readonly string[] = ['id_token']

/** Functions of OAuth client libraries that send a token request and return the endpoint's response. */
export interface TokenEndpointRequests {
  readonly modules: readonly string[]
  readonly functions: readonly string[]
  readonly jsonBody: JsonBody
}

export const tokenEndpointRequests: readonly TokenEndpointRequests[] = [
  {
    // Each returns the fetch `Response` of the token endpoint.
    modules: ['oauth4webapi'],
    functions: [
      'authorizationCodeGrantRequest',
      'refreshTokenGrantRequest',
      'clientCredentialsGrantRequest',
      'deviceCodeGrantRequest',
      'backchannelAuthenticationGrantRequest',
      'genericTokenEndpointRequest',
    ],
    jsonBody: fetchJsonBody,
  },
]

/**
 * Verify callbacks of OAuth 2 login strategies (passport-oauth2 and the strategies built on it) get the
 * token response as the parameter after the access and refresh tokens:
 * `new Strategy(options, (req, accessToken, refreshToken, params, profile, done) => ...)`.
 * Told from the names of the two parameters before it.
 */
export const tokenResponseParameterAfter: readonly RegExp[] = [/^_*access_?token$/iu, /^_*refresh_?token$/iu]

/** Methods of a fetch `Response` that return a copy whose body reads the same: `response.clone().json()`. */
export const responseCopyMethods: readonly string[] = ['clone']
