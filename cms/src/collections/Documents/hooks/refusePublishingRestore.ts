import type { CollectionBeforeOperationHook } from 'payload'
import { workflowRefusal } from '../lib/workflowRefusal.ts'

/**
 * A person restores an old version only as a draft (`draft: true`): restoring it as it was would publish its content
 * again, or replace the published document with a draft, without the second person the lifecycle requires. The
 * admin's and REST's restore (endpoints/restoreVersionAsDraft.ts) always ask for a draft; GraphQL's
 * `restoreVersionDocument(draft: false)` and the Local API for a person end here. Trusted code without a user is
 * not affected.
 */
export const refusePublishingRestore: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'restoreVersion' && req.user && !(args as { draft?: boolean }).draft) {
    throw workflowRefusal(req, [
      { path: 'workflowStatus', code: 'restore-publishes', message: 'Restore the version as a draft (draft: true): it then goes through review like any other change.' },
    ])
  }
  return args
}
