import { createHash } from 'node:crypto'
import type { Meilisearch } from 'meilisearch'

/** The uid of the search API's key: a UUID v4 derived from the index, so every start finds the key it created before. */
function searchKeyUid(indexUid: string): string {
  const bytes = createHash('sha256').update(`lotse-search-api:${indexUid}`).digest().subarray(0, 16)
  bytes[6] = (bytes[6] & 0x0f) | 0x40
  bytes[8] = (bytes[8] & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/**
 * The API key the search API queries Meilisearch with: allowed only to search, only in the documents index. Created
 * with the master (admin) key on first start; the master key stays with the sync worker, which writes.
 */
export async function ensureSearchKey(admin: Meilisearch, indexUid: string): Promise<string> {
  const uid = searchKeyUid(indexUid)
  const existing = await admin.getKey(uid).catch((error: { cause?: { code?: string } }) => {
    if (error.cause?.code === 'api_key_not_found') return undefined
    throw error
  })
  if (existing) return existing.key
  const created = await admin.createKey({
    uid,
    name: `lotse-search-api-${indexUid}`,
    description: 'Lotse search API: search only, in the documents index',
    actions: ['search'],
    indexes: [indexUid],
    expiresAt: null,
  })
  return created.key
}
