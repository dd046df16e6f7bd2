/**
 * Calls that check a signature or a MAC by hand and return whether it matched. Code that
 * decodes a token's segments itself (`JSON.parse(Buffer.from(payload, 'base64url'))`) and
 * stops when one of these fails has verified the token, the hand-written way.
 */
import type { ModelledCall } from './types.js'

const nodeCrypto = ['crypto', 'node:crypto']

export const signatureChecks: readonly ModelledCall[] = [
  // crypto.timingSafeEqual(expectedMac, givenMac): how an HMAC is compared without a timing leak.
  { modules: nodeCrypto, global: false, path: ['timingSafeEqual'], invocation: 'call' },
  // crypto.verify(algorithm, data, publicKey, signature)
  { modules: nodeCrypto, global: false, path: ['verify'], invocation: 'call' },
  // await crypto.subtle.verify(algorithm, key, signature, data), from the module or the global.
  { modules: nodeCrypto, global: false, path: ['subtle', 'verify'], invocation: 'call' },
  { modules: nodeCrypto, global: false, path: ['webcrypto', 'subtle', 'verify'], invocation: 'call' },
  { modules: [], global: true, path: ['crypto', 'subtle', 'verify'], invocation: 'call' },
]
