import type { CollectionConfig } from 'payload'
import { hasRole } from '../access/hasRole.ts'
import { nobody } from '../access/nobody.ts'

const count = (name: string, de: string, en: string) => ({ name, type: 'number' as const, defaultValue: 0, label: { de, en } })

/**
 * One record per content-migration run, with its totals, KPI and report; written by the migration CLI only (trusted
 * server code). The run is the author of what it imports; `approvedBy` the person who approved publishing it.
 */
export const MigrationRuns: CollectionConfig = {
  slug: 'migration-runs',
  labels: { singular: { de: 'Migrationslauf', en: 'Migration run' }, plural: { de: 'Migrationsläufe', en: 'Migration runs' } },
  admin: { useAsTitle: 'root', defaultColumns: ['root', 'status', 'startedAt', 'finishedAt', 'kpi'], group: { de: 'Betrieb', en: 'Operations' } },
  access: {
    read: ({ req: { user } }) => hasRole(user, 'manager', 'admin'),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  fields: [
    { name: 'root', type: 'text', required: true, label: { de: 'Laufwerk/Ordner', en: 'Drive/folder' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'running',
      index: true,
      options: [
        { value: 'running', label: { de: 'Läuft', en: 'Running' } },
        { value: 'finished', label: { de: 'Abgeschlossen', en: 'Finished' } },
        { value: 'aborted', label: { de: 'Abgebrochen', en: 'Aborted' } },
      ],
      label: { de: 'Status', en: 'Status' },
    },
    { name: 'startedAt', type: 'date', required: true, label: { de: 'Begonnen', en: 'Started' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'finishedAt', type: 'date', label: { de: 'Beendet', en: 'Finished' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'startedBy', type: 'text', label: { de: 'Gestartet von (Konto auf dem Rechner)', en: 'Started by (account on the machine)' } },
    { name: 'approvedBy', type: 'relationship', relationTo: 'users', label: { de: 'Freigabe durch', en: 'Approved by' } },
    { name: 'dryRun', type: 'checkbox', defaultValue: false, label: { de: 'Probelauf', en: 'Dry run' } },
    { name: 'options', type: 'json', label: { de: 'Optionen', en: 'Options' } },
    { name: 'kpi', type: 'number', label: { de: 'Übernommen (%)', en: 'Migrated (%)' } },
    {
      name: 'totals',
      type: 'group',
      label: { de: 'Summen', en: 'Totals' },
      fields: [
        count('files', 'Dateien', 'Files'),
        count('imported', 'Übernommen', 'Imported'),
        count('duplicates', 'Duplikate', 'Duplicates'),
        count('versions', 'Fassungen', 'Versions'),
        count('junk', 'Ballast', 'Junk'),
        count('unreadable', 'Unlesbar', 'Unreadable'),
        count('needsOcr', 'Texterkennung nötig', 'Needs OCR'),
        count('failed', 'Fehlgeschlagen', 'Failed'),
      ],
    },
    { name: 'report', type: 'json', label: { de: 'Bericht', en: 'Report' } },
  ],
}
