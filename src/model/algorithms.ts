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

/** The hash output size in bytes of an HMAC algorithm: the smallest key RFC 7518 section 3.2 allows for it. */
export function hmacHashBytes(algorithm: string): number | undefined {
  const match = hmac.exec(algorithm)
  return match ? Number(match[1]) / 8 : undefined
}

/** The smallest HMAC key requirement, used when the algorithm cannot be told (HS256). */
export const smallestHmacHashBytes = 32
