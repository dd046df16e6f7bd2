/**
 * Calls that turn key material written in the code into the key object a JWT
 * library takes: `Buffer.from('secret')`, `new TextEncoder().encode('secret')`.
 * The key rules look through them to the text inside. Key imports of the JWT
 * libraries themselves (jose `importJWK`) are modelled with their library, as
 * `keySource` APIs with a `materialArgument`.
 */
import type { ModelledCall } from './types.js'

export interface KeyWrapper extends ModelledCall {
  /** For a constructed helper, the method of the instance that wraps: `new TextEncoder().encode(text)`. */
  readonly method?: string
  /** The argument that holds the key material. */
  readonly value: number
  /** The argument that names the string's encoding (`Buffer.from(text, 'hex')`); UTF-8 when absent. */
  readonly encodingArgument?: number
}

export const keyWrappers: readonly KeyWrapper[] = [
  // Buffer.from(text, encoding?)
  {
    modules: ['buffer', 'node:buffer'],
    global: true,
    path: ['Buffer', 'from'],
    invocation: 'call',
    value: 0,
    encodingArgument: 1,
  },
  // new TextEncoder().encode(text), always UTF-8
  {
    modules: ['util', 'node:util'],
    global: true,
    path: ['TextEncoder'],
    invocation: 'construct',
    method: 'encode',
    value: 0,
  },
  // crypto.createSecretKey(text, encoding?)
  {
    modules: ['crypto', 'node:crypto'],
    global: false,
    path: ['createSecretKey'],
    invocation: 'call',
    value: 0,
    encodingArgument: 1,
  },
]
