import { idOf, idsOf } from '@lotse/domain'
import type { FilterOptionsProps, Where } from 'payload'
import { hasRole } from '../../../access/hasRole.ts'

/**
 * The owning-unit choices: a person's own unit and the units they manage, the only ones the save hook lets them
 * create documents for; admins choose any. Trusted server code (no user) is not limited.
 */
export const ownUnitsOnly = ({ user }: Pick<FilterOptionsProps, 'user'>): true | Where => {
  if (!user || hasRole({ roles: user.roles ?? [] }, 'admin')) return true
  const units = [idOf(user.orgUnit), ...idsOf(user.managerOf)].filter((id) => id !== null)
  // No unit at all: nothing to offer (an id no unit has), so the field says so instead of listing every unit.
  return { id: { in: units.length ? units : [0] } }
}
