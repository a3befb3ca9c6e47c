import type { Access } from 'payload'
import { hasRole } from '../../../access/hasRole.ts'
import { viewerOf } from '../../../access/viewerOf.ts'
import { unitsOf } from '../../../access/unitsOf.ts'

/** Editors and managers change documents of the units they belong to or manage; admins any. */
export const canUpdateDocuments: Access = async ({ req }) => {
  const viewer = await viewerOf(req)
  if (!viewer) return false
  if (hasRole(req.user, 'admin')) return true
  if (!hasRole(req.user, 'editor', 'manager')) return false
  const units = unitsOf(viewer)
  return units.length ? { ownerUnit: { in: units } } : false
}
