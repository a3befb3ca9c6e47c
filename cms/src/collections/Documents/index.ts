import type { CollectionConfig } from 'payload'
import { isEditorOrAdmin } from '../../access/isEditorOrAdmin.ts'
import { publishedOrEditor } from '../../access/publishedOrEditor.ts'
import { enqueueSearchRemoval } from './hooks/enqueueSearchRemoval.ts'
import { enqueueSearchSync } from './hooks/enqueueSearchSync.ts'
import { kindOptions } from './kinds.ts'

export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: {
    singular: { de: 'Dokument', en: 'Document' },
    plural: { de: 'Dokumente', en: 'Documents' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', '_status', 'updatedAt'],
  },
  versions: { drafts: true },
  access: {
    read: publishedOrEditor,
    // Versions hold drafts: without this, any signed-in person could read unpublished text through /versions.
    readVersions: isEditorOrAdmin,
    create: isEditorOrAdmin,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  hooks: {
    afterChange: [enqueueSearchSync],
    afterDelete: [enqueueSearchRemoval],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      label: { de: 'Titel', en: 'Title' },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: [...kindOptions],
      label: { de: 'Art', en: 'Kind' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'summary',
      type: 'textarea',
      label: { de: 'Kurzfassung', en: 'Summary' },
    },
    {
      name: 'body',
      type: 'richText',
      label: { de: 'Inhalt', en: 'Body' },
    },
  ],
}
