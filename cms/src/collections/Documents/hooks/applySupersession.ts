import type { CollectionAfterChangeHook } from 'payload'
import type { Document } from '../../../payload-types.ts'
import { idOf } from '@lotse/domain'

/**
 * When a document that supersedes another is published, the other becomes `superseded` and points back to it —
 * through `req`, so in the same transaction: both change, or neither. Overriding access is safe because
 * hooks/validateDocument.ts refused the save unless the predecessor is released and the saver may retire it.
 */
export const applySupersession: CollectionAfterChangeHook<Document> = async ({ doc, previousDoc, req, context }) => {
  const justPublished = doc._status === 'published' && doc.workflowStatus === 'published' && previousDoc?.workflowStatus !== 'published'
  const predecessor = idOf(doc.supersedes)
  if (!justPublished || !predecessor || context.supersession) return doc
  // Start from the predecessor's published state: an update starts from the latest version, which may be an
  // unreviewed draft that must not be published along the way.
  const { id: _id, createdAt: _created, updatedAt: _updated, ...published } = await req.payload.findByID({
    collection: 'documents', id: predecessor, draft: false, depth: 0, req, overrideAccess: true,
  })
  try {
    await req.payload.update({
      collection: 'documents',
      id: predecessor,
      data: { ...published, workflowStatus: 'superseded', supersededBy: doc.id, _status: 'published' },
      req,
      overrideAccess: true,
      context: { supersession: true },
    })
  } finally {
    // The flag rides on the shared request context; it must not outlive this update.
    delete req.context.supersession
  }
  return doc
}
