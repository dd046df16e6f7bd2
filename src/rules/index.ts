import noAlgorithmFromHeader from './no-algorithm-from-header.js'
import noDisabledExpiry from './no-disabled-expiry.js'
import noHardcodedSecret from './no-hardcoded-secret.js'
import noIdTokenAsBearer from './no-id-token-as-bearer.js'
import noIgnoredVerifyError from './no-ignored-verify-error.js'
import noMixedAlgorithmFamilies from './no-mixed-algorithm-families.js'
import noNoneAlgorithm from './no-none-algorithm.js'
import noSensitivePayload from './no-sensitive-payload.js'
import noTokenForwarding from './no-token-forwarding.js'
import noTokenInLogs from './no-token-in-logs.js'
import noTokenInUrl from './no-token-in-url.js'
import noTokenInWebStorage from './no-token-in-web-storage.js'
import noUntrustedKeySource from './no-untrusted-key-source.js'
import noUnverifiedDecode from './no-unverified-decode.js'
import noWeakSecret from './no-weak-secret.js'
import requireAlgorithms from './require-algorithms.js'
import requireAudience from './require-audience.js'
import requireExpiration from './require-expiration.js'
import requireExplicitType from './require-explicit-type.js'
import requireIssuer from './require-issuer.js'
import requireSecureTokenCookie from './require-secure-token-cookie.js'

export const rules = {
  'no-algorithm-from-header': noAlgorithmFromHeader,
  'no-disabled-expiry': noDisabledExpiry,
  'no-hardcoded-secret': noHardcodedSecret,
  'no-id-token-as-bearer': noIdTokenAsBearer,
  'no-ignored-verify-error': noIgnoredVerifyError,
  'no-mixed-algorithm-families': noMixedAlgorithmFamilies,
  'no-none-algorithm': noNoneAlgorithm,
  'no-sensitive-payload': noSensitivePayload,
  'no-token-forwarding': noTokenForwarding,
  'no-token-in-logs': noTokenInLogs,
  'no-token-in-url': noTokenInUrl,
  'no-token-in-web-storage': noTokenInWebStorage,
  'no-untrusted-key-source': noUntrustedKeySource,
  'no-unverified-decode': noUnverifiedDecode,
  'no-weak-secret': noWeakSecret,
  'require-algorithms': requireAlgorithms,
  'require-audience': requireAudience,
  'require-expiration': requireExpiration,
  'require-explicit-type': requireExplicitType,
  'require-issuer': requireIssuer,
  'require-secure-token-cookie': requireSecureTokenCookie,
}
