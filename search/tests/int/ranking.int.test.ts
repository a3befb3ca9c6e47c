import { buildViewer } from '@lotse/domain/testing'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { searchDocuments } from '../../src/api/searchDocuments.ts'
import { indexedRecords } from '../../src/chunks/indexedRecords.ts'
import { createMeiliClient } from '../../src/meiliClient.ts'
import type { SearchRecord } from '../../src/records/SearchRecord.ts'
import { ensureIndex } from '../../src/settings/ensureIndex.ts'
import { buildRecord } from '../support/buildRecord.ts'

// The ranking rules of the index settings (settings/documentsIndexSettings.ts), on a real Meilisearch.
const meili = createMeiliClient(inject('meiliUrl'), inject('meiliMasterKey'))
const indexUid = `ranking_${Date.now()}`
const staff = buildViewer()
const epoch = (date: string) => Math.floor(new Date(date).getTime() / 1000)
const version = (id: number, status: string, validFrom: string, extra: Partial<SearchRecord> = {}) =>
  buildRecord(id, { title: 'Weisung: Angemessenheit der Kosten der Unterkunft', body: 'Richtwerte für Miete und Heizung je Haushaltsgröße.', status, workflowStatus: status, validFrom, validFromTs: epoch(validFrom), ...extra })

const records = [
  // Three states of one directive, the one in force neither first nor last written.
  version(1, 'superseded', '2024-01-01'),
  version(2, 'published', '2026-03-01'),
  version(3, 'withdrawn', '2025-04-01'),
]

const ids = async (q: string, validity: 'current' | 'all' = 'all') =>
  (await searchDocuments(meili, indexUid, staff, { q, limit: 10, offset: 0, validity })).hits.map((hit) => hit.id)

beforeAll(async () => {
  await ensureIndex(meili, indexUid)
  await meili.index(indexUid).addDocuments(records.flatMap((record) => indexedRecords(record, [], 'g'))).waitTask()
})
afterAll(() => meili.deleteIndex(indexUid).waitTask())

describe('ranking', () => {
  it('puts the directive in force before its superseded and withdrawn states on equal text (validity=all)', async () => {
    for (const q of ['Angemessenheit Kosten der Unterkunft', 'Richtwerte Heizung']) {
      const found = await ids(q)
      expect(found[0]).toBe('2')
      expect([...found].sort()).toEqual(['1', '2', '3'])
    }
  })
})
