import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { idOf } from '@lotse/domain'

/** Feedback is given on a document one may read, by oneself: the author is the signed-in person, whatever was sent. */
export const checkFeedbackTarget: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !req.user) return data
  const documentId = idOf(data.document)
  const readable =
    documentId &&
    (await req.payload.findByID({ collection: 'documents', id: documentId, depth: 0, user: req.user, overrideAccess: false, disableErrors: true, req }))
  if (!readable) {
    throw new ValidationError({ collection: 'feedback', errors: [{ path: 'document', message: 'You can only give feedback on a document you may read.' }] })
  }
  return { ...data, createdBy: req.user.id, status: 'open' }
}
