import type { JwtLibrary } from '../types.js'

/** googleapis/google-auth-library-nodejs 10+: `client.verifyIdToken({ idToken, audience })`; without `audience`, `aud` is not checked. */
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
          completion: 'promise',
          args: { options: 0 },
          verifyOptions: { audience: 'audience' },
        },
      ],
    },
  ],
}
