import { draftReaderCondition, toPayloadWhere } from '@lotse/domain'
import type { Access, Where } from 'payload'
import { visibleThrough } from './canReadDocuments.ts'
import { hasRole } from './hasRole.ts'
import { ownUnattachedFiles } from './ownUnattachedFiles.ts'
import { viewerOf } from './viewerOf.ts'

const visibleDocument = visibleThrough('document.')
const released: Where = { releasedAt: { exists: true } }

/**
 * A released file is readable exactly when the document it is attached to is; a file not released yet (uploaded or
 * changed since the document's last approval, Files/hooks/resetRelease.ts) only by those who read the document's
 * drafts. Checked by the database, on listing and on download alike. A file not attached to any document is readable
 * by its uploader and admins only.
 */
export const canReadFiles: Access = async (args) => {
  const { user } = args.req
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  const viewer = await viewerOf(args.req)
  if (!viewer) return false
  const throughDocument = await visibleDocument(args)
  const draftReader = toPayloadWhere(draftReaderCondition(viewer), 'document.')
  const readable: Where[] = [ownUnattachedFiles(user.id)]
  if (throughDocument === true) readable.push(released)
  else if (throughDocument) readable.push({ and: [throughDocument, released] })
  // Only admins (handled above) read every draft: for anyone else this is a condition or false.
  if (typeof draftReader === 'object') readable.push(draftReader as Where)
  return { or: readable }
}
