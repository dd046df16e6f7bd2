// The real-world corpus for the benchmark and the robustness test: sources of
// well-known packages installed as devDependencies, so `npm ci` brings them.
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'

/** Packages whose shipped sources make the corpus: TypeScript and JavaScript, CommonJS and ESM, JWT-heavy and JWT-free. */
export const corpusPackages = [
  'rxjs',
  'date-fns',
  'zod',
  '@trpc/server',
  'typeorm',
  'hono',
  'jose',
  'jsonwebtoken',
  'express-jwt',
  'passport-jwt',
  'fast-jwt',
  '@fastify/jwt',
  'jwks-rsa',
  'aws-jwt-verify',
  'koa-jwt',
]

const sourceFile = /\.(?:[cm]?js|ts|tsx|jsx)$/u
const skipped = /\.d\.[cm]?ts$|\.min\.js$/u

/** Every lintable source file of the corpus, sorted, relative to `root`. */
export function corpusFiles(root = process.cwd()) {
  const files = []
  for (const name of corpusPackages) {
    const base = path.join(root, 'node_modules', name)
    walk(base, files)
  }
  return files.map((file) => path.relative(root, file)).sort()
}

function walk(directory, files) {
  let entries
  try {
    entries = readdirSync(directory)
  } catch {
    return
  }
  for (const entry of entries) {
    if (entry === 'node_modules') continue
    const full = path.join(directory, entry)
    const stats = statSync(full)
    if (stats.isDirectory()) walk(full, files)
    else if (sourceFile.test(entry) && !skipped.test(full) && stats.size < 1_000_000) files.push(full)
  }
}
