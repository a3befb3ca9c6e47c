import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../access/isAdmin.ts'
import { isAdminOrSelf } from '../../access/isAdminOrSelf.ts'
import { isEditorOrAdmin } from '../../access/isEditorOrAdmin.ts'
import { ensureFirstUserIsAdmin } from './hooks/ensureFirstUserIsAdmin.ts'
import { roleOptions } from './roles.ts'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { de: 'Person', en: 'User' },
    plural: { de: 'Personen', en: 'Users' },
  },
  auth: true,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles'],
  },
  access: {
    // The admin UI is the editors' workplace; staff and managers use the site.
    admin: isEditorOrAdmin,
    read: isAdminOrSelf,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      label: { de: 'Name', en: 'Name' },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['staff'],
      options: [...roleOptions],
      label: { de: 'Rollen', en: 'Roles' },
      // In the token, so the site and the search API can authorise without a database round trip.
      saveToJWT: true,
      // Self-service updates must not escalate privileges.
      access: { create: isAdmin, update: isAdmin },
      hooks: { beforeChange: [ensureFirstUserIsAdmin] },
    },
  ],
}
