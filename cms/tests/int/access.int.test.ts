import { Forbidden, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Role } from '../../src/access/hasRole.ts'
import type { Document } from '../../src/payload-types.ts'
import { idOf } from '@lotse/domain'
import { buildDocument, buildUser, testUnit } from './factories.ts'
import { getTestPayload } from './getTestPayload.ts'

let payload: Payload
let published: Document
let draft: Document
beforeAll(async () => {
  payload = await getTestPayload()
  published = await buildDocument(payload)
  draft = await buildDocument(payload, { _status: 'draft' })
})
afterAll(() => payload.destroy())

const visibleIds = async (user: Awaited<ReturnType<typeof buildUser>>, draftMode = false) => {
  const result = await payload.find({ collection: 'documents', user, overrideAccess: false, draft: draftMode, limit: 0 })
  return result.docs.map((doc) => doc.id)
}

// Everyone here belongs to the documents' owning unit; the full matrix across units is in accessMatrix.int.test.ts.
describe.each<{ roles: Role[]; seesDrafts: boolean; maintains: boolean }>([
  { roles: ['staff'], seesDrafts: false, maintains: false },
  { roles: ['manager'], seesDrafts: true, maintains: true },
  { roles: ['editor'], seesDrafts: true, maintains: true },
  { roles: ['admin'], seesDrafts: true, maintains: true },
])('documents as $roles of the owning unit', ({ roles, seesDrafts, maintains }) => {
  it(`sees published documents${seesDrafts ? ' and drafts' : ', no drafts'}`, async () => {
    const user = await buildUser(payload, roles, { orgUnit: (await testUnit(payload)).id })
    const ids = await visibleIds(user)
    expect(ids).toContain(published.id)
    expect(ids.includes(draft.id)).toBe(seesDrafts)
    // Asking for the latest drafts must not reveal them either.
    expect((await visibleIds(user, true)).includes(draft.id)).toBe(seesDrafts)
  })

  it(`${maintains ? 'may' : 'may not'} create documents, and reads only the version history it may`, async () => {
    const unit = await testUnit(payload)
    const user = await buildUser(payload, roles, { orgUnit: unit.id })
    const versions = await payload.findVersions({ collection: 'documents', user, overrideAccess: false, limit: 0 })
    const versionsOfDraft = versions.docs.filter((version) => idOf(version.parent) === String(draft.id))
    expect(versionsOfDraft.length > 0).toBe(seesDrafts)
    const create = payload.create({ collection: 'documents', data: { title: 'Neu', kind: 'news', ownerUnit: unit.id }, draft: true, user, overrideAccess: false })
    if (maintains) await expect(create).resolves.toMatchObject({ title: 'Neu', workflowStatus: 'draft' })
    else await expect(create).rejects.toThrow(Forbidden)
  })
})

describe('documents without a user', () => {
  it('are not readable at all', async () => {
    await expect(payload.find({ collection: 'documents', overrideAccess: false })).rejects.toThrow(Forbidden)
    await expect(payload.findByID({ collection: 'documents', id: published.id, overrideAccess: false })).rejects.toThrow(Forbidden)
  })
})

describe('users', () => {
  it('staff see colleagues (the directory), update only themselves, and cannot change their own roles', async () => {
    const staff = await buildUser(payload, ['staff'])
    const other = await buildUser(payload, ['staff'])
    const seen = await payload.find({ collection: 'users', user: staff, overrideAccess: false, limit: 0 })
    expect(seen.docs.map((user) => user.id)).toEqual(expect.arrayContaining([staff.id, other.id]))
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow(Forbidden)

    const updated = await payload.update({
      collection: 'users',
      id: staff.id,
      data: { name: 'Neuer Name', roles: ['admin'] },
      user: staff,
      overrideAccess: false,
    })
    expect(updated).toMatchObject({ name: 'Neuer Name', roles: ['staff'] })
    await expect(
      payload.update({ collection: 'users', id: other.id, data: { name: 'Fremd' }, user: staff, overrideAccess: false }),
    ).rejects.toThrow()
  })

  it('only admins create users and assign roles', async () => {
    const admin = await buildUser(payload, ['admin'])
    const editor = await buildUser(payload, ['editor'])
    const data = { email: `neu-${Date.now()}@test.lotse`, name: 'Neu', roles: ['editor' as const], password: 'test-password' }
    await expect(payload.create({ collection: 'users', data, user: editor, overrideAccess: false })).rejects.toThrow(Forbidden)
    await expect(payload.create({ collection: 'users', data, user: admin, overrideAccess: false })).resolves.toMatchObject({ roles: ['editor'] })
  })
})

describe.each<{ roles: Role[]; reads: boolean }>([
  { roles: ['staff'], reads: false },
  { roles: ['editor'], reads: false },
  { roles: ['admin'], reads: true },
])('search outbox as $roles', ({ roles, reads }) => {
  it(`${reads ? 'is' : 'is not'} readable, and never writable through the API`, async () => {
    const user = await buildUser(payload, roles)
    const read = payload.find({ collection: 'search-outbox', user, overrideAccess: false })
    await (reads ? expect(read).resolves.toBeDefined() : expect(read).rejects.toThrow(Forbidden))
    await expect(
      payload.create({ collection: 'search-outbox', data: { documentId: '1', op: 'delete' }, user, overrideAccess: false }),
    ).rejects.toThrow(Forbidden)
  })
})
