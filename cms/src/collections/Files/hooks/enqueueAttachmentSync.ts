import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import type { File } from '../../../payload-types.ts'
import { enqueueDocumentState } from '../../SearchOutbox/enqueueDocumentState.ts'

const documentIdOf = (file: Pick<File, 'document'> | undefined) => {
  const document = file?.document
  return document === null || document === undefined ? null : typeof document === 'object' ? document.id : document
}

/**
 * An attachment's text is indexed as chunks of its document (search/src/chunks): a file added, replaced, released,
 * moved or deleted re-queues the documents it belongs or belonged to, whose entries the worker then rewrites.
 */
export const enqueueAttachmentSync: CollectionAfterChangeHook<File> = async ({ doc, previousDoc, operation, req, context }) => {
  if (context.skipSearchSync === true) return doc
  const ids = new Set([documentIdOf(doc), operation === 'update' ? documentIdOf(previousDoc) : null].filter((id) => id !== null))
  for (const id of ids) await enqueueDocumentState(req, id)
  return doc
}

export const enqueueAttachmentRemoval: CollectionAfterDeleteHook<File> = async ({ doc, req, context }) => {
  if (context.skipSearchSync === true) return
  const id = documentIdOf(doc)
  if (id !== null) await enqueueDocumentState(req, id)
}
