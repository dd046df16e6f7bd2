#!/usr/bin/env node
// One measurement of the benchmark, in a fresh process so that no run inherits another's heap
// or compiled code: `node scripts/bench-child.js <config> <time|stats|concurrent>`.
// Lints a quarter of the corpus to warm up, then the whole corpus, and prints JSON.
import { readFileSync } from 'node:fs'
import { ESLint } from 'eslint'
import { benchConfigs, corpusOptions } from './bench-config.js'
import { corpusFiles } from './corpus.js'
import { mentionsJwtModule } from '../dist/core/analysis.js'
import { tokenTextHints } from '../dist/model/tokens.js'

const [name, mode = 'time'] = process.argv.slice(2)
const config = (await benchConfigs())[name]
if (!config) throw new Error(`No benchmark configuration named ${name}`)
const files = corpusFiles()

async function createEslint(extra) {
  return mode === 'concurrent'
    ? ESLint.fromOptionsModule(new URL('./bench-concurrent-options.js', import.meta.url))
    : new ESLint(corpusOptions(config, extra))
}

await (await createEslint()).lintFiles(files.filter((_, index) => index % 4 === 0))
const eslint = await createEslint(mode === 'stats' ? { stats: true } : {})
const cpuBefore = process.cpuUsage()
const start = performance.now()
const results = await eslint.lintFiles(files)
const ms = performance.now() - start
const cpu = process.cpuUsage(cpuBefore)

const output = { ms, cpuMs: (cpu.user + cpu.system) / 1000 }
const messages = results.flatMap((result) => result.messages.map((message) => ({ filePath: result.filePath, ...message })))
// Findings of the measured rules only, not ESLint's notes on inline comments that name rules not configured here.
output.findings = messages.filter((message) => /^(?:jwt-guard|sonarjs)\//u.test(message.ruleId ?? '')).length
output.parseErrors = messages.filter((message) => message.fatal).length
output.fingerprint = messages
  .map((message) => [message.filePath, message.ruleId, message.line, message.column, message.message].join('\u0000'))
  .sort()
  .join('\n')

if (mode === 'stats') {
  // Per rule, and split by what the file mentions: a JWT module, only token-like text, or neither.
  output.rules = {}
  output.byKind = { jwt: { files: 0, ms: 0 }, token: { files: 0, ms: 0 }, neither: { files: 0, ms: 0 } }
  for (const result of results) {
    const text = readFileSync(result.filePath, 'utf8')
    const kind = mentionsJwtModule(text) ? 'jwt' : tokenTextHints.test(text) ? 'token' : 'neither'
    output.byKind[kind].files++
    for (const pass of result.stats?.times?.passes ?? []) {
      for (const [ruleId, timing] of Object.entries(pass.rules ?? {})) {
        output.rules[ruleId] = (output.rules[ruleId] ?? 0) + timing.total
        output.byKind[kind].ms += timing.total
      }
    }
  }
}
process.stdout.write(JSON.stringify(output))
