/**
 * How server code stops or continues a request, across Express, Koa, Fastify,
 * Nest and plain Node handlers. Used to tell a catch that rejects a request
 * from one that lets it through.
 */

/** Callees that hand the request on: `next()`, `done()`. With no argument they mean "carry on". */
export const continuationNames: readonly string[] = ['next', 'done', 'cb', 'callback']

/** Methods whose `return true` lets the request through: `canActivate` of a NestJS guard. */
export const allowingMethodNames: readonly string[] = ['canActivate']

/** Methods that answer or abort the request. */
export const responseEndingMethods: readonly string[] = [
  'status',
  'sendStatus',
  'send',
  'json',
  'end',
  'redirect',
  'render',
  'writeHead',
  'code',
  'throw',
  'reject',
  'abort',
  'exit',
  'unauthorized',
  'forbidden',
]
