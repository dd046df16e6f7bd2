import { createClaimCheckRule } from '../utils/claim-check-rule.js'

export default createClaimCheckRule({
  name: 'require-audience',
  claim: 'audience',
  claimName: 'aud',
  description: 'Require an audience check when verifying a JWT',
  cwe: 'CWE-287',
  threat: 'a token issued for any other service that trusts the same issuer or key is accepted here',
})
