import type { CollectionConfig } from 'payload'
import { isEditorOrAdmin } from '../access/isEditorOrAdmin.ts'
import { isSignedIn } from '../access/isSignedIn.ts'

/** Subject areas for browsing and faceting; a second level through `parent`. */
export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: { singular: { de: 'Thema', en: 'Topic' }, plural: { de: 'Themen', en: 'Topics' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'parent'], group: { de: 'Organisation', en: 'Organisation' } },
  access: { read: isSignedIn, create: isEditorOrAdmin, update: isEditorOrAdmin, delete: isEditorOrAdmin },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, label: { de: 'Name', en: 'Name' } },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'topics',
      label: { de: 'Oberthema', en: 'Parent topic' },
      // Two levels at most: a parent must itself be top-level.
      filterOptions: { parent: { exists: false } },
    },
  ],
}
