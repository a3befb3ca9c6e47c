import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseJudgements } from '../../src/eval/parseJudgements.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const seedDir = path.join(root, 'cms/src/scripts/seed/documents')

describe('bench/queries/demo.tsv', () => {
  it('parses, has at least 80 queries, and judges only titles the demo seed has', () => {
    const queries = parseJudgements(fs.readFileSync(path.join(root, 'bench/queries/demo.tsv'), 'utf8'))
    expect(queries.length).toBeGreaterThanOrEqual(80)
    // Read as text: bench does not depend on the cms workspace, and a renamed seed title must fail here.
    const titles = new Set(fs.readdirSync(seedDir).flatMap((file) => [...fs.readFileSync(path.join(seedDir, file), 'utf8').matchAll(/^\s+title: '([^']+)',$/gm)].map((m) => m[1])))
    expect(titles.size).toBeGreaterThan(60)
    const unknown = queries.flatMap((q) => [...q.grades.keys()].map((id) => id.replace(/ \[superseded\]$/, '')).filter((id) => !titles.has(id)))
    expect(unknown).toEqual([])
  })
})
