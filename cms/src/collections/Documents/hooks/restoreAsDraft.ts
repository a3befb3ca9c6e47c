import type { CollectionBeforeValidateHook } from 'payload'
import type { Document } from '../../../payload-types.ts'

/**
 * A version restored by a person becomes the document's new draft, whatever status it had then ("published",
 * "in review"): the lifecycle hook then judges it as the draft save it is, and it reaches readers only through
 * review and approval. Payload flags the restore in `context.isRestoringVersion`; the restore itself is a draft
 * restore for persons (hooks/refusePublishingRestore.ts).
 */
export const restoreAsDraft: CollectionBeforeValidateHook<Document> = ({ data, req, context }) =>
  context.isRestoringVersion && req.user ? { ...data, _status: 'draft', workflowStatus: 'draft' } : data
