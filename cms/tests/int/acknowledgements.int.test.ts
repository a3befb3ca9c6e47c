import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Document, OrgUnit, User } from '../../src/payload-types.ts'
import { lexical } from '../../src/scripts/seed/lexical.ts'
import { buildOrgUnit, buildUser, unique } from './factories.ts'
import { getTestPayload } from './getTestPayload.ts'
import { loginAs, rest } from './restClient.ts'

let payload: Payload
let amt: OrgUnit
let team: OrgUnit
let other: OrgUnit
let author: User
let reviewer: User
let manager: User
let staffA: User
let staffB: User
let outsider: User
let doc: Document
const tokens = new Map<User, string>()
const token = async (user: User) => tokens.get(user) ?? tokens.set(user, await loginAs(user.email)).get(user)!

beforeAll(async () => {
  payload = await getTestPayload()
  amt = await buildOrgUnit(payload)
  team = await buildOrgUnit(payload, { parent: amt.id })
  other = await buildOrgUnit(payload)
  author = await buildUser(payload, ['editor'], { orgUnit: amt.id, name: 'Anna Autorin' })
  reviewer = await buildUser(payload, ['editor'], { orgUnit: amt.id, name: 'Rita Prüferin' })
  manager = await buildUser(payload, ['manager'], { orgUnit: amt.id, managerOf: [team.id], name: 'Max Leitung' })
  staffA = await buildUser(payload, ['staff'], { orgUnit: team.id, name: 'Sara Sachbearbeiterin' })
  staffB = await buildUser(payload, ['staff'], { orgUnit: team.id, name: 'Tom Teamkollege' })
  outsider = await buildUser(payload, ['staff'], { orgUnit: other.id, name: 'Olga Außen' })
  doc = await publishNewVersion(
    await payload.create({
      collection: 'documents',
      data: { title: unique('Weisung Datenschutz'), kind: 'directive', ownerUnit: amt.id, audienceUnits: [amt.id], requiresAcknowledgement: true, acknowledgeWithinDays: 7, changeNote: 'Erstfassung' },
      draft: true,
      user: author,
      overrideAccess: false,
    }),
  )
})
afterAll(() => payload.destroy())

async function publishNewVersion(current: Document, data: Partial<Document> = {}): Promise<Document> {
  await payload.update({ collection: 'documents', id: current.id, data: { ...data, workflowStatus: 'in-review' }, draft: true, user: author, overrideAccess: false })
  return payload.update({ collection: 'documents', id: current.id, data: { workflowStatus: 'published', _status: 'published' }, depth: 0, user: reviewer, overrideAccess: false })
}

const pending = async (user: User) => (await rest('acknowledgements/pending', { token: await token(user) })).json.pending as { id: number; round: number; dueAt: string }[]
const confirm = async (user: User, id = doc.id) => rest(`acknowledgements/confirm/${id}`, { method: 'POST', token: await token(user) })
const status = async (user: User) => rest(`acknowledgements/status/${doc.id}`, { token: await token(user) })

describe('acknowledgements ("Lesebestätigung")', () => {
  it('lists the document as pending for everyone addressed, with its due date', async () => {
    expect(doc.acknowledgementRound).toBe(1)
    const [entry] = (await pending(staffA)).filter((item) => item.id === doc.id)
    expect(entry).toMatchObject({ round: 1, dueAt: expect.any(String) })
    expect(new Date(entry.dueAt).getTime() - new Date(doc.acknowledgementRoundStartedAt!).getTime()).toBe(7 * 86_400_000)
    expect((await pending(outsider)).map((item) => item.id)).not.toContain(doc.id)
  })

  it('confirms idempotently', async () => {
    const first = await confirm(staffA)
    expect(first.status).toBe(201)
    const again = await confirm(staffA)
    expect(again.status).toBe(200)
    expect(again.json).toMatchObject({ created: false, acknowledgement: { id: first.json.acknowledgement.id } })
    expect((await pending(staffA)).map((item) => item.id)).not.toContain(doc.id)
  })

  it('tells a person their own state for one document, and nothing about documents they may not read', async () => {
    const mine = async (user: User) => rest(`acknowledgements/document/${doc.id}`, { token: await token(user) })
    expect((await mine(staffA)).json).toMatchObject({ asked: true, round: 1, dueAt: expect.any(String), acknowledgedAt: expect.any(String) })
    expect((await mine(staffB)).json).toMatchObject({ asked: true, round: 1, acknowledgedAt: null })
    expect((await mine(outsider)).status).toBe(404)
  })

  it('confirms only the round the person was shown', async () => {
    const stale = await rest(`acknowledgements/confirm/${doc.id}?round=99`, { method: 'POST', token: await token(staffB) })
    expect(stale).toMatchObject({ status: 409, json: { errors: [{ message: expect.stringContaining('has changed') }] } })
    expect((await pending(staffB)).map((item) => item.id)).toContain(doc.id)
  })

  it('refuses a document the person may not read, and one that asks for nothing', async () => {
    const secret = await payload.create({
      collection: 'documents',
      data: { title: unique('Vertraulich'), kind: 'directive', ownerUnit: amt.id, classification: 'confidential', requiresAcknowledgement: true, workflowStatus: 'published', _status: 'published' },
      overrideAccess: true,
    })
    expect(await confirm(outsider, secret.id)).toMatchObject({ status: 404, json: { errors: [{ message: expect.stringContaining('that you may read') }] } })
    const plain = await payload.create({ collection: 'documents', data: { title: unique('Ohne'), kind: 'news', ownerUnit: amt.id, classification: 'internal', workflowStatus: 'published', _status: 'published' }, overrideAccess: true })
    expect(await confirm(staffA, plain.id)).toMatchObject({ status: 400 })
  })

  it('shows managers the completion per unit with who is missing; not to staff', async () => {
    const { status: code, json } = await status(manager)
    expect(code).toBe(200)
    expect(json.units).toEqual([expect.objectContaining({ unit: expect.objectContaining({ id: String(team.id) }), addressed: 2, acknowledged: 1, missing: [{ id: String(staffB.id), name: 'Tom Teamkollege' }] })])
    expect((await status(staffA)).status).toBe(403)
  })

  it('keeps confirmations over a typo fix and asks again after a material change', async () => {
    doc = await publishNewVersion(doc, { body: lexical('Tippfehler korrigiert.'), changeNote: 'Tippfehler', materialChange: false })
    expect(doc.acknowledgementRound).toBe(1)
    expect((await pending(staffA)).map((item) => item.id)).not.toContain(doc.id)

    doc = await publishNewVersion(doc, { body: lexical('Neue Pflichten.'), changeNote: 'Neue Pflichten', materialChange: true })
    expect(doc.acknowledgementRound).toBe(2)
    expect((await pending(staffA)).map((item) => item.id)).toContain(doc.id)
    expect((await status(manager)).json.units[0]).toMatchObject({ addressed: 2, acknowledged: 0 })
  })
})
