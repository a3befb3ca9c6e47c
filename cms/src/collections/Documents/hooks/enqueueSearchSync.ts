import type { CollectionAfterChangeHook } from 'payload'
import type { Document } from '../../../payload-types.ts'
import { enqueueDocumentState } from '../../SearchOutbox/enqueueDocumentState.ts'

/**
 * After every save, queue the document's *published* state for the search index, in the same transaction as the save.
 * A draft saved over a published document re-queues the published text; a document without a published state
 * (never published, or unpublished) is queued for removal. Drafts never reach the index.
 */
export const enqueueSearchSync: CollectionAfterChangeHook<Document> = async ({ doc, req, context }) => {
  if (context.skipSearchSync === true) return doc
  // `doc` is whatever was just saved, possibly a draft; the index follows the stored published state only.
  await enqueueDocumentState(req, doc.id)
  return doc
}
