import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../access/isAdmin.ts'
import { nobody } from '../../access/nobody.ts'
import { refuseDelete, refuseUpdate } from './hooks/refuseChange.ts'

/** Who did what to which document, when. Written by hooks in the same transaction as the change; never changed. */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: { de: 'Protokolleintrag', en: 'Audit entry' }, plural: { de: 'Änderungsprotokoll', en: 'Audit log' } },
  admin: { useAsTitle: 'action', defaultColumns: ['createdAt', 'action', 'documentTitle', 'userName'], group: { de: 'Betrieb', en: 'Operations' } },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  hooks: { beforeChange: [refuseUpdate], beforeDelete: [refuseDelete] },
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      options: ['create', 'update', 'submit', 'approve', 'supersede', 'withdraw', 'delete', 'acknowledge'].map((value) => ({ value, label: value })),
      label: { de: 'Aktion', en: 'Action' },
    },
    // Plain ids, not relationships: a foreign key would rewrite (SET NULL) entries when a document or user is deleted.
    { name: 'documentId', type: 'text', index: true, label: { de: 'Dokument-ID', en: 'Document ID' } },
    { name: 'documentTitle', type: 'text', label: { de: 'Titel damals', en: 'Title at the time' } },
    { name: 'userId', type: 'text', index: true, label: { de: 'Person-ID', en: 'User ID' } },
    { name: 'userName', type: 'text', label: { de: 'Person', en: 'User' } },
    { name: 'details', type: 'json', label: { de: 'Details', en: 'Details' } },
  ],
}
