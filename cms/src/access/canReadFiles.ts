import type { Access } from 'payload'
import { visibleThrough } from './canReadDocuments.ts'
import { hasRole } from './hasRole.ts'
import { ownUnattachedFiles } from './ownUnattachedFiles.ts'

const visibleDocument = visibleThrough('document.')

/**
 * A file is readable exactly when the document it is attached to is (checked by the database, on listing and on
 * download alike). A file not attached to any document is readable by its uploader and admins only.
 */
export const canReadFiles: Access = async (args) => {
  const { user } = args.req
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  const throughDocument = await visibleDocument(args)
  const own = ownUnattachedFiles(user.id)
  return typeof throughDocument === 'boolean' ? throughDocument || own : { or: [throughDocument, own] }
}
