import { ValidationError, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OrgUnit, User } from '../../src/payload-types.ts'
import { buildDocument, buildOrgUnit, buildUser } from './factories.ts'
import { getTestPayload } from './getTestPayload.ts'

let payload: Payload
let owner: OrgUnit
let author: User
let colleague: User
let ownerEditor: User
beforeAll(async () => {
  payload = await getTestPayload()
  owner = await buildOrgUnit(payload)
  const elsewhere = await buildOrgUnit(payload)
  author = await buildUser(payload, ['staff'], { orgUnit: elsewhere.id })
  colleague = await buildUser(payload, ['staff'], { orgUnit: elsewhere.id })
  ownerEditor = await buildUser(payload, ['editor'], { orgUnit: owner.id })
})
afterAll(() => payload.destroy())

describe('feedback on a document', () => {
  it('reaches the owning unit, records its author, and stays private to both', async () => {
    const doc = await buildDocument(payload, { ownerUnit: owner.id })
    const feedback = await payload.create({
      collection: 'feedback',
      data: { document: doc.id, kind: 'outdated', comment: 'Die Frist hat sich geändert.', createdBy: ownerEditor.id, status: 'resolved' },
      user: author,
      overrideAccess: false,
      depth: 0,
    })
    // Author and status come from the system, not from the request.
    expect(feedback).toMatchObject({ createdBy: author.id, status: 'open' })
    const seenBy = async (user: User) => (await payload.find({ collection: 'feedback', user, overrideAccess: false, depth: 0 })).docs.map((entry) => entry.id)
    expect(await seenBy(ownerEditor)).toContain(feedback.id)
    expect(await seenBy(author)).toContain(feedback.id)
    expect(await seenBy(colleague)).not.toContain(feedback.id)
    await expect(payload.update({ collection: 'feedback', id: feedback.id, data: { status: 'resolved' }, user: ownerEditor, overrideAccess: false })).resolves.toMatchObject({ status: 'resolved' })
    await expect(payload.update({ collection: 'feedback', id: feedback.id, data: { status: 'open' }, user: author, overrideAccess: false })).rejects.toThrow()
  })

  it('is refused on a document the person may not read', async () => {
    const secret = await buildDocument(payload, { ownerUnit: owner.id, classification: 'confidential' })
    const error = await payload
      .create({ collection: 'feedback', data: { document: secret.id, kind: 'wrong' }, user: author, overrideAccess: false })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).data.errors).toEqual([expect.objectContaining({ path: 'document', message: expect.stringContaining('may read') })])
  })
})
