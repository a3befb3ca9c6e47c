import type { PayloadRequest } from 'payload'
import { hasRole } from './hasRole.ts'

/** The admin UI's people: editors and admins maintain content, managers approve, return and retire their units' documents. */
export const isEditorOrManager = ({ req: { user } }: { req: PayloadRequest }): boolean => hasRole(user, 'editor', 'manager', 'admin')
