import type { Access } from 'payload'
import { visibleThrough } from './canReadDocuments.ts'
import { hasRole } from './hasRole.ts'

const visibleDocument = visibleThrough('document.')

/**
 * A file is readable exactly when the document it is attached to is (checked by the database, on listing and on
 * download alike). Files not attached to any document are for editors and admins only.
 */
export const canReadFiles: Access = async (args) => {
  const { user } = args.req
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  const throughDocument = await visibleDocument(args)
  if (!hasRole(user, 'editor')) return throughDocument
  return typeof throughDocument === 'boolean'
    ? throughDocument || { document: { exists: false } }
    : { or: [throughDocument, { document: { exists: false } }] }
}
