import type { PayloadRequest } from 'payload'
import type { Document } from '../../../payload-types.ts'

export interface ReturnNote {
  comment: string
  by: string
  at: string
}

/**
 * What the reviewer said when they last returned this document, while it still waits for the editor: a draft that
 * has not been published since the note was written. Read with the person's access.
 */
export async function latestReturn(req: PayloadRequest, doc: Pick<Document, 'id' | 'workflowStatus' | 'publishedAt'>): Promise<ReturnNote | null> {
  if (doc.workflowStatus !== 'draft' || !req.user) return null
  const { docs } = await req.payload.find({
    collection: 'review-notes',
    where: { document: { equals: doc.id }, ...(doc.publishedAt ? { createdAt: { greater_than: doc.publishedAt } } : {}) },
    sort: '-createdAt',
    limit: 1,
    depth: 1,
    user: req.user,
    overrideAccess: false,
    req,
  })
  const note = docs[0]
  if (!note) return null
  return { comment: note.comment, by: typeof note.author === 'object' ? note.author.name : '', at: note.createdAt }
}
