import type { Access } from 'payload'
import { hasRole } from '../../../access/hasRole.ts'
import { viewerOf } from '../../../access/viewerOf.ts'

/** Editors and managers change documents of the units they belong to or manage; admins any. */
export const canUpdateDocuments: Access = async ({ req }) => {
  const viewer = await viewerOf(req)
  if (!viewer) return false
  if (hasRole(req.user, 'admin')) return true
  if (!hasRole(req.user, 'editor', 'manager')) return false
  const units = [...(viewer.orgUnit ? [viewer.orgUnit] : []), ...viewer.managerOf]
  return units.length ? { ownerUnit: { in: units } } : false
}
