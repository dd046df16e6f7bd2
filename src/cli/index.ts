#!/usr/bin/env node
// The `jwt-guard` command: audits a repository with the plugin's rules, through ESLint's Node API.
import { main } from './main.js'

// Process warnings (ESLint's advice on concurrency, for one) in one line, like the command's messages.
process.removeAllListeners('warning')
process.on('warning', (warning) => {
  const source = warning.name.startsWith('ESLint') ? 'ESLint: ' : ''
  process.stderr.write(`jwt-guard: ${source}${warning.message.split('\n')[0]}\n`)
})

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
})
