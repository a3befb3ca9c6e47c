import type { Access, PayloadRequest } from 'payload'
import { idOf } from '@lotse/domain'
import { hasRole } from './hasRole.ts'
import { ownUnattachedFiles } from './ownUnattachedFiles.ts'
import { viewerOf } from './viewerOf.ts'
import { unitsOf } from './unitsOf.ts'

/**
 * Editors and managers upload, change and delete the attachments of their own units' documents (the unit they belong
 * to or units they manage) and the files they uploaded that are not attached to any document; admins any file. A file
 * can be attached only to such a document, and never detached (that would hand a confidential attachment to its
 * uploader). Without this, any editor could read a confidential attachment's text through an update answer, detach it
 * or delete it.
 */
export const canChangeFiles: Access = async ({ req, data }) => {
  if (hasRole(req.user, 'admin')) return true
  if (!hasRole(req.user, 'editor', 'manager')) return false
  const viewer = await viewerOf(req)
  if (!viewer) return false
  const units = unitsOf(viewer)
  const own = ownUnattachedFiles(viewer.id)
  const target = idOf((data as { document?: unknown } | undefined)?.document)
  if (target && !(await ownsDocument(req, target, units))) return false
  if (data && 'document' in data && !target) return own
  return units.length ? { or: [{ 'document.ownerUnit': { in: units } }, own] } : own
}

async function ownsDocument(req: PayloadRequest, documentId: string, units: string[]): Promise<boolean> {
  if (units.length === 0) return false
  const { totalDocs } = await req.payload.count({
    collection: 'documents',
    where: { and: [{ id: { equals: documentId } }, { ownerUnit: { in: units } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}
