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
await session.post('Profiler.enable'); await session.post('Profiler.start')
const start = performance.now()
await new ESLint(corpusOptions(config)).lintFiles(files)
console.log(name, (performance.now() - start).toFixed(0))
const { profile } = await session.post('Profiler.stop')
writeFileSync(`/tmp/exp/pc-${name}.cpuprofile`, JSON.stringify(profile))
