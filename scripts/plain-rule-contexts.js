// A diagnostic for the benchmark only: makes ESLint, in this process, give each rule a context that
// is a plain copy of the file's context, instead of an object whose prototype is that per-file object
// (`FileContext#extend`, eslint/lib/linter/file-context.js). Comparing both shows how much of
// "ESLint's cost of running any rule" comes from that prototype chain. ESLint's files are not changed.
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
