import { buildSearchRecord } from '@lotse/search'
import type { CollectionAfterChangeHook } from 'payload'
import type { Document } from '../../../payload-types.ts'
import { enqueueOutboxRow } from '../../SearchOutbox/enqueueOutboxRow.ts'

/**
 * After every save, queue the document's *published* state for the search index, in the same transaction as the save.
 * A draft saved over a published document re-queues the published text; a document without a published state
 * (never published, or unpublished) is queued for removal. Drafts never reach the index.
 */
export const enqueueSearchSync: CollectionAfterChangeHook<Document> = async ({ doc, req, context }) => {
  if (context.skipSearchSync === true) return doc
  // `doc` is whatever was just saved, possibly a draft; the index follows the stored published state only.
  const stored = await req.payload.findByID({
    collection: 'documents',
    id: doc.id,
    draft: false,
    depth: 1,
    req,
    overrideAccess: true,
  })
  const documentId = String(doc.id)
  const record = buildSearchRecord(stored)
  // Spread: the json field's type wants an index signature, which the SearchRecord interface does not declare.
  await enqueueOutboxRow(req, record ? { documentId, op: 'upsert', record: { ...record } } : { documentId, op: 'delete' })
  return doc
}
