// An ESLint options module: with `concurrency`, ESLint loads options in each worker from a module.
import { corpusOptions, withPlugin } from './bench-config.js'

export default corpusOptions(withPlugin, { concurrency: 'auto' })
