import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../access/isAdmin.ts'
import { isAdminOrSelf } from '../../access/isAdminOrSelf.ts'
import { isSignedIn } from '../../access/isSignedIn.ts'
import { isEditorOrManager } from '../../access/isEditorOrManager.ts'
import { visibilityProfile } from './endpoints/visibilityProfile.ts'
import { ensureFirstUserIsAdmin } from './hooks/ensureFirstUserIsAdmin.ts'
import { forgetFailedLogin } from './hooks/forgetFailedLogin.ts'
import { requireCurrentPassword } from './hooks/requireCurrentPassword.ts'
import { throttleLogin } from './hooks/throttleLogin.ts'
import { roleOptions } from './roles.ts'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { de: 'Person', en: 'User' },
    plural: { de: 'Personen', en: 'Users' },
  },
  auth: {
    // Payload's lockout lets anyone lock any account with five wrong passwords, and its message tells that the account
    // exists; `throttleLogin` slows down the guessing address instead.
    maxLoginAttempts: 0,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles'],
  },
  access: {
    // The admin UI is the editors' workplace and where managers approve; staff use the site.
    admin: isEditorOrManager,
    // Colleagues' names and addresses are the intranet's directory: documents name their responsible person.
    read: isSignedIn,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
  },
  endpoints: [{ path: '/visibility', method: 'get', handler: visibilityProfile }],
  hooks: {
    beforeOperation: [throttleLogin],
    afterLogin: [forgetFailedLogin],
    beforeChange: [requireCurrentPassword],
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
      {
      name: 'orgUnit',
      type: 'relationship',
      relationTo: 'org-units',
      index: true,
      label: { de: 'Organisationseinheit', en: 'Org unit' },
      // Membership decides what a person may read: only admins assign it.
      access: { create: isAdmin, update: isAdmin },
    },
    {
      name: 'managerOf',
      type: 'relationship',
      relationTo: 'org-units',
      hasMany: true,
      label: { de: 'Führungskraft von', en: 'Manager of' },
      access: { create: isAdmin, update: isAdmin },
      admin: { condition: (data) => Array.isArray(data?.roles) && data.roles.includes('manager') },
    },
    {
      name: 'currentPassword',
      type: 'text',
      // Only carried into `requireCurrentPassword`: never stored, never read back.
      virtual: true,
      access: { read: () => false },
      label: { de: 'Aktuelles Passwort', en: 'Current password' },
      admin: {
        description: { de: 'Nur nötig, um die eigene E-Mail-Adresse oder das eigene Passwort zu ändern.', en: 'Only needed to change your own email address or password.' },
        condition: (data, _siblingData, { user }) => Boolean(user && data?.id === user.id),
      },
    },
  ],
}
