import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { createMeiliClient } from '../../src/meiliClient.ts'
import { buildRecord } from '../support/buildRecord.ts'

const admin = createMeiliClient(inject('meiliUrl'), inject('meiliMasterKey'))
const searcher = createMeiliClient(inject('meiliUrl'), inject('meiliMasterKey'), { keepAlive: true })
const indexUid = `keep_alive_${Date.now()}`

afterAll(() => admin.deleteIndex(indexUid).waitTask())

describe('the search API’s kept-alive Meilisearch client', () => {
  it('searches like the default client, with filters, and reports Meilisearch’s refusal', async () => {
    await admin.index(indexUid).updateFilterableAttributes(['kind']).waitTask()
    await admin.index(indexUid).addDocuments([buildRecord(1, { title: 'Rufbereitschaft Wochenende', kind: 'directive' }), buildRecord(2, { title: 'Rufbereitschaft Feiertag', kind: 'form' })], { primaryKey: 'id' }).waitTask()
    const params = { filter: 'kind = "form"', attributesToRetrieve: ['documentId', 'title'] }
    const kept = await Promise.all(Array.from({ length: 5 }, () => searcher.index(indexUid).search('Rufbereitschaft', params)))
    const closed = await admin.index(indexUid).search('Rufbereitschaft', params)
    for (const result of kept) expect(result.hits).toEqual(closed.hits)
    expect(closed.hits).toEqual([{ documentId: '2', title: 'Rufbereitschaft Feiertag' }])
    await expect(searcher.index(indexUid).search('x', { filter: 'nonsense = 1' })).rejects.toMatchObject({ cause: { message: expect.stringMatching(/^Meilisearch answered 400: .*nonsense/) } })
  })

  it('gives up a request when its signal aborts (the circuit’s timeout) and fails when nothing listens', async () => {
    // Accepts connections and never answers, like a frozen Meilisearch.
    const silent = http.createServer(() => {})
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`
    try {
      const hanging = createMeiliClient(url, 'key', { keepAlive: true })
      await expect(hanging.index('documents').search('x', {}, { signal: AbortSignal.timeout(100) })).rejects.toThrow(/has failed/)
    } finally {
      silent.closeAllConnections()
      await new Promise((resolve) => silent.close(resolve))
    }
    await expect(createMeiliClient(url, 'key', { keepAlive: true }).index('documents').search('x')).rejects.toMatchObject({ cause: { code: 'ECONNREFUSED' } })
  })
})
