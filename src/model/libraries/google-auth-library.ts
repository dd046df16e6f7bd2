import type { JwtLibrary } from '../types.js'

/**
 * googleapis/google-auth-library-nodejs 9 to 11 (9.15.1, 10.9.1 and 11.3.4 types):
 * `new OAuth2Client(...).verifyIdToken({ idToken, audience }, callback?)`. The token
 * is checked against Google's certificates with a fixed algorithm and issuer list;
 * `audience` is optional, and when it is `undefined` or `null` the `aud` claim is not
 * checked (`''` or `[]` reject every token).
 */
export const googleAuthLibrary: JwtLibrary = {
  name: 'google-auth-library',
  modules: ['google-auth-library'],
  esm: false,
  environment: 'server',
  apis: [
    {
      path: ['OAuth2Client'],
      invocation: 'construct',
      kind: 'factory',
      args: {},
      returns: [
        {
          path: ['verifyIdToken'],
          invocation: 'call',
          kind: 'verify',
          completion: 'promise-or-callback',
          args: { options: 0, callbackFrom: 1 },
          verifyOptions: { audience: 'audience', skippedOnlyWhenNullish: ['audience'] },
        },
      ],
    },
  ],
}
