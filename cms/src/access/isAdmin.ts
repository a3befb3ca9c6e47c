import type { PayloadRequest } from 'payload'
import { hasRole } from './hasRole.ts'

/** Admins only; returns a plain boolean, so it serves as collection and field access alike. */
export const isAdmin = ({ req: { user } }: { req: PayloadRequest }): boolean => hasRole(user, 'admin')
