import { afterAll, describe, expect, inject, it } from 'vitest'
import { createMeiliClient } from '../../src/meiliClient.ts'
import type { SearchRecord } from '../../src/records/SearchRecord.ts'
import { buildRecord } from '../support/buildRecord.ts'
import { rebuildIndex } from '../../src/sync/rebuildIndex.ts'

const meili = createMeiliClient(inject('meiliUrl'), inject('meiliMasterKey'))
const uid = `rebuild_${Date.now()}`
const record = (n: number, title: string) => buildRecord(n, { title, kind: 'policy' })
async function* batchesOf(records: SearchRecord[], size: number) {
  for (let i = 0; i < records.length; i += size) {
    await new Promise((resolve) => setTimeout(resolve, 20))
    yield records.slice(i, i + size)
  }
}
const count = async () => (await meili.index(uid).search('', { limit: 0 })).estimatedTotalHits

afterAll(() => meili.deleteIndex(uid).waitTask())

describe('rebuildIndex', () => {
  it('replaces the index atomically: searches never see it empty or half-built', async () => {
    await rebuildIndex(meili, uid, batchesOf([1, 2, 3].map((n) => record(n, `Alt ${n}`)), 10))
    expect(await count()).toBe(3)

    const fresh = Array.from({ length: 500 }, (_, n) => record(n, `Neu ${n}`))
    const seen: number[] = []
    let running = true
    const watcher = (async () => {
      while (running) seen.push((await count()) ?? -1)
    })()
    const { documents } = await rebuildIndex(meili, uid, batchesOf(fresh, 50))
    running = false
    await watcher
    expect(documents).toBe(500)
    expect(await count()).toBe(500)
    expect(seen.length).toBeGreaterThan(3)
    expect(seen.every((n) => n === 3 || n === 500)).toBe(true)
    expect((await meili.getIndexes({ limit: 1000 })).results.map((index) => index.uid).filter((name) => name.startsWith(`${uid}_rebuild_`))).toEqual([])
  })
})
