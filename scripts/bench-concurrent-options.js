// An ESLint options module: with `concurrency`, ESLint loads options in each worker from a module.
import { benchConfigs, corpusOptions } from './bench-config.js'

const { withPlugin } = await benchConfigs()
export default corpusOptions(withPlugin, { concurrency: 'auto' })
