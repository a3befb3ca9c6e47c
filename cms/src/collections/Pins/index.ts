import type { Access, CollectionConfig } from 'payload'
import { nobody } from '../../access/nobody.ts'
import { refuseUnreadableDocument } from '../../fields/refuseUnreadableDocument.ts'
import { pinForSelf } from './hooks/pinForSelf.ts'

const named = (what: string) => (value: unknown) => (value === null || value === undefined ? `Name the ${what} to pin.` : true)

/** Each person's own pins and nobody else's — admins included: what someone keeps at hand is theirs alone. */
const ownPins: Access = ({ req: { user } }) => (user?.collection === 'users' ? { user: { equals: user.id } } : false)

/**
 * "Angeheftet": documents a person keeps on their start page. A collection of its own rather than a field on users:
 * people never get write access to their user record (where roles and units live), and a pin's row can be private
 * to its owner for reading, counting and deleting. The start page shows a pinned document only while the person may
 * still read it (the documents' own access rule, applied when the site loads them).
 */
export const Pins: CollectionConfig = {
  slug: 'pins',
  labels: { singular: { de: 'Angeheftetes Dokument', en: 'Pinned document' }, plural: { de: 'Angeheftete Dokumente', en: 'Pinned documents' } },
  // Pinned and unpinned on the site's document page.
  admin: { hidden: true },
  access: { read: ownPins, create: ({ req: { user } }) => user?.collection === 'users', update: nobody, delete: ownPins },
  indexes: [{ fields: ['user', 'document'], unique: true }],
  hooks: { beforeChange: [pinForSelf] },
  // Not `required`: that would make the columns NOT NULL, and deleting a person or a document (the database then sets
  // their pins' reference to null) would fail. A pin without its document or person is shown to nobody.
  fields: [
    // Set by hooks/pinForSelf.ts from the signed-in person.
    { name: 'user', type: 'relationship', relationTo: 'users', index: true, validate: named('person'), label: { de: 'Person', en: 'User' } },
    { name: 'document', type: 'relationship', relationTo: 'documents', index: true, validate: named('document'), hooks: { beforeValidate: [refuseUnreadableDocument] }, label: { de: 'Dokument', en: 'Document' } },
  ],
}
