import { describe, expect, it } from 'vitest'
import { chosenVersions } from '../../src/lib/loadDocumentPage.ts'
import { hasTextChanges, readableDiff } from '../../src/lib/readableDiff.ts'
import { collapsePublications, toComparison, toVersionEntry, type VersionEntry } from '../../src/lib/versionHistory.ts'

const entry = (id: string, publishedAt: string | null, workflowStatus = 'published'): VersionEntry =>
  toVersionEntry({ id: Number(id), updatedAt: '2026-12-01T10:00:00Z', version: { workflowStatus, publishedAt, versionLabel: `v${id}` } })!

describe('collapsePublications', () => {
  it('keeps the newest save of each publication (a withdrawal or supersession re-saves the same content)', () => {
    const list = [entry('9', '2026-10-01T00:00:00Z', 'superseded'), entry('7', '2026-10-01T00:00:00Z'), entry('4', '2026-01-01T00:00:00Z'), entry('2', null), entry('1', null)]
    expect(collapsePublications(list).map((v) => [v.id, v.status])).toEqual([['9', 'superseded'], ['4', 'published'], ['2', 'published'], ['1', 'published']])
  })
})

describe('chosenVersions', () => {
  const versions = [entry('9', '2026-10-01T00:00:00Z'), entry('4', '2026-01-01T00:00:00Z'), entry('2', '2025-01-01T00:00:00Z')]
  it.each([
    ['', 'none'],
    ['from=2&to=9', { from: '2', to: '9' }],
    // Reading order is older → newer, whichever way round they were chosen.
    ['from=9&to=4', { from: '4', to: '9' }],
    ['from=4&to=4', 'invalid'],
    ['from=4&to=55', 'invalid'],
    ['from=4', 'invalid'],
    ['from=<b>&to=4', 'invalid'],
  ] as const)('reads %s as %j', (query, expected) => {
    expect(chosenVersions(versions, new URLSearchParams(query))).toEqual(expected)
  })
})

describe('toComparison', () => {
  it('keeps the known parts and drops what does not fit', () => {
    const raw = {
      from: { id: 4, status: 'published', versionLabel: '1.0', changeNote: null, publishedAt: '2026-01-01T00:00:00Z' },
      to: { id: 9, status: 'published', versionLabel: '2.0', changeNote: 'Frist verlängert', publishedAt: '2026-10-01T00:00:00Z' },
      changes: [{ op: 'equal', text: 'Die Frist beträgt ' }, { op: 'delete', text: '7' }, { op: 'insert', text: '14' }, { op: 'html', text: '<b>' }],
      fields: [{ field: 'validUntil', from: null, to: '2030-12-31T12:00:00.000Z' }, { field: 'body', from: 'x', to: 'y' }],
    }
    const comparison = toComparison(raw)!
    expect(comparison.to).toMatchObject({ id: '9', versionLabel: '2.0', changeNote: 'Frist verlängert', status: 'published' })
    expect(comparison.changes.map((part) => part.op)).toEqual(['equal', 'delete', 'insert'])
    expect(comparison.fields).toEqual([{ field: 'validUntil', from: null, to: '2030-12-31T12:00:00.000Z' }])
    expect(toComparison({ from: raw.from })).toBeNull()
  })
})

describe('readableDiff', () => {
  const long = (word: string) => Array.from({ length: 200 }, (_, i) => `${word}${i}`).join(' ')

  it('keeps short diffs as they are', () => {
    const parts = [{ op: 'equal' as const, text: 'Die Frist beträgt ' }, { op: 'delete' as const, text: '7' }, { op: 'insert' as const, text: '14' }]
    expect(readableDiff(parts)).toEqual(parts)
    expect(hasTextChanges(parts)).toBe(true)
    expect(hasTextChanges([{ op: 'equal', text: 'gleich' }, { op: 'insert', text: ' ' }])).toBe(false)
  })

  it('shortens long unchanged text to the words next to the changes, at word boundaries', () => {
    const shown = readableDiff([{ op: 'equal', text: long('a') }, { op: 'insert', text: 'NEU' }, { op: 'equal', text: long('b') }, { op: 'delete', text: 'ALT' }, { op: 'equal', text: long('c') }])
    expect(shown.map((part) => part.op)).toEqual(['gap', 'equal', 'insert', 'equal', 'gap', 'equal', 'delete', 'equal', 'gap'])
    const texts = shown.flatMap((part) => ('text' in part ? [part.text] : []))
    expect(texts[0].startsWith(' a')).toBe(true)
    expect(texts.every((text) => text.length < 260)).toBe(true)
    expect(texts[2].endsWith('b199')).toBe(false)
    expect(texts[2].startsWith('b0 ')).toBe(true)
  })
})
