import type { CollectionConfig } from 'payload'
import { hasRole } from '../../access/hasRole.ts'
import { isAdmin } from '../../access/isAdmin.ts'
import { nobody } from '../../access/nobody.ts'

/**
 * Pending search index operations, written by the document hooks and drained by the search service's sync worker.
 * The worker reads the table `search_outbox` with raw SQL: renaming a field renames a column and breaks that contract.
 */
export const SearchOutbox: CollectionConfig = {
  slug: 'search-outbox',
  labels: {
    singular: { de: 'Suchindex-Auftrag', en: 'Search index job' },
    plural: { de: 'Suchindex-Warteschlange', en: 'Search index queue' },
  },
  admin: {
    useAsTitle: 'documentId',
    defaultColumns: ['documentId', 'op', 'attempts', 'lastError', 'createdAt'],
    hidden: ({ user }) => !hasRole(user, 'admin'),
  },
  access: {
    read: isAdmin,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  fields: [
    {
      name: 'documentId',
      type: 'text',
      required: true,
      index: true,
      label: { de: 'Dokument-ID', en: 'Document ID' },
    },
    {
      name: 'op',
      type: 'select',
      required: true,
      options: [
        { value: 'upsert', label: { de: 'Aufnehmen/aktualisieren', en: 'Upsert' } },
        { value: 'delete', label: { de: 'Entfernen', en: 'Delete' } },
      ],
      label: { de: 'Vorgang', en: 'Operation' },
    },
    {
      name: 'record',
      type: 'json',
      label: { de: 'Suchdatensatz', en: 'Search record' },
    },
    {
      name: 'attempts',
      type: 'number',
      defaultValue: 0,
      label: { de: 'Versuche', en: 'Attempts' },
    },
    {
      name: 'lastError',
      type: 'text',
      label: { de: 'Letzter Fehler', en: 'Last error' },
    },
    {
      name: 'availableAt',
      type: 'date',
      label: { de: 'Fällig ab', en: 'Available at' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
