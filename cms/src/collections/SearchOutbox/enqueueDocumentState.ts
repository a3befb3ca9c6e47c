import { buildSearchRecord } from '@lotse/search'
import type { PayloadRequest } from 'payload'
import { enqueueOutboxRow } from './enqueueOutboxRow.ts'

/**
 * Queues a document's *stored published* state for the search index, in the caller's transaction: its record, or its
 * removal when it has no published state (never published, unpublished, deleted). The worker adds the text of the
 * document's released attachments itself (search/src/chunks), so the row stays as small as the record.
 */
export async function enqueueDocumentState(req: PayloadRequest, id: number | string): Promise<void> {
  const stored = await req.payload.findByID({ collection: 'documents', id, draft: false, depth: 1, req, overrideAccess: true, disableErrors: true })
  const record = stored ? buildSearchRecord(stored) : null
  const documentId = String(id)
  // Spread: the json field's type wants an index signature, which the SearchRecord interface does not declare.
  await enqueueOutboxRow(req, record ? { documentId, op: 'upsert', record: { ...record } } : { documentId, op: 'delete' })
}
