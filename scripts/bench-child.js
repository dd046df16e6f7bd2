#!/usr/bin/env node
// One measurement of the benchmark, in a fresh process so that no run inherits another's heap
// or compiled code. Prints JSON.
//
//   node scripts/bench-child.js <config> time          one lint of the whole corpus, as `eslint .` does it.
//   node scripts/bench-child.js <config,config,...> interleaved
//     Lints the corpus file by file, each file with every configuration in turn (in a rotating
//     order), five times, and gives each file's time per configuration and pass: the machine's drift
//     falls on all configurations alike, so differences between them can be told from noise.
//   node scripts/bench-child.js <config> stats        ESLint's per-rule stats over the corpus.
//   node scripts/bench-child.js withPlugin concurrent  one lint with `concurrency: 'auto'`.
//
// A third argument `plain-contexts` runs the mode with ESLint's rule contexts made plain copies of
// the file context (scripts/plain-rule-contexts.js), a diagnostic of what running any rule costs.
//
// Every mode first lints a quarter of the corpus with each configuration to warm up.
import { readFileSync } from 'node:fs'
import { PerformanceObserver } from 'node:perf_hooks'
import { ESLint } from 'eslint'
import { benchConfigs, corpusOptions } from './bench-config.js'
import { corpusFiles } from './corpus.js'
import { mentionsJwtModule } from '../dist/core/analysis.js'
import { tokenTextHints } from '../dist/model/tokens.js'
import { usePlainRuleContexts } from './plain-rule-contexts.js'

const [names, mode, variant] = process.argv.slice(2)
if (variant === 'plain-contexts') usePlainRuleContexts()
else if (variant !== undefined) throw new Error(`Unknown variant ${variant}: plain-contexts`)
const configs = await benchConfigs()
const files = corpusFiles()
const interleavedPasses = Number(process.env.BENCH_PASSES ?? 8)
if (!Number.isInteger(interleavedPasses) || interleavedPasses < 2) throw new Error(`BENCH_PASSES must be a whole number of at least 2, not ${process.env.BENCH_PASSES}`)

async function createEslint(name, extra) {
  if (!configs[name]) throw new Error(`No benchmark configuration named ${name}`)
  const eslint =
    mode === 'concurrent' ? await ESLint.fromOptionsModule(new URL('./bench-concurrent-options.js', import.meta.url)) : new ESLint(corpusOptions(configs[name], extra))
  await eslint.lintFiles(files.filter((_, index) => index % 4 === 0))
  return eslint
}

/** The messages of the measured rules only, not ESLint's notes on inline comments that name rules not configured here. */
function findings(results) {
  const messages = results.flatMap((result) => result.messages.map((message) => ({ filePath: result.filePath, ...message })))
  return {
    findings: messages.filter((message) => /^(?:jwt-guard|sonarjs)\//u.test(message.ruleId ?? '')).length,
    parseErrors: messages.filter((message) => message.fatal).length,
    fingerprint: messages
      .map((message) => [message.filePath, message.ruleId, message.line, message.column, message.message].join('\u0000'))
      .sort()
      .join('\n'),
  }
}

async function interleaved(list) {
  const eslints = {}
  for (const name of list) eslints[name] = await createEslint(name)
  const fileMs = Object.fromEntries(list.map((name) => [name, Array.from({ length: interleavedPasses }, () => [])]))
  for (let pass = 0; pass < interleavedPasses; pass++) {
    for (const [index, file] of files.entries()) {
      for (const name of list.map((_, turn) => list[(turn + index + pass) % list.length])) {
        const began = performance.now()
        await eslints[name].lintFiles([file])
        fileMs[name][pass].push(performance.now() - began)
      }
    }
  }
  return fileMs
}

/**
 * Garbage-collection pauses of the main thread, as Node reports them (start and duration, ms). Work
 * done between pauses (incremental marking steps, concurrent marking on helper threads) is not in them.
 */
const gcPauses = []
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcPauses.push({ start: entry.startTime, duration: entry.duration })
}).observe({ entryTypes: ['gc'] })
/** Node delivers GC entries after the fact: let them arrive. */
const gcSettled = () => new Promise((resolve) => setTimeout(resolve, 50))

async function timed(name, extra) {
  const eslint = await createEslint(name, extra)
  const began = performance.now()
  const results = await eslint.lintFiles(files)
  const ended = performance.now()
  await gcSettled()
  const gcMs = gcPauses.filter(({ start }) => start >= began && start < ended).reduce((total, { duration }) => total + duration, 0)
  return { ms: ended - began, gcMs, results }
}

/** Per rule, and split by what the file mentions: a JWT module, only token-like text, or neither. */
function ruleStats(results) {
  const rules = {}
  const byKind = { jwt: { files: 0, ms: 0 }, token: { files: 0, ms: 0 }, neither: { files: 0, ms: 0 } }
  for (const result of results) {
    const text = readFileSync(result.filePath, 'utf8')
    const kind = mentionsJwtModule(text) ? 'jwt' : tokenTextHints.test(text) ? 'token' : 'neither'
    byKind[kind].files++
    for (const pass of result.stats?.times?.passes ?? []) {
      for (const [ruleId, timing] of Object.entries(pass.rules ?? {})) {
        rules[ruleId] = (rules[ruleId] ?? 0) + timing.total
        byKind[kind].ms += timing.total
      }
    }
  }
  return { rules, byKind }
}

let output
if (mode === 'interleaved') {
  output = await interleaved(names.split(','))
} else if (mode === 'time') {
  const { ms, gcMs, results } = await timed(names)
  output = { ms, gcMs, ...findings(results) }
} else if (mode === 'stats') {
  const { ms, results } = await timed(names, { stats: true })
  output = { ms, ...findings(results), ...ruleStats(results) }
} else if (mode === 'concurrent') {
  const { ms, results } = await timed(names)
  output = { ms, ...findings(results) }
} else {
  throw new Error(`Unknown mode ${mode}: time, interleaved, stats or concurrent`)
}
process.stdout.write(JSON.stringify(output))
