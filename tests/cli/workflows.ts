import { readdirSync, readFileSync } from 'node:fs'
import { register } from 'node:module'
import path from 'node:path'
import { parse } from 'yaml'
import { repositoryRoot } from './helpers.js'

export const ciDirectory = path.join(repositoryRoot, 'examples/ci')
export const githubWorkflows = readdirSync(path.join(ciDirectory, 'github'))
  .filter((name) => name.endsWith('.yml'))
  .map((name) => path.join(ciDirectory, 'github', name))
export const gitlabPipeline = path.join(ciDirectory, 'gitlab/.gitlab-ci.yml')

/** Errors from GitHub's workflow parser (the one behind the Actions extension for VS Code). */
let hooksRegistered = false

export async function githubWorkflowErrors(file: string): Promise<string[]> {
  // The parser imports its JSON schema the bundler way; teach Node to load it.
  if (!hooksRegistered) register(new URL('./json-import-hooks.mjs', import.meta.url))
  hooksRegistered = true
  const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } = await import('@actions/workflow-parser')
  const result = parseWorkflow({ name: path.basename(file), content: readFileSync(file, 'utf8') }, new NoOperationTraceWriter())
  const errors = result.context.errors.getErrors().map((error) => error.message)
  if (result.value) {
    const template = await convertWorkflowTemplate(result.context, result.value)
    errors.push(...(template.errors ?? []).map((error) => error.Message))
  }
  return [...new Set(errors)]
}

interface GithubStep {
  name?: string
  run?: string
  uses?: string
  if?: string
  with?: Record<string, string>
}
interface GithubJob {
  permissions?: Record<string, string>
  strategy?: { matrix?: Record<string, unknown[]> }
  steps: GithubStep[]
}
export interface GithubWorkflow {
  permissions?: Record<string, string>
  jobs: Record<string, GithubJob>
}

export function readGithubWorkflow(file: string): GithubWorkflow {
  return parse(readFileSync(file, 'utf8')) as GithubWorkflow
}

export interface GitlabJob {
  stage: string
  image: string
  script: string[]
  cache?: { key: string; paths: string[] }
  artifacts: { when: string; paths: string[] }
}

export function readGitlabPipeline(file: string): Record<string, unknown> & { stages: string[] } {
  return parse(readFileSync(file, 'utf8')) as Record<string, unknown> & { stages: string[] }
}

/** Replaces `${{ matrix.<key> }}`; any other expression is an error. */
export function expand(text: string, matrix: Readonly<Record<string, unknown>>): string {
  return text.replace(/\$\{\{\s*([^}]*?)\s*\}\}/gu, (expression, inner: string) => {
    const key = /^matrix\.([\w-]+)$/u.exec(inner)?.[1]
    if (key === undefined || !(key in matrix)) throw new Error(`Cannot expand ${expression}`)
    return String(matrix[key])
  })
}

/** Every combination of a job's matrix (one empty combination without a matrix). */
export function matrixCombinations(job: GithubJob): Record<string, unknown>[] {
  let combinations: Record<string, unknown>[] = [{}]
  for (const [key, values] of Object.entries(job.strategy?.matrix ?? {})) {
    combinations = combinations.flatMap((combination) => values.map((value) => ({ ...combination, [key]: value })))
  }
  return combinations
}

/** Whether a command installs the project: the tests install it once, from the packed package. */
export const isInstall = (command: string): boolean => /^npm ci\b/u.test(command.trim())
