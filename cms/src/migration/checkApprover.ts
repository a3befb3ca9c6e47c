import { idOf, idsOf } from '@lotse/domain'
import type { Payload } from 'payload'
import { hasRole } from '../access/hasRole.ts'
import { unitsOf } from '../access/unitsOf.ts'
import { CmsError } from '../CmsError.ts'
import type { User } from '../payload-types.ts'

/**
 * The person a migration run names as approver of what it publishes, checked before anything is imported: the run is
 * the author, so the four-eyes rule holds only when the approver is a real person who may approve documents of every
 * owning unit the run publishes to — an admin, or an editor or manager of that unit, as Documents/hooks/enforceWorkflow.ts
 * requires of a person publishing by hand.
 */
export async function checkApprover(payload: Payload, email: string, ownerUnits: Array<number | string>): Promise<User> {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email.trim().toLowerCase() } }, limit: 1, depth: 0, overrideAccess: true })
  const user = docs[0]
  if (!user) throw new CmsError('APPROVER_INVALID', `No person with the address ${email} exists in Lotse: name an approver who has an account (--approved-by EMAIL or approvedBy in the mapping file).`)
  if (hasRole(user, 'admin')) return user
  if (!hasRole(user, 'editor', 'manager')) {
    throw new CmsError('APPROVER_INVALID', `${email} may not approve documents (roles: ${user.roles.join(', ') || 'none'}): the approver must be an editor or manager of the owning unit, or an admin.`)
  }
  const own = new Set(unitsOf({ orgUnit: idOf(user.orgUnit), managerOf: idsOf(user.managerOf) }))
  const foreign = [...new Set(ownerUnits.map(String))].filter((unit) => !own.has(unit))
  if (foreign.length) {
    const { docs: units } = await payload.find({ collection: 'org-units', where: { id: { in: foreign } }, pagination: false, depth: 0, overrideAccess: true })
    const names = units.map((unit) => unit.shortCode).join(', ')
    throw new CmsError('APPROVER_INVALID', `${email} may not approve documents of ${names}: they are an editor or manager of other units only. Name an admin or a person of those units as approver, or import these documents as drafts.`)
  }
  return user
}
