import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../access/isAdmin.ts'
import { isSignedIn } from '../../access/isSignedIn.ts'
import { preventParentCycle } from './hooks/preventParentCycle.ts'

/** The organisation chart: departments (Ämter), divisions and teams as a tree. */
export const OrgUnits: CollectionConfig = {
  slug: 'org-units',
  labels: {
    singular: { de: 'Organisationseinheit', en: 'Org unit' },
    plural: { de: 'Organisationseinheiten', en: 'Org units' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'shortCode', 'parent'],
    group: { de: 'Organisation', en: 'Organisation' },
  },
  access: { read: isSignedIn, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: { beforeValidate: [preventParentCycle] },
  fields: [
    { name: 'name', type: 'text', required: true, label: { de: 'Name', en: 'Name' } },
    {
      name: 'shortCode',
      type: 'text',
      required: true,
      unique: true,
      label: { de: 'Kurzzeichen', en: 'Short code' },
      admin: { description: { de: 'z. B. „Amt 50“ oder „50.2“', en: 'e.g. "Amt 50" or "50.2"' } },
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'org-units',
      label: { de: 'Übergeordnete Einheit', en: 'Parent unit' },
    },
  ],
}
