// A diagnostic for the benchmark only: makes ESLint, in this process, give each rule a context that
// is a plain copy of the file's context, instead of an object whose prototype is that per-file object
// (`FileContext#extend`, eslint/lib/linter/file-context.js). ESLint's files are not changed.
//
// Why: in one process alternating configurations over the 4,823 corpus files without JWT or token
// text (ESLint 10.15, Node 20, 2 cores), one rule whose create() returns {} took 0.6–2.8 s longer
// than no rules on about 9 s, with about 1.5 s more scavenge time and nearly twice the full collections
// (--trace-gc); with this replacement the difference was −1.3 to +0.5 s, with equal GC time.
import { createRequire } from 'node:module'
import path from 'node:path'

export function usePlainRuleContexts() {
  const require = createRequire(import.meta.url)
  const fileContextModule = path.join(path.dirname(require.resolve('eslint')), 'linter', 'file-context.js')
  const { FileContext } = require(fileContextModule)
  if (typeof FileContext?.prototype?.extend !== 'function') {
    throw new Error(`${fileContextModule} no longer defines FileContext#extend; the plain-context diagnostic needs updating`)
  }
  FileContext.prototype.extend = function extend(extension) {
    const { cwd, filename, physicalFilename, sourceCode, languageOptions, settings } = this
    return Object.freeze({ cwd, filename, physicalFilename, sourceCode, languageOptions, settings, ...extension })
  }
}
