import type { Meilisearch } from 'meilisearch'
import { describe, expect, it } from 'vitest'
import { ensureIndex } from '../../src/settings/ensureIndex.ts'

/** A client that records how long each task is waited for, and whose settings task succeeds only after 6 s of waiting. */
function clientRecordingWaits() {
  const waits: Array<{ task: string; timeout: number | undefined }> = []
  const task = (name: string) => ({
    waitTask: async (options?: { timeout?: number }) => {
      waits.push({ task: name, timeout: options?.timeout })
      // meilisearch-js gives up after `timeout` (5 s when not given); the re-index after a settings change of a large
      // index takes longer than that.
      if (name === 'settings' && (options?.timeout ?? 5_000) < 6_000) throw new Error(`timed out after ${options?.timeout ?? 5_000} ms`)
      return { status: 'succeeded', uid: waits.length }
    },
  })
  const client = {
    getIndex: async () => Promise.reject(Object.assign(new Error('missing'), { cause: { code: 'index_not_found' } })),
    createIndex: () => task('create'),
    index: () => ({ updateSettings: () => task('settings') }),
  } as unknown as Meilisearch
  return { client, waits }
}

describe('ensureIndex', () => {
  it('waits for a settings change as long as re-indexing a large index takes, instead of timing out after 5 s', async () => {
    const { client, waits } = clientRecordingWaits()
    await ensureIndex(client, 'documents')
    expect(waits.map((wait) => wait.task)).toEqual(['create', 'settings'])
    expect(Math.min(...waits.map((wait) => wait.timeout ?? 5_000))).toBeGreaterThanOrEqual(10 * 60_000)
  })
})
