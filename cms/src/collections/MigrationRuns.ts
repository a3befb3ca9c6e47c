import type { CollectionConfig } from 'payload'
import { hasRole } from '../access/hasRole.ts'
import { nobody } from '../access/nobody.ts'

/** One record per content-migration run, with its report; written by the migration CLI only. */
export const MigrationRuns: CollectionConfig = {
  slug: 'migration-runs',
  labels: { singular: { de: 'Migrationslauf', en: 'Migration run' }, plural: { de: 'Migrationsläufe', en: 'Migration runs' } },
  admin: { useAsTitle: 'root', defaultColumns: ['root', 'startedAt', 'finishedAt', 'kpi'], group: { de: 'Betrieb', en: 'Operations' } },
  access: {
    read: ({ req: { user } }) => hasRole(user, 'manager', 'admin'),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  fields: [
    { name: 'root', type: 'text', required: true, label: { de: 'Laufwerk/Ordner', en: 'Drive/folder' } },
    { name: 'startedAt', type: 'date', required: true, label: { de: 'Begonnen', en: 'Started' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'finishedAt', type: 'date', label: { de: 'Beendet', en: 'Finished' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'kpi', type: 'number', label: { de: 'Übernommen (%)', en: 'Migrated (%)' } },
    { name: 'report', type: 'json', label: { de: 'Bericht', en: 'Report' } },
  ],
}
