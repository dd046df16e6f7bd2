// The ESLint options module (`ESLint.fromOptionsModule`) that each of ESLint's worker threads loads
// when jwt-guard runs with `--concurrency`: options with a parser, a plugin and a processor are not
// cloneable, so every thread rebuilds them from the settings in this module's URL.
import { BroadcastChannel } from 'node:worker_threads'
import { createESLintOptions, settingsFromURL } from './eslint-config.js'

const settings = settingsFromURL(new URL(import.meta.url))

let onFile: (() => void) | undefined
if (settings.progressChannel !== undefined) {
  const channel = new BroadcastChannel(settings.progressChannel)
  // Never keep a worker thread alive for the sake of progress reports.
  channel.unref()
  onFile = () => channel.postMessage(1)
}

export default await createESLintOptions(settings, onFile)
