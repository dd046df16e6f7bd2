import noAlgorithmFromHeader from './no-algorithm-from-header.js'
import noDisabledExpiry from './no-disabled-expiry.js'
import noIgnoredVerifyError from './no-ignored-verify-error.js'
import noMixedAlgorithmFamilies from './no-mixed-algorithm-families.js'
import noNoneAlgorithm from './no-none-algorithm.js'
import noUnverifiedDecode from './no-unverified-decode.js'
import requireAlgorithms from './require-algorithms.js'
import requireAudience from './require-audience.js'
import requireIssuer from './require-issuer.js'

export const rules = {
  'no-algorithm-from-header': noAlgorithmFromHeader,
  'no-disabled-expiry': noDisabledExpiry,
  'no-ignored-verify-error': noIgnoredVerifyError,
  'no-mixed-algorithm-families': noMixedAlgorithmFamilies,
  'no-none-algorithm': noNoneAlgorithm,
  'no-unverified-decode': noUnverifiedDecode,
  'require-algorithms': requireAlgorithms,
  'require-audience': requireAudience,
  'require-issuer': requireIssuer,
}
