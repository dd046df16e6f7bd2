/** JWS algorithm families (RFC 7518 section 3.1, RFC 8037). */
export type AlgorithmFamily = 'hmac' | 'asymmetric' | 'none' | 'unknown'

const hmac = /^HS(256|384|512)$/u
const asymmetric = /^(RS|PS|ES)(256|384|512|256K)$|^(EdDSA|Ed25519|Ed448)$/u

export function algorithmFamily(algorithm: string): AlgorithmFamily {
  if (algorithm.toLowerCase() === 'none') return 'none'
  if (hmac.test(algorithm)) return 'hmac'
  if (asymmetric.test(algorithm)) return 'asymmetric'
  return 'unknown'
}
