import { describe, expect, it } from 'vitest'
import { mayBuildSql } from '../../src/core/key-inputs.js'
import { sqlQueryMethods, sqlTextPattern } from '../../src/model/key-sources.js'

describe('mayBuildSql', () => {
  it.each(sqlQueryMethods)('lets a file through that calls the query method %s', (method) => {
    expect(mayBuildSql(`await db.${method}(text)`)).toBe(true)
  })

  it.each([
    'SELECT secret FROM keys WHERE kid = ',
    'select k.pem from signing_keys k where k.id in ',
    'UPDATE keys SET revoked = ',
    'delete from keys where kid = ',
    'INSERT INTO keys (kid, pem) VALUES (',
  ])('lets a file through whose text reads as SQL: %s', (text) => {
    expect(sqlTextPattern.test(text)).toBe(true)
    expect(mayBuildSql(`const q = \`${text}\${kid}\``)).toBe(true)
  })

  it('stops a file with neither', () => {
    expect(mayBuildSql("const key = keys.get(header.kid)\nfs.readFileSync(path.join(dir, 'key.pem'))")).toBe(false)
  })
})
