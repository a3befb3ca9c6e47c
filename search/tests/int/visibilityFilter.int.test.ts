import { canRead } from '@lotse/domain'
import { factsArbitrary, viewerArbitrary } from '@lotse/domain/testing'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { visibilityFilter } from '../../src/api/visibilityFilter.ts'
import { createMeiliClient } from '../../src/meiliClient.ts'
import { documentsIndexSettings } from '../../src/settings/documentsIndexSettings.ts'

// The visibility rule compiled to a Meilisearch filter must select exactly the documents the pure rule allows,
// for random people over random documents, in a real Meilisearch.
const DOCUMENTS = 400
const VIEWERS = 300
const meili = createMeiliClient(inject('meiliUrl'), inject('meiliMasterKey'))
const indexUid = `visibility_${Date.now()}`
const documents = fc.sample(factsArbitrary, { numRuns: DOCUMENTS, seed: 20261126 }).map((facts, i) => ({ id: String(i), ...facts }))

beforeAll(async () => {
  await meili.createIndex(indexUid, { primaryKey: 'id' }).waitTask()
  await meili.index(indexUid).updateSettings({ filterableAttributes: documentsIndexSettings.filterableAttributes, pagination: { maxTotalHits: 10_000 } }).waitTask()
  await meili.index(indexUid).addDocuments(documents).waitTask()
})
afterAll(() => meili.deleteIndex(indexUid).waitTask())

describe('visibility filter in Meilisearch', () => {
  it(`agrees with canRead for ${VIEWERS} random viewers × ${DOCUMENTS} random documents`, async () => {
    let pairs = 0
    await fc.assert(
      fc.asyncProperty(viewerArbitrary, async (viewer) => {
        const expected = documents.filter((doc) => canRead(viewer, doc)).map((doc) => doc.id).sort()
        const filter = visibilityFilter(viewer)
        const found =
          filter === false
            ? []
            : (await meili.index(indexUid).search('', { filter: filter === true ? undefined : filter, limit: DOCUMENTS, attributesToRetrieve: ['id'] })).hits
                .map((hit) => String(hit.id))
                .sort()
        pairs += DOCUMENTS
        expect(found).toEqual(expected)
      }),
      { numRuns: VIEWERS, seed: 42 },
    )
    console.log(`visibility: Meilisearch filter = canRead on ${pairs} viewer × document pairs`)
    expect(pairs).toBe(VIEWERS * DOCUMENTS)
  })
})
