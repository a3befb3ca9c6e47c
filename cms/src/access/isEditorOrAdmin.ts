import type { PayloadRequest } from 'payload'
import { hasRole } from './hasRole.ts'

/** People who maintain content: editors and admins. */
export const isEditorOrAdmin = ({ req: { user } }: { req: PayloadRequest }): boolean => hasRole(user, 'editor', 'admin')
