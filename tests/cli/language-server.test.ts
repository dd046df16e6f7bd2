import { type ChildProcess, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { ESLint } from 'eslint'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js'
import { ensureBuilt, repositoryRoot } from './helpers.js'

// The ESLint language server that VS Code's extension and other editors run, started over stdio as
// an editor would, on a workspace whose eslint.config.js uses the plugin.

const serverBin = path.join(repositoryRoot, 'node_modules/vscode-langservers-extracted/bin/vscode-eslint-language-server')
const workspace = path.join(repositoryRoot, 'tests/fixtures/editor-workspace')
const file = path.join(workspace, 'src/auth.js')
const uri = pathToFileURL(file).href

interface Position {
  line: number
  character: number
}
interface Range {
  start: Position
  end: Position
}
interface Diagnostic {
  range: Range
  message: string
  severity: number
  source: string
  code: string
  codeDescription?: { href: string }
}
interface Command {
  title: string
  command: string
  arguments?: unknown[]
}
interface CodeAction {
  title: string
  kind?: string
  command?: Command
  diagnostics?: Diagnostic[]
}
interface TextEdit {
  range: Range
  newText: string
}
interface ApplyWorkspaceEditParams {
  edit: { documentChanges?: { textDocument: { uri: string }; edits: TextEdit[] }[]; changes?: Record<string, TextEdit[]> }
}

/** The settings docs/editor.md documents, which the client answers `workspace/configuration` with. */
function documentedSettings(): Record<string, unknown> {
  const doc = readFileSync(path.join(repositoryRoot, 'docs/editor.md'), 'utf8')
  const block = /```json\n(\{\n {2}"validate"[\s\S]*?)```/u.exec(doc)
  if (!block) throw new Error('docs/editor.md has no settings block')
  return JSON.parse(block[1]!) as Record<string, unknown>
}

function offsetAt(text: string, position: Position): number {
  const lines = text.split('\n')
  return lines.slice(0, position.line).reduce((sum, line) => sum + line.length + 1, 0) + position.character
}

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return [...edits]
    .sort((a, b) => offsetAt(text, b.range.start) - offsetAt(text, a.range.start))
    .reduce((result, edit) => result.slice(0, offsetAt(text, edit.range.start)) + edit.newText + result.slice(offsetAt(text, edit.range.end)), text)
}

let server: ChildProcess
let connection: MessageConnection
let serverErrors = ''
const appliedEdits: ApplyWorkspaceEditParams[] = []
const text = readFileSync(file, 'utf8')

beforeAll(async () => {
  // The workspace's config imports the plugin by its package name, which resolves to dist/.
  ensureBuilt()
  server = spawn(process.execPath, [serverBin, '--stdio'], { cwd: workspace, stdio: ['pipe', 'pipe', 'pipe'] })
  server.stderr!.on('data', (chunk: Buffer) => {
    serverErrors += chunk.toString()
  })
  connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!))
  const settings = { ...documentedSettings(), workspaceFolder: { name: 'editor-workspace', uri: pathToFileURL(workspace).href } }
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => settings))
  connection.onRequest('workspace/applyEdit', (params: ApplyWorkspaceEditParams) => {
    appliedEdits.push(params)
    return { applied: true }
  })
  connection.onRequest('client/registerCapability', () => null)
  connection.listen()

  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(workspace).href,
    workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'editor-workspace' }],
    capabilities: {
      workspace: { configuration: true, workspaceFolders: true, applyEdit: true },
      textDocument: {
        diagnostic: { dynamicRegistration: false },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll.eslint'] } } },
      },
    },
  })
  await connection.sendNotification('initialized', {})
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'javascript', version: 1, text } })
}, 60_000)

afterAll(async () => {
  if (connection) {
    await connection.sendRequest('shutdown').catch(() => undefined)
    await connection.sendNotification('exit').catch(() => undefined)
    connection.dispose()
  }
  if (server && server.exitCode === null) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        server.kill()
        resolve()
      }, 2_000)
      server.once('exit', () => {
        clearTimeout(timer)
        resolve()
      })
    })
  }
})

describe('vscode-eslint-language-server with the plugin', () => {
  let diagnostics: Diagnostic[]

  beforeAll(async () => {
    const report = await connection.sendRequest<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } })
    expect(report.kind).toBe('full')
    diagnostics = report.items
  }, 60_000)

  it('returns the same findings as ESLint, as diagnostics with the rule, its documentation and the range', async () => {
    const [result] = await new ESLint({ cwd: workspace }).lintFiles([file])
    const expected = result!.messages.map((message) => ({
      code: message.ruleId,
      range: {
        start: { line: message.line - 1, character: message.column - 1 },
        end: { line: message.endLine! - 1, character: message.endColumn! - 1 },
      },
    }))
    expect(expected.length).toBeGreaterThan(0)
    expect(diagnostics.map(({ code, range }) => ({ code, range }))).toEqual(expected)
    for (const diagnostic of diagnostics) {
      expect(diagnostic).toMatchObject({ source: 'eslint', severity: 1 })
      expect(diagnostic.codeDescription?.href).toMatch(new RegExp(`/docs/rules/${diagnostic.code.replace('jwt-guard/', '')}\\.md$`, 'u'))
    }
    expect(serverErrors).toBe('')
  })

  it("puts the no-none-algorithm diagnostic on the 'none' literal", () => {
    const none = diagnostics.find((diagnostic) => diagnostic.code === 'jwt-guard/no-none-algorithm')!
    expect(none).toBeDefined()
    const start = offsetAt(text, none.range.start)
    expect(text.slice(start, offsetAt(text, none.range.end))).toBe(`'none'`)
  })

  it('offers the suggestion as a quick fix, which the server applies through workspace/applyEdit', async () => {
    const none = diagnostics.find((diagnostic) => diagnostic.code === 'jwt-guard/no-none-algorithm')!
    const actions = await connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: none.range,
      context: { diagnostics: [none] },
    })
    const quickFix = actions.find((action) => action.command?.command === 'eslint.applySuggestion')!
    expect(quickFix).toMatchObject({ kind: 'quickfix', diagnostics: [none] })
    expect(quickFix.title).toMatch(/ \(jwt-guard\/no-none-algorithm\)$/u)
    expect(actions.map((action) => action.title)).toEqual(
      expect.arrayContaining(['Disable jwt-guard/no-none-algorithm for this line', 'Show documentation for jwt-guard/no-none-algorithm']),
    )

    await connection.sendRequest('workspace/executeCommand', { command: quickFix.command!.command, arguments: quickFix.command!.arguments })
    expect(appliedEdits).toHaveLength(1)
    const change = appliedEdits[0]!.edit.documentChanges![0]!
    expect(change.textDocument.uri).toBe(uri)
    const fixed = applyEdits(text, change.edits)
    expect(fixed).toContain(`algorithms: ['RS256'],`)
    const [relinted] = await new ESLint({ cwd: workspace }).lintText(fixed, { filePath: file })
    expect(relinted!.messages.map((message) => message.ruleId)).not.toContain('jwt-guard/no-none-algorithm')
  })
})
