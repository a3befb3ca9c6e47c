import type { CollectionConfig } from 'payload'
import { hasRole } from '../../access/hasRole.ts'
import { nobody } from '../../access/nobody.ts'
import { acknowledgementStatus } from './endpoints/acknowledgementStatus.ts'
import { acknowledgeDocument } from './endpoints/acknowledgeDocument.ts'
import { acknowledgementForDocument } from './endpoints/acknowledgementForDocument.ts'
import { pendingAcknowledgements } from './endpoints/pendingAcknowledgements.ts'

/**
 * "Lesebestätigungen": a person confirms having read a document in its current acknowledgement round (a round starts
 * with each published version that has a material change). Written only through the endpoints below.
 */
export const Acknowledgements: CollectionConfig = {
  slug: 'acknowledgements',
  labels: { singular: { de: 'Lesebestätigung', en: 'Acknowledgement' }, plural: { de: 'Lesebestätigungen', en: 'Acknowledgements' } },
  admin: { defaultColumns: ['document', 'user', 'round', 'acknowledgedAt'], group: { de: 'Betrieb', en: 'Operations' } },
  access: {
    // Own confirmations; completion across people goes through the status endpoint, which checks who manages whom.
    read: ({ req: { user } }) => (user ? hasRole(user, 'admin') || { user: { equals: user.id } } : false),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  indexes: [{ fields: ['user', 'document', 'round'], unique: true }],
  endpoints: [
    { path: '/pending', method: 'get', handler: pendingAcknowledgements },
    { path: '/confirm/:documentId', method: 'post', handler: acknowledgeDocument },
    { path: '/status/:documentId', method: 'get', handler: acknowledgementStatus },
    { path: '/document/:documentId', method: 'get', handler: acknowledgementForDocument },
  ],
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true, label: { de: 'Person', en: 'User' } },
    { name: 'document', type: 'relationship', relationTo: 'documents', required: true, index: true, label: { de: 'Dokument', en: 'Document' } },
    { name: 'round', type: 'number', required: true, label: { de: 'Runde', en: 'Round' } },
    { name: 'versionLabel', type: 'text', label: { de: 'Fassung', en: 'Version' } },
    { name: 'acknowledgedAt', type: 'date', required: true, label: { de: 'Bestätigt am', en: 'Acknowledged at' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
