import { readFileSync } from 'node:fs'
import { ESLint } from 'eslint'
import { benchConfigs, corpusOptions } from './bench-config.js'
import { corpusFiles } from './corpus.js'
import jwtGuard from '../dist/index.js'
const { parseOnly } = await benchConfigs()
const rules = process.argv[2].split(',')
const files = corpusFiles().filter((f) => /token|jwt|bearer|authoriz|headers|eyJ/iu.test(readFileSync(f, 'utf8')))
const config = [...parseOnly, { plugins: { 'jwt-guard': jwtGuard }, rules: Object.fromEntries(rules.map((r) => ['jwt-guard/' + r, 'error'])) }]
const totals = []
let findings = 0
for (let i = 0; i < 4; i++) {
  const results = await new ESLint(corpusOptions(config, { stats: true })).lintFiles(files)
  let t = 0; findings = 0
  for (const r of results) { findings += r.messages.filter((m) => m.ruleId?.startsWith('jwt-guard/')).length; for (const p of r.stats?.times?.passes ?? []) for (const v of Object.values(p.rules ?? {})) t += v.total }
  totals.push(t)
}
console.log(rules.join(','), 'min', Math.min(...totals.slice(1)).toFixed(0), 'ms', totals.map((t) => t.toFixed(0)).join(' '), 'findings', findings)
