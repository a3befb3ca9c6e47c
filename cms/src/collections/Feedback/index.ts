import type { Access, CollectionConfig, Where } from 'payload'
import { hasRole } from '../../access/hasRole.ts'
import { isAdmin } from '../../access/isAdmin.ts'
import { nobody } from '../../access/nobody.ts'
import { unitsOf } from '../../access/unitsOf.ts'
import { viewerOf } from '../../access/viewerOf.ts'
import { checkFeedbackTarget } from './hooks/checkFeedbackTarget.ts'
import { refuseUnreadableDocument } from '../../fields/refuseUnreadableDocument.ts'

/** Authors see their own feedback; the owning side of the document (its unit's members and managers) sees all of it. */
const authorOrOwningSide: Access = async ({ req }) => {
  const viewer = await viewerOf(req)
  if (!viewer) return false
  if (hasRole(req.user, 'admin')) return true
  const where: Where = { or: [{ createdBy: { equals: viewer.id } }, { 'document.ownerUnit': { in: unitsOf(viewer) } }] }
  return where
}

/** Editors and managers of the owning unit resolve feedback. */
const owningSide: Access = async ({ req }) => {
  const viewer = await viewerOf(req)
  if (!viewer || !hasRole(req.user, 'editor', 'manager', 'admin')) return false
  if (hasRole(req.user, 'admin')) return true
  return { 'document.ownerUnit': { in: unitsOf(viewer) } }
}

/** What the author wrote, and about which document, stays as written: the owning side only resolves it. */
const setOnCreate = { update: nobody }

/** "This document is outdated / wrong / unclear": staff flag a document, its owning unit sees and resolves it. */
export const Feedback: CollectionConfig = {
  slug: 'feedback',
  labels: { singular: { de: 'Rückmeldung', en: 'Feedback' }, plural: { de: 'Rückmeldungen', en: 'Feedback' } },
  admin: { defaultColumns: ['document', 'kind', 'status', 'createdAt'] },
  access: { read: authorOrOwningSide, create: ({ req: { user } }) => Boolean(user), update: owningSide, delete: isAdmin },
  hooks: { beforeChange: [checkFeedbackTarget] },
  fields: [
    { name: 'document', type: 'relationship', relationTo: 'documents', hooks: { beforeValidate: [refuseUnreadableDocument] }, required: true, index: true, access: setOnCreate, label: { de: 'Dokument', en: 'Document' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: [
        { value: 'outdated', label: { de: 'Veraltet', en: 'Outdated' } },
        { value: 'wrong', label: { de: 'Fehlerhaft', en: 'Wrong' } },
        { value: 'unclear', label: { de: 'Unverständlich', en: 'Unclear' } },
      ],
      access: setOnCreate,
      label: { de: 'Art', en: 'Kind' },
    },
    { name: 'comment', type: 'textarea', maxLength: 4000, access: setOnCreate, label: { de: 'Hinweis', en: 'Comment' } },
    // Set by hooks/checkFeedbackTarget.ts from the signed-in person.
    { name: 'createdBy', type: 'relationship', relationTo: 'users', access: setOnCreate, label: { de: 'Von', en: 'From' }, admin: { readOnly: true } },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'open',
      options: [
        { value: 'open', label: { de: 'Offen', en: 'Open' } },
        { value: 'resolved', label: { de: 'Erledigt', en: 'Resolved' } },
      ],
      label: { de: 'Status', en: 'Status' },
    },
  ],
}
