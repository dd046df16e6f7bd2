/**
 * Evidence of where a file runs. A decode in browser code is a display or
 * scheduling convenience; the same decode on a server is a trust decision.
 */

/** Modules whose import marks a file as server code. */
export const serverModules: readonly string[] = [
  'express',
  'koa',
  'fastify',
  'hono',
  '@hapi/hapi',
  'restify',
  'next/server',
  'next/headers',
  'http',
  'https',
  'http2',
  'fs',
  'crypto',
  'express-jwt',
  'passport',
  'passport-jwt',
  'koa-jwt',
  '@fastify/jwt',
  'aws-lambda',
  'firebase-admin',
  'pg',
  'mysql2',
  'mongoose',
  '@prisma/client',
]

/** Module prefixes that mark server code (`node:fs`, `@nestjs/core`, ...). */
export const serverModulePrefixes: readonly string[] = ['node:', '@nestjs/', '@hapi/', '@koa/', '@fastify/']

/** Modules whose import marks a file as browser code. */
export const clientModules: readonly string[] = [
  'react',
  'react-dom',
  'react-native',
  'vue',
  'svelte',
  '@angular/core',
  'solid-js',
  'preact',
  'next/navigation',
  'next/router',
  'next/link',
]

/** Globals that only exist in browsers. */
export const clientGlobals: readonly string[] = ['window', 'document', 'localStorage', 'sessionStorage', 'navigator']

/** File paths that mark server code even without an import. */
export const serverPathPattern = /(^|[\\/])(server|api|backend|routes|middlewares?|controllers?)[\\/]|\.server\.[cm]?[jt]sx?$/u
