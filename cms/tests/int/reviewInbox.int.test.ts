import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadInbox } from '../../src/admin/ReviewInbox/loadInbox.ts'
import { ownUnitsOnly } from '../../src/collections/Documents/lib/ownUnitsOnly.ts'
import type { OrgUnit, User } from '../../src/payload-types.ts'
import { buildDocument, buildOrgUnit, buildUser, unique } from './factories.ts'
import { getTestPayload } from './getTestPayload.ts'
import { loginAs, rest } from './restClient.ts'

let payload: Payload
let unit: OrgUnit
let other: OrgUnit
let author: User
let manager: User
let foreignManager: User

beforeAll(async () => {
  payload = await getTestPayload()
  unit = await buildOrgUnit(payload)
  other = await buildOrgUnit(payload)
  author = await buildUser(payload, ['editor'], { orgUnit: unit.id })
  manager = await buildUser(payload, ['manager'], { orgUnit: other.id, managerOf: [unit.id] })
  foreignManager = await buildUser(payload, ['manager'], { orgUnit: other.id, managerOf: [other.id] })
})
afterAll(() => payload.destroy())

const titles = (entries: { title: string }[]) => entries.map((entry) => entry.title)

describe('the review inbox on the admin start page', () => {
  it("shows each person what waits for them, read with their own access", async () => {
    const token = await loginAs(author.email)
    const create = async (title: string) =>
      (await rest('documents?draft=true', { method: 'POST', token, body: { title, kind: 'directive', ownerUnit: unit.id, classification: 'internal' } })).json.doc.id as number
    const submitted = unique('Eingereicht')
    const returned = unique('Zurückgegeben')
    const submittedId = await create(submitted)
    const returnedId = await create(returned)
    for (const id of [submittedId, returnedId]) await rest(`documents/${id}/workflow`, { method: 'POST', token, body: { action: 'submit' } })
    await rest(`documents/${returnedId}/workflow`, { method: 'POST', token: await loginAs(manager.email), body: { action: 'return', comment: 'Quelle fehlt.' } })
    const due = await buildDocument(payload, { ownerUnit: unit.id, title: unique('Fällig'), reviewDue: new Date(Date.now() + 5 * 86_400_000).toISOString() })
    await payload.create({ collection: 'feedback', data: { document: due.id, kind: 'outdated', comment: 'Frist veraltet' }, user: author, overrideAccess: false })

    const forManager = await loadInbox(payload, manager)
    expect(titles(forManager.waiting)).toContain(submitted)
    expect(forManager.waiting.find((entry) => entry.title === submitted)).toMatchObject({ by: author.name, compareHref: expect.stringMatching(/^\/admin\/collections\/documents\/\d+\/versions\/\d+$/) })
    expect(titles(forManager.reviewDue)).toEqual([due.title])
    expect(forManager.feedback).toEqual([expect.objectContaining({ id: due.id, kind: 'outdated', comment: 'Frist veraltet' })])

    const forAuthor = await loadInbox(payload, author)
    // Four eyes: one's own submission does not wait for one's own approval.
    expect(titles(forAuthor.waiting)).not.toContain(submitted)
    expect(forAuthor.drafts.find((entry) => entry.title === returned)).toMatchObject({ comment: 'Quelle fehlt.', by: manager.name })

    const outsider = await loadInbox(payload, foreignManager)
    const seen = [outsider.waiting, outsider.drafts, outsider.reviewDue, outsider.feedback].flat().map((entry) => entry.title)
    expect(seen.filter((title) => [submitted, returned, due.title].includes(title))).toEqual([])
  })
})

describe('owning-unit choices', () => {
  it("offer an editor's and a manager's own units only, admins and trusted code every unit", () => {
    const options = (user: Partial<User> | null) => ownUnitsOnly({ user })
    expect(options(author)).toEqual({ id: { in: [String(unit.id)] } })
    expect(options(manager)).toEqual({ id: { in: [String(other.id), String(unit.id)] } })
    expect(options({ roles: ['admin'] })).toBe(true)
    expect(options(null)).toBe(true)
  })
})
