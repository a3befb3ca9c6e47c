import { canRead, isAddressedTo, visibilityFactsOf, type VisibilityViewer } from '@lotse/domain'
import type { Payload, PayloadRequest } from 'payload'
import type { Document, OrgUnit, User } from '../../payload-types.ts'
import { idOf, idsOf } from '@lotse/domain'
import { acknowledgementRound } from '../../collections/Acknowledgements/lib/acknowledgementRound.ts'
import { DEMO_STAFF_EMAIL } from './demoUsers.ts'

/** A unit and all units above it, from an in-memory list of units. */
export function unitPathOf(units: Pick<OrgUnit, 'id' | 'parent'>[], unitId: string | null): string[] {
  const parentOf = new Map(units.map((unit) => [String(unit.id), idOf(unit.parent)]))
  const path: string[] = []
  for (let unit = unitId; unit && !path.includes(unit) && parentOf.has(unit); unit = parentOf.get(unit) ?? null) path.push(unit)
  return path
}

/** A person as the visibility rule sees them. */
export function viewerOfUser(user: Pick<User, 'id' | 'roles' | 'orgUnit' | 'managerOf'>, units: Pick<OrgUnit, 'id' | 'parent'>[]): VisibilityViewer {
  const orgUnit = idOf(user.orgUnit)
  return { id: String(user.id), roles: [...(user.roles ?? [])], orgUnit, unitPath: unitPathOf(units, orgUnit), managerOf: idsOf(user.managerOf) }
}

/**
 * Who must acknowledge a document: those it is addressed to and who may read it — the same rule as the acknowledgement
 * status endpoint (collections/Acknowledgements/endpoints/acknowledgementStatus.ts).
 */
export function addresseesOf(doc: Document, people: User[], units: Pick<OrgUnit, 'id' | 'parent'>[]): User[] {
  const facts = visibilityFactsOf(doc)
  return people.filter((person) => {
    const viewer = viewerOfUser(person, units)
    return isAddressedTo(viewer, facts) && canRead(viewer, facts)
  })
}

/**
 * Confirmations for roughly half of each document's addressees in its current round, so that the dashboards show
 * partial completion. Deterministic: every other addressee in name order, starting with a different person per
 * document, so everybody has some confirmed and some pending documents. Each is dated within the round's first days
 * (the round may have started weeks ago), never in the future.
 */
export async function seedAcknowledgements(
  payload: Payload,
  req: PayloadRequest,
  documents: Document[],
  people: User[],
  units: Pick<OrgUnit, 'id' | 'parent'>[],
): Promise<number> {
  let created = 0
  const now = Date.now()
  for (const [index, doc] of documents.entries()) {
    if (!doc.requiresAcknowledgement || !doc.acknowledgementRound) continue
    const roundStart = doc.acknowledgementRoundStartedAt ? new Date(doc.acknowledgementRoundStartedAt).getTime() : now
    const addressees = addresseesOf(doc, people, units).sort((a, b) => a.name.localeCompare(b.name, 'de'))
    for (const [position, person] of addressees.entries()) {
      // Leave at least one addressee open, however few there are; and the demo staff login its overdue rounds, so that
      // the start page of staff@demo.lotse shows what an overdue confirmation looks like.
      if ((position + index) % 2 !== 0 || position === addressees.length - 1) continue
      if (person.email === DEMO_STAFF_EMAIL && acknowledgementRound(doc)?.overdue) continue
      const acknowledgedAt = new Date(Math.min(now, roundStart + (1 + (position % 5)) * 86_400_000 + position * 3_600_000)).toISOString()
      await payload.create({
        collection: 'acknowledgements',
        data: { user: person.id, document: doc.id, round: doc.acknowledgementRound, versionLabel: doc.versionLabel ?? null, acknowledgedAt },
        req,
        overrideAccess: true,
      })
      created++
    }
  }
  return created
}
