import { describe, expect, it } from 'vitest'
import { judgedIdOf } from '../../src/eval/judgedIdOf.ts'
import { parseManifest } from '../../src/eval/parseManifest.ts'
import { worseQueries } from '../../src/eval/worseQueries.ts'

const hit = { id: 42, title: 'Formular: Antrag auf Dienstreise', status: 'published', sourcePath: 'Amt 10/Reise.docx' }

describe('judgedIdOf', () => {
  it('maps a hit by document id, by title (marking a predecessor by its status) or through the manifest', () => {
    expect(judgedIdOf(hit, { by: 'id' })).toBe('42')
    expect(judgedIdOf(hit, { by: 'title' })).toBe('Formular: Antrag auf Dienstreise')
    expect(judgedIdOf({ ...hit, status: 'superseded' }, { by: 'title' })).toBe('Formular: Antrag auf Dienstreise [superseded]')
    const sourceIds = parseManifest('{"path": "Amt 10/Reise.docx", "source_id": "reise"}\n\n{"path": "x.pdf", "source_id": "x"}\n')
    expect(judgedIdOf(hit, { by: 'manifest', sourceIds })).toBe('reise')
    expect(judgedIdOf({ ...hit, sourcePath: null }, { by: 'manifest', sourceIds })).toBeNull()
    expect(judgedIdOf({ ...hit, sourcePath: 'other.pdf' }, { by: 'manifest', sourceIds })).toBeNull()
  })
})

describe('parseManifest', () => {
  it('skips files without a source (junk, lock files) rather than refusing the manifest', () => {
    const sourceIds = parseManifest('{"path": "Alt/.DS_Store", "source_id": null, "expected": "junk"}\n{"path": "x.pdf", "source_id": "x"}\n')
    expect([...sourceIds]).toEqual([['x.pdf', 'x']])
  })

  it('reports lines that are not JSON or lack path and source_id', () => {
    expect(() => parseManifest('{"path": "a"}\nnot json')).toThrow(/line 1: needs the string "path" and "source_id" as a string or null\nline 2: not JSON/)
  })
})

describe('worseQueries', () => {
  it('lists queries whose nDCG fell, worst drop first, and ignores new queries and rises', () => {
    const previous = [{ query: 'a', ndcg: 1 }, { query: 'b', ndcg: 0.5 }, { query: 'c', ndcg: 0.9 }]
    const current = [{ query: 'a', ndcg: 0.8 }, { query: 'b', ndcg: 0.6 }, { query: 'c', ndcg: 0.2 }, { query: 'd', ndcg: 0 }]
    expect(worseQueries(current, previous)).toEqual([{ query: 'c', before: 0.9, after: 0.2 }, { query: 'a', before: 1, after: 0.8 }])
  })
})
