import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { repositoryRoot } from './helpers.js'
import {
  ciDirectory,
  expand,
  githubWorkflowErrors,
  githubWorkflows,
  type GitlabJob,
  gitlabPipeline,
  matrixCombinations,
  readGithubWorkflow,
  readGitlabPipeline,
} from './workflows.js'

const ciDoc = readFileSync(path.join(repositoryRoot, 'docs/ci.md'), 'utf8')

/** `<!-- examples/ci/... -->` followed by a fenced block: the block must be that file. */
function copiedBlocks(markdown: string): { file: string; content: string }[] {
  return [...markdown.matchAll(/<!-- (examples\/ci\/\S+) -->\n```ya?ml\n([\s\S]*?)```/gu)].map((match) => ({ file: match[1]!, content: match[2]! }))
}

const outputFile = (command: string): string | undefined => /--output-file (\S+)/u.exec(command)?.[1]

describe('docs/ci.md', () => {
  it('shows every example CI file, each copied exactly', () => {
    const blocks = copiedBlocks(ciDoc)
    expect(blocks.map((block) => block.file).sort()).toEqual(
      [...githubWorkflows, gitlabPipeline].map((file) => path.relative(repositoryRoot, file)).sort(),
    )
    for (const block of blocks) {
      const file = path.join(repositoryRoot, block.file)
      expect(existsSync(file), block.file).toBe(true)
      expect(block.content, block.file).toBe(readFileSync(file, 'utf8'))
    }
  })
})

describe('GitHub Actions workflows', () => {
  it.each(githubWorkflows.map((file) => [path.relative(ciDirectory, file), file]))('%s passes GitHub’s workflow parser', async (_name, file) => {
    expect(await githubWorkflowErrors(file)).toEqual([])
  })

  it('the parser rejects a broken workflow (the check is live)', async () => {
    const broken = path.join(repositoryRoot, 'tests/fixtures/ci/broken-workflow.yml')
    expect(await githubWorkflowErrors(broken)).toEqual([expect.stringMatching(/Unexpected value 'runn'/u)])
  })

  it.each(githubWorkflows.filter((file) => file.includes('jwt-guard')).map((file) => [path.relative(ciDirectory, file), file]))(
    '%s uploads the SARIF report that the jwt-guard step writes, even when the step fails',
    (_name, file) => {
      const workflow = readGithubWorkflow(file)
      expect(workflow.permissions).toEqual({ contents: 'read' })
      for (const job of Object.values(workflow.jobs)) {
        expect(job.permissions).toEqual({ contents: 'read', 'security-events': 'write' })
        const audit = job.steps.find((step) => step.run?.includes('npx jwt-guard'))!
        const upload = job.steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'))!
        expect(job.steps.indexOf(upload)).toBeGreaterThan(job.steps.indexOf(audit))
        expect(upload.if).toBe('${{ !cancelled() }}')
        expect(upload.with).not.toHaveProperty('category')
        const combinations = matrixCombinations(job)
        const uploaded = combinations.map((matrix) => expand(upload.with!.sarif_file!, matrix))
        expect(uploaded).toEqual(combinations.map((matrix) => outputFile(expand(audit.run!, matrix))))
        expect(new Set(uploaded).size).toBe(combinations.length)
        expect(audit.run).toMatch(/--format sarif/u)
      }
    },
  )

  it('the sharded workflow runs one job per shard, and each audits its shard of the same count', () => {
    const workflow = readGithubWorkflow(path.join(ciDirectory, 'github/jwt-guard-sharded.yml'))
    const job = workflow.jobs['jwt-guard']!
    const shards = job.strategy!.matrix!.shard!
    expect(shards).toEqual(shards.map((_, index) => index + 1))
    const audit = job.steps.find((step) => step.run?.includes('npx jwt-guard'))!
    expect(matrixCombinations(job).map((matrix) => /--shard (\S+)/u.exec(expand(audit.run!, matrix))![1])).toEqual(
      shards.map((shard) => `${String(shard)}/${shards.length}`),
    )
    const cache = job.steps.find((step) => step.uses?.startsWith('actions/cache@'))!
    expect(cache.with!.path).toBe('.jwt-guard-cache')
    expect(audit.run).toMatch(/--cache\b/u)
  })
})

describe('GitLab CI', () => {
  it('defines a jwt-guard job that keeps the SARIF report it writes, even when the job fails', () => {
    const pipeline = readGitlabPipeline(gitlabPipeline)
    const job = pipeline['jwt-guard'] as GitlabJob
    expect(pipeline.stages).toContain(job.stage)
    expect(job.image).toMatch(/^node:\d+/u)
    const audit = job.script.find((command) => command.startsWith('npx jwt-guard'))!
    expect(job.artifacts).toEqual({ when: 'always', paths: [outputFile(audit)] })
    expect(job.cache!.paths).toContain('.jwt-guard-cache')
    expect(Object.keys(pipeline).sort()).toEqual(['jwt-guard', 'stages'])
    for (const key of Object.keys(job)) expect(['stage', 'image', 'cache', 'script', 'artifacts']).toContain(key)
  })
})
