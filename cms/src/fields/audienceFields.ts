import type { Field } from 'payload'
import { roleOptions } from '../collections/Users/roles.ts'

/**
 * Who a document is for: org units (including the units below them) and/or roles; both empty means all staff.
 * `audienceAll` is derived on save so that every backend (Postgres, Meilisearch) can filter on "all staff".
 */
export const audienceFields = (): Field[] => [
  {
    type: 'collapsible',
    label: { de: 'Zielgruppe', en: 'Audience' },
    admin: { initCollapsed: false, description: { de: 'Leer = alle Beschäftigten.', en: 'Empty = all staff.' } },
    fields: [
      { name: 'audienceUnits', type: 'relationship', relationTo: 'org-units', hasMany: true, label: { de: 'Organisationseinheiten', en: 'Org units' } },
      { name: 'audienceRoles', type: 'select', hasMany: true, options: roleOptions.map((role) => ({ ...role })), label: { de: 'Rollen', en: 'Roles' } },
      {
        name: 'audienceAll',
        type: 'checkbox',
        defaultValue: true,
        index: true,
        // Hidden in the form, but shown in the version comparison.
        label: { de: 'Für alle Beschäftigten', en: 'For all staff' },
        admin: { hidden: true },
        hooks: {
          beforeChange: [({ siblingData }) => !(siblingData.audienceUnits as unknown[] | undefined)?.length && !(siblingData.audienceRoles as unknown[] | undefined)?.length],
        },
      },
    ],
  },
]
