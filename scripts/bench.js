#!/usr/bin/env node
// npm run bench: how much eslint-plugin-jwt-guard adds to ESLint on a large real corpus.
// Every measurement runs in a fresh process (scripts/bench-child.js), and the configurations
// alternate run by run, so that heap state, compiled code and the machine's load drift fall on
// all of them alike. Reports medians and spreads, the plugin's overhead, per-rule cost from
// ESLint's stats, the speed-up of --concurrency and whether its findings equal the
// single-threaded ones, and writes docs/performance.md.
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'
import { benchConfigs, peerRules } from './bench-config.js'
import { corpusFiles, corpusPackages } from './corpus.js'

const runs = Number(process.env.BENCH_RUNS ?? 5)
const statsRuns = Number(process.env.BENCH_STATS_RUNS ?? 5)
const files = corpusFiles()
const tsFiles = files.filter((file) => /\.tsx?$/u.test(file)).length
const configs = await benchConfigs()
/** `name:plain` is configuration `name` with ESLint's rule contexts made plain copies (scripts/plain-rule-contexts.js). */
const plain = ':plain'
const timedConfigs = ['parseOnly', 'oneEmptyRule', 'withPlugin', ...(configs.peer ? ['peer'] : []), `oneEmptyRule${plain}`, `withPlugin${plain}`]
const child = fileURLToPath(new URL('./bench-child.js', import.meta.url))

