import { createClaimCheckRule } from '../utils/claim-check-rule.js'

export default createClaimCheckRule({
  name: 'require-issuer',
  claim: 'issuer',
  claimName: 'iss',
  description: 'Require an issuer check when verifying a JWT',
  cwe: 'CWE-287',
  threat: 'a token minted by any party that holds or shares the key (another tenant, another environment) is accepted here',
})
