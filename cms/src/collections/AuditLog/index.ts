import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../access/isAdmin.ts'
import { nobody } from '../../access/nobody.ts'
import { refuseDelete, refuseUpdate } from './hooks/refuseChange.ts'

/** What an entry records, as the admin names it (the stored values are the hooks' words). */
const actionOptions = [
  { value: 'create', label: { de: 'Angelegt', en: 'Created' } },
  { value: 'update', label: { de: 'Geändert', en: 'Changed' } },
  { value: 'submit', label: { de: 'Zur Prüfung gegeben', en: 'Submitted for review' } },
  { value: 'approve', label: { de: 'Freigegeben', en: 'Approved' } },
  { value: 'supersede', label: { de: 'Ersetzt', en: 'Superseded' } },
  { value: 'withdraw', label: { de: 'Zurückgezogen', en: 'Withdrawn' } },
  { value: 'delete', label: { de: 'Gelöscht', en: 'Deleted' } },
  { value: 'acknowledge', label: { de: 'Gelesen bestätigt', en: 'Acknowledged' } },
]

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
      options: actionOptions,
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
