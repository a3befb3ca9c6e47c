import { describe, expect, it } from 'vitest'
import type { SearchRecord } from '../../src/records/SearchRecord.ts'
import { foldOutboxRows, retryDelayMs, type OutboxRow } from '../../src/sync/outboxBatch.ts'

const record = (documentId: string, title: string) => ({ id: `documents-${documentId}`, documentId, title }) as SearchRecord
let nextId = 1
const row = (document_id: string, op: 'upsert' | 'delete', title = 'T'): OutboxRow => ({
  id: nextId++,
  document_id,
  op,
  record: op === 'upsert' ? record(document_id, title) : null,
  attempts: 0,
})

describe('foldOutboxRows', () => {
  it('keeps only the last operation per document', () => {
    const batch = foldOutboxRows([row('1', 'upsert', 'old'), row('2', 'upsert'), row('1', 'upsert', 'new'), row('2', 'delete')])
    expect(batch.upserts.map((r) => r.title)).toEqual(['new'])
    expect(batch.deletes).toEqual(['2'])
  })

  it('turns an upsert without a record into a delete (fails closed)', () => {
    expect(foldOutboxRows([{ ...row('3', 'upsert'), record: null }])).toEqual({ upserts: [], deletes: ['3'] })
  })

  it('returns an empty batch for no rows', () => {
    expect(foldOutboxRows([])).toEqual({ upserts: [], deletes: [] })
  })
})

describe('retryDelayMs', () => {
  it('doubles per attempt and caps at five minutes', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([1000, 2000, 4000, 8000])
    expect(retryDelayMs(50)).toBe(300_000)
  })
})
