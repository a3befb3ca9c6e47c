import { afterAll, describe, expect, inject, it } from 'vitest'
import { createMeiliClient } from '../../src/meiliClient.ts'
import { ensureSearchKey } from '../../src/settings/ensureSearchKey.ts'
import { buildRecord } from '../support/buildRecord.ts'

const masterKey = inject('meiliMasterKey')
const admin = createMeiliClient(inject('meiliUrl'), masterKey)
const indexUid = `search_key_${Date.now()}`

afterAll(() => admin.deleteIndex(indexUid).waitTask())

describe('the search API key', () => {
  it('can only search, only in the documents index, and is the same on every start', async () => {
    await admin.index(indexUid).addDocuments([buildRecord(1, { title: 'Schlüsseltest' })], { primaryKey: 'id' }).waitTask()
    const key = await ensureSearchKey(admin, indexUid)
    expect(key).not.toBe(masterKey)
    expect(await ensureSearchKey(admin, indexUid)).toBe(key)
    expect(await admin.getKey(key)).toMatchObject({ actions: ['search'], indexes: [indexUid], expiresAt: null })

    const searcher = createMeiliClient(inject('meiliUrl'), key)
    expect((await searcher.index(indexUid).search('Schlüsseltest')).hits).toHaveLength(1)
    await expect(searcher.index(indexUid).addDocuments([buildRecord(2)])).rejects.toThrow(/API key is invalid/)
    await expect(searcher.index(indexUid).getDocuments()).rejects.toThrow()
    await expect(searcher.getKeys()).rejects.toThrow()
    await expect(searcher.index('other').search('x')).rejects.toThrow()
  })
})
