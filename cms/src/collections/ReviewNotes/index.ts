import type { Access, CollectionConfig } from 'payload'
import { hasRole } from '../../access/hasRole.ts'
import { nobody } from '../../access/nobody.ts'
import { unitsOf } from '../../access/unitsOf.ts'
import { viewerOf } from '../../access/viewerOf.ts'

/** The owning side of the document (editors and managers of its unit) and admins read what reviewers said. */
const owningSide: Access = async ({ req }) => {
  const viewer = await viewerOf(req)
  if (!viewer || !hasRole(req.user, 'editor', 'manager', 'admin')) return false
  if (hasRole(req.user, 'admin')) return true
  return { ownerUnit: { in: unitsOf(viewer) } }
}

/**
 * What a reviewer said when returning a document ("Zurückgeben"): written only by the workflow endpoint after the
 * return passed the lifecycle rule, never changed, shown to the editors in the inbox and the edit view.
 */
export const ReviewNotes: CollectionConfig = {
  slug: 'review-notes',
  labels: { singular: { de: 'Prüfhinweis', en: 'Review note' }, plural: { de: 'Prüfhinweise', en: 'Review notes' } },
  admin: { hidden: true },
  access: { read: owningSide, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'document', type: 'relationship', relationTo: 'documents', required: true, index: true, label: { de: 'Dokument', en: 'Document' } },
    // The document's unit when the note was written: read access filters on it without a relationship path.
    { name: 'ownerUnit', type: 'relationship', relationTo: 'org-units', required: true, index: true, label: { de: 'Verantwortliche Einheit', en: 'Owning unit' } },
    { name: 'comment', type: 'textarea', required: true, maxLength: 2000, label: { de: 'Hinweis', en: 'Comment' } },
    { name: 'author', type: 'relationship', relationTo: 'users', required: true, label: { de: 'Von', en: 'By' } },
  ],
}
