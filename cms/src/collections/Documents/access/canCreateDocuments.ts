import type { Access } from 'payload'
import { hasRole } from '../../../access/hasRole.ts'

/** Editors, managers and admins write documents; for which unit is checked on save (hooks/enforceWorkflow.ts). */
export const canCreateDocuments: Access = ({ req: { user } }) => hasRole(user, 'editor', 'manager', 'admin')
