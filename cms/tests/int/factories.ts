import { randomUUID } from 'node:crypto'
import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import type { Document, User } from '../../src/payload-types.ts'
import type { Role } from '../../src/access/hasRole.ts'
import { lexical } from '../../src/scripts/seed/lexical.ts'

/** Test files share one database: unique values keep them independent of each other and of reruns. */
export const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`

export async function buildUser(payload: Payload, roles: Role[] = ['staff']): Promise<User> {
  return payload.create({
    collection: 'users',
    data: { email: `${unique(roles.join('-'))}@test.lotse`, name: 'Test Person', roles, password: 'test-password' },
    overrideAccess: true,
  })
}

type DocumentData = Partial<RequiredDataFromCollectionSlug<'documents'>>

/** A published document unless `_status: 'draft'` is given (then it is saved as a draft only). */
export async function buildDocument(payload: Payload, data: DocumentData = {}): Promise<Document> {
  const status = data._status ?? 'published'
  return payload.create({
    collection: 'documents',
    data: {
      title: unique('Testdokument'),
      kind: 'work-aid',
      summary: 'Kurzfassung für den Test',
      body: lexical('## Abschnitt', 'Ein Absatz mit Inhalt.'),
      ...data,
      _status: status,
    },
    draft: status === 'draft',
    overrideAccess: true,
  })
}
