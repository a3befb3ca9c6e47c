import type { CollectionAfterDeleteHook } from 'payload'
import type { Document } from '../../../payload-types.ts'
import { enqueueOutboxRow } from '../../SearchOutbox/enqueueOutboxRow.ts'

/** After a delete, queue the document's removal from the search index, in the same transaction as the delete. */
export const enqueueSearchRemoval: CollectionAfterDeleteHook<Document> = async ({ id, req, context }) => {
  if (context.skipSearchSync === true) return
  await enqueueOutboxRow(req, { documentId: String(id), op: 'delete' })
}