function measure(names, mode) {
  const variant = names.endsWith(plain) ? ['plain-contexts'] : []
  const output = execFileSync(process.execPath, [child, names.replace(plain, ''), mode, ...variant], {
    encoding: 'utf8',
    maxBuffer: 256 * 2 ** 20,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return JSON.parse(output)
}

const sum = (values) => values.reduce((total, value) => total + value, 0)
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`

console.log(`Corpus: ${files.length} files (${tsFiles} TypeScript) from ${corpusPackages.length} packages; ${runs} runs of ${timedConfigs.join(', ')}.`)
const times = Object.fromEntries(timedConfigs.map((name) => [name, []]))
const gcTimes = Object.fromEntries(timedConfigs.map((name) => [name, []]))
const findings = {}
const fingerprints = {}
let pluginFingerprint
for (let run = 0; run < runs; run++) {
  // Rotate the order too, so that each configuration takes every position in the run in turn.
  const order = timedConfigs.map((_, index) => timedConfigs[(index + run) % timedConfigs.length])
  for (const name of order) {
    const result = measure(name, 'time')
    times[name].push(result.ms)
    gcTimes[name].push(result.gcMs)
    findings[name] = result.findings
    findings.parseErrors = result.parseErrors
    fingerprints[name] = result.fingerprint
    if (name === 'withPlugin') pluginFingerprint = result.fingerprint
  }
  console.log(`run ${run + 1}: ${timedConfigs.map((name) => `${name} ${times[name].at(-1).toFixed(0)} ms`).join(', ')}`)
}
const medians = Object.fromEntries(timedConfigs.map((name) => [name, median(times[name])]))
const gcMedian = (name) => seconds(median(gcTimes[name]))
const spread = (name) => `${(Math.min(...times[name]) / 1000).toFixed(2)}–${(Math.max(...times[name]) / 1000).toFixed(2)} s`
const parse = medians.parseOnly
/** Whole-corpus differences, run by run: each run lints with every configuration back to back. */
const pairedRange = (a, b) => {
  const differences = times[a].map((ms, run) => ms - times[b][run])
  return `${seconds(Math.min(...differences))} to ${seconds(Math.max(...differences))}`
}

// The same configurations file by file, in turn: what each adds, told apart from the machine's noise.
console.log('Interleaved file-by-file lint…')
const fileMs = measure(timedConfigs.filter((name) => !name.endsWith(plain)).join(','), 'interleaved')
const interleavedParse = sum(fileMs.parseOnly.map(sum)) / fileMs.parseOnly.length

/**
 * How much longer configuration `a` takes than `b` over the corpus, file by file: the mean over
 * passes of the summed per-file differences, with the half-width of a 95 % interval. A file's
 * difference varies between passes only by noise; the interval comes from that variation.
 */
function difference(a, b, measured = fileMs) {
  const perPass = measured[a].map((times, pass) => times.map((ms, file) => ms - measured[b][pass][file]))
  const count = perPass[0].length
  const fileMeans = perPass[0].map((_, file) => sum(perPass.map((differences) => differences[file])) / perPass.length)
  const squares = sum(perPass.flatMap((differences) => differences.map((value, file) => (value - fileMeans[file]) ** 2)))
  const variance = squares / (count * (perPass.length - 1))
  return { ms: sum(fileMeans), halfWidth: 1.96 * Math.sqrt((count * variance) / perPass.length) }
}
const pluginOverParse = difference('withPlugin', 'parseOnly')
const pluginOverRule = difference('withPlugin', 'oneEmptyRule')
const eslintRuleCost = difference('oneEmptyRule', 'parseOnly')
const peerOverRule = configs.peer ? difference('peer', 'oneEmptyRule') : undefined
const share = (ms, whole) => `${((ms / whole) * 100).toFixed(1)} %`
const interval = ({ ms, halfWidth }, whole = interleavedParse) =>
  `${seconds(ms)} ± ${(halfWidth / 1000).toFixed(2)} s, ${share(ms, whole)} (95 % interval ${share(ms - halfWidth, whole)} to ${share(ms + halfWidth, whole)})`

// The same, in a process where ESLint's rule contexts are plain copies of the file context.
console.log('Interleaved file-by-file lint with plain rule contexts…')
const plainFileMs = measure(`parseOnly,oneEmptyRule,withPlugin${plain}`, 'interleaved')
const plainParse = sum(plainFileMs.parseOnly.map(sum)) / plainFileMs.parseOnly.length
const plainRuleCost = difference('oneEmptyRule', 'parseOnly', plainFileMs)
const plainPluginOverParse = difference('withPlugin', 'parseOnly', plainFileMs)

// Per rule: ESLint's own timing of each rule on each file (create() and listeners), median over runs.
const statsResults = Array.from({ length: statsRuns }, () => measure('withPlugin', 'stats'))
const ruleIds = Object.keys(statsResults[0].rules)
const rulesMs = (result) => Object.values(result.rules).reduce((sum, ms) => sum + ms, 0)
/**
 * A rule's time as a share of the rest of the same run's lint time (all but the plugin's rules). Both
 * come from one process, so a slower or faster machine in that run changes both alike; against
 * the parse-only median, measured in other processes at other times, they would not cancel out.
 */
const shareOfRun = (ms, result) => ms / (result.ms - rulesMs(result))
const perRule = ruleIds
  .map((ruleId) => ({
    ruleId,
    ms: median(statsResults.map((result) => result.rules[ruleId] ?? 0)),
    share: median(statsResults.map((result) => shareOfRun(result.rules[ruleId] ?? 0, result))),
  }))
  .sort((a, b) => b.share - a.share)
const ruleTotal = median(statsResults.map(rulesMs))
const ruleTotalShare = median(statsResults.map((result) => shareOfRun(rulesMs(result), result)))
const restMedian = median(statsResults.map((result) => result.ms - rulesMs(result)))
const byKind = Object.fromEntries(
  Object.keys(statsResults[0].byKind).map((kind) => [kind, { files: statsResults[0].byKind[kind].files, ms: median(statsResults.map((result) => result.byKind[kind].ms)) }]),
)
const worstRule = perRule[0]
/** A rule's share against the parse-only median as well: the verdict takes the larger of the two. */
const worstAgainstParse = Math.max(...perRule.map(({ ms }) => ms / parse))
// What ESLint's stats give the same number of rules that return no listener, per file: the floor.
const floorRun = measure('listenerlessRules', 'stats')
const floorPerFile = Object.values(floorRun.rules).reduce((sum, ms) => sum + ms, 0) / files.length

// ESLint's multithreaded linting on this machine's cores, against the single-threaded median.
const concurrentRuns = Array.from({ length: Math.min(runs, 3) }, () => measure('withPlugin', 'concurrent'))
const concurrentMedian = median(concurrentRuns.map((result) => result.ms))
const identical = concurrentRuns.every((result) => result.fingerprint === pluginFingerprint)

const verdict = (ok) => (ok ? 'within target' : 'over target')
/**
 * The parse-only time a file-by-file share is judged against: the smaller of the file-by-file time,
 * which includes ESLint's cost of one `lintFiles` call per file that `eslint .` pays once, and the
 * whole-corpus median, which comes from other processes. The smaller time gives the larger share.
 */
const judgedParse = Math.min(interleavedParse, parse)
/** Within the 5 % target with the whole interval, with the estimate only, or not. */
const targetVerdict = ({ ms, halfWidth }, whole) => {
  if (ms + halfWidth <= whole * 0.05) return 'within target'
  return ms <= whole * 0.05 ? 'the estimate is within target, the top of its interval is not' : 'over target'
}
const cpus = os.cpus()
const lines = [
  '# Performance',
  '',
  '<!-- Written by `npm run bench` (scripts/bench.js); do not edit by hand. -->',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus[0]?.model.trim() ?? 'unknown CPU'} (${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB), Node ${process.version}, ESLint ${ESLint.version}, ${os.platform()} ${os.release()}.`,
  '',
  `Corpus: ${files.length} files (${tsFiles} TypeScript, ${files.length - tsFiles} JavaScript, CommonJS and ESM) shipped by ${corpusPackages.map((name) => `\`${name}\``).join(', ')}, installed as devDependencies. ${findings.parseErrors} files do not parse; they cost parse time only.`,
  '',
  `Two measurements, each in fresh Node processes that first lint a quarter of the corpus with every configuration to warm up:`,
  '',
  `- **Whole corpus**, as \`eslint .\` lints it: one lint of all files per process, ${runs} runs, the configurations taking turns in a rotating order. The table shows the median and the spread of the runs. On this shared machine, runs of one configuration differ by several percent from process to process, and each run charges a configuration with all the garbage collection it causes, so these medians can differ from the file-by-file figures below by several percent either way.`,
  `- **File by file**: one process lints every file with every configuration in turn (rotating which goes first), ${fileMs.parseOnly.length} times over. Slow drifts of the machine then fall on all configurations alike, and a file's difference between two configurations varies from one pass to the next only by noise. What a configuration adds is the sum of its per-file differences (mean of the passes), given with a 95 % interval computed from that variation, as a share of the file-by-file parse-only time (${seconds(interleavedParse)}). That time includes ESLint's cost of starting one \`lintFiles\` call per file, which \`eslint .\` pays once, so the plugin's addition is also given as a share of the whole-corpus parse-only median (${seconds(parse)}), and the verdict takes the larger of the two shares. Garbage collection, too, falls on whichever configuration runs when it starts, so a configuration that makes more garbage than the others is charged only part of its collections here; the whole-corpus runs charge them in full, with their noise.`,
  '',
  '## Whole plugin',
  '',
  '| Configuration | Median | Spread | GC pauses (median) | Findings |',
  '| :-- | --: | --: | --: | --: |',
  `| ESLint, no rules (parse only) | ${seconds(parse)} | ${spread('parseOnly')} | ${gcMedian('parseOnly')} | |`,
  `| ESLint with one rule that does nothing | ${seconds(medians.oneEmptyRule)} | ${spread('oneEmptyRule')} | ${gcMedian('oneEmptyRule')} | |`,
  `| ESLint with \`jwt-guard\` \`configs.all\` (${perRule.length} rules) | ${seconds(medians.withPlugin)} | ${spread('withPlugin')} | ${gcMedian('withPlugin')} | ${findings.withPlugin} |`,
  ...(configs.peer
    ? [
        `| ESLint with the JWT rules of \`${peerRules.plugin}\` (${peerRules.rules.map((rule) => `\`${rule}\``).join(', ')}), for reference | ${seconds(medians.peer)} | ${spread('peer')} | ${gcMedian('peer')} | ${findings.peer} |`,
      ]
    : []),
  '',
  `- **Time the plugin adds to parse-only lint time, file by file: ${interval(pluginOverParse)}; of the whole-corpus parse-only median, ${share(pluginOverParse.ms, parse)} (95 % interval ${share(pluginOverParse.ms - pluginOverParse.halfWidth, parse)} to ${share(pluginOverParse.ms + pluginOverParse.halfWidth, parse)})** (target ≤ 5 %, the larger share: ${targetVerdict(pluginOverParse, judgedParse)}).`,
  `- Whole corpus: the median with the plugin is ${seconds(medians.withPlugin - parse)} (${share(medians.withPlugin - parse, parse)}) above the parse-only median (target ≤ 5 %: ${verdict(medians.withPlugin - parse <= parse * 0.05)}); run by run the difference went from ${pairedRange('withPlugin', 'parseOnly')}.${configs.peer ? ` For the peer plugin's two rules: ${seconds(medians.peer - parse)} (${share(medians.peer - parse, parse)}).` : ''}`,
  `- ESLint's own cost of running a rule at all (one rule that does nothing), file by file: ${interval(eslintRuleCost)}. Over that, the plugin adds ${interval(pluginOverRule)}. (Whole corpus: ${seconds(medians.oneEmptyRule - parse)} and ${seconds(medians.withPlugin - medians.oneEmptyRule)}.) See below for a diagnostic of that cost.`,
  `- Its rules' own time, from ESLint's stats: ${seconds(ruleTotal)}, ${(ruleTotalShare * 100).toFixed(1)} % of the rest of the same run's lint time (median of ${statsRuns} runs; see Per rule). Stats charge a rule with any garbage collection that pauses it, whatever allocated the garbage.`,
  ...(peerOverRule ? [`- The peer plugin's JWT rules add ${interval(peerOverRule)} over the one-empty-rule configuration, file by file.`] : []),
  '',
  "## ESLint's rule contexts: a diagnostic",
  '',
  `ESLint gives every rule a context object whose prototype is a new object made for each file (\`FileContext#extend\` in \`eslint/lib/linter/file-context.js\` returns \`Object.create(fileContext)\` with the rule's own properties). In development experiments (one process alternating configurations over the corpus files without JWT or token text), one rule that does nothing made linting markedly slower than no rules, nearly all of it in young-generation garbage collection, and the difference went away when that one function returned a plain copy of the file context instead. A likely reason: V8 keeps the per-file prototype reachable from the context objects' hidden class, which lives in the old generation, so after a file is linted its source code object, AST, tokens and scopes do not die young but are promoted and freed only by a full collection. Whatever its cause, it would come with running any rule, whatever the rule does.`,
  '',
  `The plugin keeps its own per-file values (the shared analysis, token facts, the calls that wrap key material) for the file being linted only (\`src/core/memo.ts\`), not in module-level \`WeakMap\`s keyed by the file's AST, because those had the same kind of effect: V8's young-generation collector treats the values of a \`WeakMap\` in the old generation as reachable whatever their key, and these values reach the file's source code and AST. In development experiments with plain rule contexts, over the corpus files with token-like text, the \`WeakMap\`s made the plugin promote 16 % more bytes to the old generation than the one-file cache (about 0.1–0.2 s more GC pauses per lint of those files), and the one-file cache promotes about as much as one empty rule. With stock ESLint the two do not differ, since its rule contexts keep every file's tree alive anyway.`,
  '',
  `The benchmark measures the same change, in its own processes only (\`scripts/plain-rule-contexts.js\`; ESLint's files are not changed). On this machine these figures are too noisy to confirm or rule out that effect; they are given as measured:`,
  '',
  '| Configuration, rule contexts as plain copies | Median | Spread | GC pauses (median) | Findings |',
  '| :-- | --: | --: | --: | --: |',
  `| ESLint with one rule that does nothing | ${seconds(medians[`oneEmptyRule${plain}`])} | ${spread(`oneEmptyRule${plain}`)} | ${gcMedian(`oneEmptyRule${plain}`)} | |`,
  `| ESLint with \`jwt-guard\` \`configs.all\` | ${seconds(medians[`withPlugin${plain}`])} | ${spread(`withPlugin${plain}`)} | ${gcMedian(`withPlugin${plain}`)} | ${findings[`withPlugin${plain}`]} (${fingerprints[`withPlugin${plain}`] === pluginFingerprint ? 'the same findings as with stock ESLint' : 'DIFFERENT findings from stock ESLint'}) |`,
  '',
  `- File by file, in a process with plain rule contexts (parse-only ${seconds(plainParse)}): one rule that does nothing costs ${interval(plainRuleCost, plainParse)}, and the plugin adds ${interval(plainPluginOverParse, plainParse)} to parse-only lint time (against the 5 % target: ${targetVerdict(plainPluginOverParse, plainParse)}).`,
  `- Whole corpus, one rule that does nothing is ${seconds(medians.oneEmptyRule - parse)} over the parse-only median with stock ESLint and ${seconds(medians[`oneEmptyRule${plain}`] - parse)} with plain rule contexts; its median GC pauses, ${seconds(median(gcTimes.oneEmptyRule) - median(gcTimes.parseOnly))} and ${seconds(median(gcTimes[`oneEmptyRule${plain}`]) - median(gcTimes.parseOnly))} over parse-only's. GC pauses are those Node reports for the main thread; incremental and concurrent marking between pauses is not in them.`,
  '',
  '## Per rule',
  '',
  `From ESLint's \`stats\`: the time each rule took (its \`create()\` and its listeners), summed over all files, median of ${statsRuns} runs. Its share is of the rest of the same run's lint time, everything but the plugin's rules (median ${seconds(restMedian)}; the whole-corpus parse-only median above is ${seconds(parse)}), so that the machine's speed during a run, which varies by several percent between processes here, falls on both parts of the ratio alike. Stats time each listener call, which adds to rules that listen to frequent node types. Target: no rule above 1 %.`,
  '',
  '| Rule | Time | Share |',
  '| :-- | --: | --: |',
  ...perRule.map(({ ruleId, ms, share }) => `| \`${ruleId}\` | ${ms.toFixed(1)} ms | ${(share * 100).toFixed(2)} % |`),
  '',
  `Worst rule: \`${worstRule?.ruleId}\` at ${(worstRule.share * 100).toFixed(2)} % of the rest of its run; the largest time against the whole-corpus parse-only median is ${(worstAgainstParse * 100).toFixed(2)} % (target ≤ 1 %, the larger of the two: ${verdict(Math.max(worstRule.share, worstAgainstParse) <= 0.01)}).`,
  '',
  'The per-file analysis that all rules read (reference resolution, option evaluation, token provenance) runs once per file, inside whichever rule asks for it first, so that rule carries the shared pass for the others: ESLint runs the rules in configuration order.',
  '',
  '| Files | Count | All rules | Per file |',
  '| :-- | --: | --: | --: |',
  ...[
    ['that import or require a JWT library', byKind.jwt],
    ['with token-like text but no JWT library', byKind.token],
    ['with neither', byKind.neither],
  ].map(([label, { files: count, ms }]) => `| ${label} | ${count} | ${ms.toFixed(0)} ms | ${count ? ((ms / count) * 1000).toFixed(0) : 0} µs |`),
  '',
  `On a file with neither, the rules return no listener from \`create()\` after text checks made once per file and shared: for the name of a JWT module and for token-like words. no-token-in-web-storage also looks for the names of web storage, and the two rules that find hand-rolled \`JSON.parse(atob(token.split('.')[1]))\` decodes for \`split\` and \`atob\` or \`Buffer\`. For comparison, ESLint's stats give ${perRule.length} rules whose \`create()\` returns no listener at all ${(floorPerFile * 1000).toFixed(0)} µs per file: what calling and timing that many \`create()\` functions costs.`,
  '',
  '## Concurrency',
  '',
  '| Mode | Median |',
  '| :-- | --: |',
  `| single thread | ${seconds(medians.withPlugin)} |`,
  `| \`concurrency: 'auto'\` (${concurrentRuns.length} runs) | ${seconds(concurrentMedian)} |`,
  `| speed-up | ${(medians.withPlugin / concurrentMedian).toFixed(2)}× |`,
  '',
  `Findings of the concurrent and the single-threaded runs are ${identical ? 'identical' : 'DIFFERENT'}.`,
  '',
]
writeFileSync(new URL('../docs/performance.md', import.meta.url), lines.join('\n'))
console.log(lines.join('\n'))
if (!identical) process.exitCode = 1
