/**
 * Hand-rolled decoding of a compact JWT: `JSON.parse(atob(token.split('.')[1]))`.
 * The segment index tells what was decoded.
 */
export const headerSegment = 0
export const payloadSegment = 1

/** Global functions that turn a base64 segment into text: `atob(segment)`. */
export const base64Globals: readonly string[] = ['atob']

/** `Buffer.from(segment, encoding)` with one of these encodings. */
export const bufferEncodings: readonly string[] = ['base64', 'base64url']
