import { existsSync } from 'node:fs'
import { open, readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import ignore, { type Ignore } from 'ignore'
import { javascriptExtensions, typescriptExtensions } from './eslint-config.js'
import { UsageError } from './errors.js'

/** Directories that hold dependencies, build output or tool caches, skipped at any depth. */
export const skippedDirectories: ReadonlySet<string> = new Set([
  'node_modules',
  'bower_components',
  'jspm_packages',
  '.git',
  '.hg',
  '.svn',
  '.yarn',
  '.pnpm-store',
  'dist',
  'build',
  'out',
  'coverage',
  '.next',
  '.nuxt',
  '.output',
  '.svelte-kit',
  '.turbo',
  '.vercel',
  '.netlify',
  '.angular',
  '.docusaurus',
  '.cache',
  '.parcel-cache',
  'storybook-static',
])

const auditedExtensions: ReadonlySet<string> = new Set([...javascriptExtensions, ...typescriptExtensions])

/** `x.min.js`, `x-min.js`: minified by name. */
const minifiedName = /[.-]min\.[cm]?jsx?$/iu
/** Type declarations hold no calls. */
const declarationName = /\.d\.[cm]?ts$/iu

/** Files larger than this are sampled to tell minified code from source. */
const minifiedSampleThreshold = 16 * 1024
const minifiedSampleBytes = 64 * 1024
/** Source code averages 30 to 40 characters a line; minified code has a few very long lines. */
const minifiedAverageLineLength = 250

export interface FileList {
  /** Absolute paths, sorted. */
  readonly files: string[]
  /** Files left out because they look minified. */
  readonly minified: number
}

/** The nearest directory at or above `start` that holds `.git`, or undefined. */
export function findRepositoryRoot(start: string): string | undefined {
  let directory = path.resolve(start)
  for (;;) {
    if (existsSync(path.join(directory, '.git'))) return directory
    const parent = path.dirname(directory)
    if (parent === directory) return undefined
    directory = parent
  }
}

/** The deepest directory that holds every path. */
export function commonDirectory(paths: readonly string[]): string {
  let common = path.resolve(paths[0] ?? '.')
  for (const entry of paths.slice(1)) {
    while (!isInside(path.resolve(entry), common)) common = path.dirname(common)
  }
  return common
}

export function toPosix(relativePath: string): string {
  return relativePath.split(path.sep).join('/')
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

/** The `.gitignore` files that apply to a tree, read once per directory. */
class GitIgnores {
  readonly #cache = new Map<string, Promise<Ignore | undefined>>()

  constructor(readonly root: string) {}

  #load(directory: string): Promise<Ignore | undefined> {
    let loaded = this.#cache.get(directory)
    if (!loaded) {
      loaded = (async () => {
        const sources = [path.join(directory, '.gitignore')]
        if (directory === this.root) sources.push(path.join(directory, '.git', 'info', 'exclude'))
        let rules: Ignore | undefined
        for (const source of sources) {
          const text = await readFile(source, 'utf8').catch(() => undefined)
          if (text !== undefined) rules = (rules ?? ignore()).add(text)
        }
        return rules
      })()
      this.#cache.set(directory, loaded)
    }
    return loaded
  }

  /**
   * Whether git ignores `target`: every `.gitignore` from the root down to the target's parent is
   * consulted, a deeper file overriding a shallower one, as git does.
   */
  async ignores(target: string, isDirectory: boolean): Promise<boolean> {
    if (target === this.root || !isInside(target, this.root)) return false
    const directories: string[] = []
    for (let directory = path.dirname(target); ; directory = path.dirname(directory)) {
      directories.unshift(directory)
      if (directory === this.root || path.dirname(directory) === directory) break
    }
    let ignored = false
    for (const directory of directories) {
      const rules = await this.#load(directory)
      if (!rules) continue
      const relative = toPosix(path.relative(directory, target)) + (isDirectory ? '/' : '')
      const verdict = rules.test(relative)
      if (verdict.ignored) ignored = true
      else if (verdict.unignored) ignored = false
    }
    return ignored
  }
}

async function looksMinified(file: string): Promise<boolean> {
  if (minifiedName.test(file)) return true
  if (!/\.[cm]?jsx?$/iu.test(file)) return false
  const { size } = await stat(file)
  if (size < minifiedSampleThreshold) return false
  const handle = await open(file, 'r')
  try {
    const buffer = Buffer.alloc(Math.min(size, minifiedSampleBytes))
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
    let lines = 1
    for (let index = 0; index < bytesRead; index++) if (buffer[index] === 0x0a) lines++
    return bytesRead / lines > minifiedAverageLineLength
  } finally {
    await handle.close()
  }
}

function isAudited(file: string): boolean {
  return auditedExtensions.has(path.extname(file).toLowerCase()) && !declarationName.test(file)
}

/**
 * The JS and TS files under `inputs` (files or directories, relative to `cwd`): `.gitignore`d files,
 * dependency and build directories, type declarations and minified files are left out. A file named
 * on the command line is audited even when ignored.
 */
export async function collectFiles(inputs: readonly string[], cwd: string): Promise<FileList> {
  const found = new Set<string>()
  let minified = 0

  const consider = async (file: string): Promise<void> => {
    if (!isAudited(file)) return
    if (await looksMinified(file)) {
      minified++
      return
    }
    found.add(file)
  }

  const walk = async (directory: string, gitIgnores: GitIgnores): Promise<void> => {
    const entries = await readdir(directory, { withFileTypes: true })
    const subdirectories: string[] = []
    for (const entry of entries) {
      const entryPath = path.join(directory, entry.name)
      if (entry.isDirectory()) {
        if (skippedDirectories.has(entry.name)) continue
        if (!(await gitIgnores.ignores(entryPath, true))) subdirectories.push(entryPath)
      } else if (entry.isFile() && isAudited(entryPath)) {
        if (!(await gitIgnores.ignores(entryPath, false))) await consider(entryPath)
      }
      // Symbolic links are not followed, as git stores them as links.
    }
    for (const subdirectory of subdirectories) await walk(subdirectory, gitIgnores)
  }

  for (const input of inputs) {
    const target = path.resolve(cwd, input)
    const info = await stat(target).catch(() => undefined)
    if (!info) throw new UsageError(`no such file or directory: ${input}`)
    // ESLint never lints dependencies, even when named.
    if (target.split(path.sep).includes('node_modules')) continue
    if (info.isFile()) {
      if (!isAudited(target)) {
        throw new UsageError(`${input} is not a JavaScript or TypeScript file (${[...auditedExtensions].join(', ')})`)
      }
      found.add(target)
      continue
    }
    const root = findRepositoryRoot(target) ?? (isInside(target, cwd) ? cwd : target)
    await walk(target, new GitIgnores(root))
  }

  return { files: [...found].sort(), minified }
}

export interface Shard {
  /** 1-based. */
  readonly index: number
  readonly count: number
}

/** FNV-1a, 32 bits: a fixed, platform-independent hash. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

/**
 * The files of one shard. Each file goes to the shard picked by a hash of its path relative to
 * `root`, so the split is the same on every machine, and adding or removing a file moves no other.
 */
export function selectShard(files: readonly string[], root: string, shard: Shard | undefined): string[] {
  if (!shard) return [...files]
  return files.filter((file) => (fnv1a(toPosix(path.relative(root, file))) % shard.count) + 1 === shard.index)
}
