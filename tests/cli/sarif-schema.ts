import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { repositoryRoot } from './helpers.js'

/** The SARIF 2.1.0 schema, vendored from a registry package (see tests/fixtures/sarif/README.md). */
export const sarifSchemaFile = path.join(repositoryRoot, 'tests/fixtures/sarif/sarif-schema-2.1.0.json')

/** Validates a SARIF log against the schema with Ajv; returns the errors, none when valid. */
export function sarifValidator(): (log: unknown) => string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: false })
  addFormats.default(ajv)
  const validate = ajv.compile(JSON.parse(readFileSync(sarifSchemaFile, 'utf8')) as object)
  return (log) => (validate(log) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`))
}
