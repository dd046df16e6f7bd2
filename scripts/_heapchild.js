import { Session } from 'node:inspector/promises'
import { writeFileSync } from 'node:fs'
import { ESLint } from 'eslint'
import { benchConfigs, corpusOptions } from './bench-config.js'
import { corpusFiles } from './corpus.js'
const name = process.argv[2]
const config = (await benchConfigs())[name]
const files = corpusFiles()
await new ESLint(corpusOptions(config)).lintFiles(files.filter((_, i) => i % 4 === 0))
const session = new Session(); session.connect()
await session.post('HeapProfiler.enable')
await session.post('HeapProfiler.startSampling', { samplingInterval: 16384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true })
await new ESLint(corpusOptions(config)).lintFiles(files)
const { profile } = await session.post('HeapProfiler.stopSampling')
// aggregate self size by function and by group, and inclusive for dist functions
const self = new Map(), group = new Map(), incl = new Map()
function walk(node, stack) {
  const f = node.callFrame; const url = f.url.replace(/.*node_modules\//, '').replace(/.*\/main\//, '')
  const key = `${f.functionName || '(anon)'} ${url}:${f.lineNumber}`
  const size = node.selfSize
  self.set(key, (self.get(key) ?? 0) + size)
  const g = url.startsWith('dist/') ? 'dist' : url.split('/')[0].startsWith('@') ? url.split('/').slice(0, 2).join('/') : url.split('/')[0] || f.functionName
  group.set(g, (group.get(g) ?? 0) + size)
  const next = url.startsWith('dist/') && !stack.includes(key) ? [...stack, key] : stack
  for (const k of next) incl.set(k, (incl.get(k) ?? 0) + size)
  for (const c of node.children) walk(c, next)
}
walk(profile.head, [])
const mb = (b) => (b / 2 ** 20).toFixed(0).padStart(6)
console.log('groups'); for (const [k, v] of [...group].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(mb(v), k)
console.log('dist inclusive'); for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(mb(v), k)
const callers = new Map()
function walk2(node, parent) {
  if ((node.callFrame.functionName === 'assign' || node.callFrame.functionName === 'set') && parent) {
    const f = parent.callFrame; const key = `${node.callFrame.functionName} <- ${f.functionName} ${f.url.replace(/.*node_modules\//, '')}:${f.lineNumber}`
    let total = 0; (function sum(n) { total += n.selfSize; n.children.forEach(sum) })(node)
    callers.set(key, (callers.get(key) ?? 0) + total)
  }
  for (const c of node.children) walk2(c, node)
}
walk2(profile.head)
for (const [k, v] of [...callers].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(mb(v), k)
const ecallers = new Map()
function walk3(node) {
  const url = node.callFrame.url
  if (url.includes('node_modules/eslint/')) { const key = `${node.callFrame.functionName} ${url.replace(/.*node_modules\//, '')}:${node.callFrame.lineNumber}`; ecallers.set(key, (ecallers.get(key) ?? 0) + node.selfSize) }
  node.children.forEach(walk3)
}
walk3(profile.head)
for (const [k, v] of [...ecallers].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(mb(v), k)
