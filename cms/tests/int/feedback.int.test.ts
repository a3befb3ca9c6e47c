import { ValidationError, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OrgUnit, User } from '../../src/payload-types.ts'
import { buildDocument, buildOrgUnit, buildUser } from './factories.ts'
import { getTestPayload } from './getTestPayload.ts'
import { graphqlQuery, loginAs, rest } from './restClient.ts'

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

  it('keeps what the system set (author, document) and what the author wrote, whoever updates it on whichever API', async () => {
    const doc = await buildDocument(payload, { ownerUnit: owner.id })
    const elsewhere = await buildDocument(payload, { ownerUnit: owner.id })
    const feedback = await payload.create({ collection: 'feedback', data: { document: doc.id, kind: 'outdated', comment: 'Original' }, user: author, overrideAccess: false, depth: 0 })
    const admin = await buildUser(payload, ['admin'])
    const rewrite = { createdBy: colleague.id, document: elsewhere.id, kind: 'wrong', comment: 'Umgeschrieben' } as const

    const viaRest = await rest(`feedback/${feedback.id}`, { method: 'PATCH', token: await loginAs(ownerEditor.email), body: { ...rewrite, status: 'resolved' } })
    expect(viaRest.status).toBe(200)
    await graphqlQuery(
      `mutation { updateFeedback(id: ${feedback.id}, data: { createdBy: ${colleague.id}, document: ${elsewhere.id}, comment: "Umgeschrieben" }) { id } }`,
      await loginAs(admin.email),
    )
    await payload.update({ collection: 'feedback', id: feedback.id, data: rewrite, user: admin, overrideAccess: false })

    const stored = await payload.findByID({ collection: 'feedback', id: feedback.id, depth: 0, overrideAccess: true })
    expect(stored).toMatchObject({ createdBy: author.id, document: doc.id, kind: 'outdated', comment: 'Original', status: 'resolved' })
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
