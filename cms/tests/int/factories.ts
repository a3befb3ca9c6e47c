import { randomUUID } from 'node:crypto'
import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import type { Role } from '../../src/access/hasRole.ts'
import type { Document, OrgUnit, User } from '../../src/payload-types.ts'
import { lexical } from '../../src/scripts/seed/lexical.ts'

/** Test files share one database: unique values keep them independent of each other and of reruns. */
export const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`

export async function buildOrgUnit(payload: Payload, data: Partial<RequiredDataFromCollectionSlug<'org-units'>> = {}): Promise<OrgUnit> {
  const code = unique('OE')
  return payload.create({ collection: 'org-units', data: { name: `Einheit ${code}`, shortCode: code, ...data }, overrideAccess: true })
}

let defaultUnit: Promise<OrgUnit> | undefined
/** The unit that owns documents built without an explicit owner. */
export const testUnit = (payload: Payload) => (defaultUnit ??= buildOrgUnit(payload, { name: 'Testamt' }))

export async function buildUser(payload: Payload, roles: Role[] = ['staff'], data: Partial<RequiredDataFromCollectionSlug<'users'>> = {}): Promise<User> {
  return payload.create({
    collection: 'users',
    data: { email: `${unique(roles.join('-') || 'none')}@test.lotse`, name: 'Test Person', roles, password: 'test-password', ...data },
    overrideAccess: true,
  })
}

type DocumentData = Partial<RequiredDataFromCollectionSlug<'documents'>>

/**
 * A published document of the test unit unless told otherwise; `_status: 'draft'` saves a draft only. Built as trusted
 * server code (no user), like seed and migration, so the workflow does not ask for an approval.
 */
export async function buildDocument(payload: Payload, data: DocumentData = {}): Promise<Document> {
  const status = data._status ?? 'published'
  return payload.create({
    collection: 'documents',
    data: {
      title: unique('Testdokument'),
      kind: 'work-aid',
      summary: 'Kurzfassung für den Test',
      body: lexical('## Abschnitt', 'Ein Absatz mit Inhalt.'),
      ownerUnit: (await testUnit(payload)).id,
      workflowStatus: status === 'published' ? 'published' : 'draft',
      classification: 'internal',
      ...data,
      _status: status,
    },
    draft: status === 'draft',
    overrideAccess: true,
  })
}
