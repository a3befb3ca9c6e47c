import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Document, OrgUnit, User } from '../../src/payload-types.ts'
import { buildDocument, buildOrgUnit, buildUser, unique } from './factories.ts'
import { getTestPayload } from './getTestPayload.ts'
import { loginAs, rest } from './restClient.ts'

const DAY = 86_400_000
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString()

let payload: Payload
let unitA: OrgUnit
let teamA: OrgUnit
let unitB: OrgUnit
let managerA: User
let managerB: User
let staffA: User
let staffTeamA: User
let staffB: User
let editorA: User
let admin: User
let directive: Document
let secretB: Document
let reviewSoon: Document
let reviewLater: Document
let expiredA: Document
const tokens = new Map<User, string>()
const token = async (user: User) => tokens.get(user) ?? tokens.set(user, await loginAs(user.email)).get(user)!
const dashboardOf = async (user: User) => rest('dashboard', { token: await token(user) })

beforeAll(async () => {
  payload = await getTestPayload()
  unitA = await buildOrgUnit(payload)
  teamA = await buildOrgUnit(payload, { parent: unitA.id })
  unitB = await buildOrgUnit(payload)
  managerA = await buildUser(payload, ['manager'], { orgUnit: unitA.id, managerOf: [unitA.id], name: 'Anke Amtsleitung' })
  managerB = await buildUser(payload, ['manager'], { orgUnit: unitB.id, managerOf: [unitB.id], name: 'Bernd Bereichsleitung' })
  staffA = await buildUser(payload, ['staff'], { orgUnit: unitA.id, name: 'Alma Amt' })
  staffTeamA = await buildUser(payload, ['staff'], { orgUnit: teamA.id, name: 'Tina Team' })
  staffB = await buildUser(payload, ['staff'], { orgUnit: unitB.id, name: 'Berta Bereich' })
  editorA = await buildUser(payload, ['editor'], { orgUnit: unitA.id, name: 'Emil Redaktion' })
  admin = await buildUser(payload, ['admin'])

  // For all staff: it asks people of A and of B; a manager sees only their own people.
  directive = await buildDocument(payload, { title: unique('Weisung für alle'), kind: 'directive', ownerUnit: unitA.id, requiresAcknowledgement: true, acknowledgeWithinDays: 7 })
  // B's confidential document: due for review, expired, with feedback, migrated — and none of it may reach A.
  const run = await payload.create({ collection: 'migration-runs', data: { root: unique('S:/Amt'), status: 'finished', startedAt: inDays(-2), finishedAt: inDays(-1) }, overrideAccess: true })
  const migrated = (path: string) => ({ source: { path: unique(path), migrationRun: run.id } })
  secretB = await buildDocument(payload, { title: unique('Vertraulich B'), ownerUnit: unitB.id, classification: 'confidential', reviewDue: inDays(3), validUntil: inDays(-1), ...migrated('B/geheim.docx') })
  reviewSoon = await buildDocument(payload, { title: unique('Prüfung bald'), ownerUnit: teamA.id, reviewDue: inDays(10) })
  reviewLater = await buildDocument(payload, { title: unique('Prüfung später'), ownerUnit: unitA.id, reviewDue: inDays(60) })
  expiredA = await buildDocument(payload, { title: unique('Abgelaufen'), ownerUnit: unitA.id, validFrom: inDays(-400), validUntil: inDays(-5) })
  await buildDocument(payload, { title: unique('Übernommen'), ownerUnit: unitA.id, _status: 'draft', ...migrated('A/alt.docx') })

  await rest('feedback', { method: 'POST', token: await token(staffA), body: { document: directive.id, kind: 'unclear', comment: 'Abschnitt 2 ist unklar.' } })
  await rest('feedback', { method: 'POST', token: await token(staffB), body: { document: secretB.id, kind: 'outdated', comment: 'Geheim veraltet.' } })
}, 120_000)
afterAll(() => payload.destroy())

describe('GET /api/dashboard', () => {
  it.each([
    ['staff', () => staffA],
    ['an editor', () => editorA],
  ])('answers 403 to %s, on the dashboard and the completion endpoint', async (_name, who) => {
    expect((await dashboardOf(who())).status).toBe(403)
    expect((await rest(`acknowledgements/status/${directive.id}`, { token: await token(who()) })).status).toBe(403)
    expect((await rest('dashboard')).status).toBe(401)
  })

  it("counts only the manager's own people, per unit, and the completion rises with a confirmation", async () => {
    const completionOf = async (user: User) => (await dashboardOf(user)).json.directives.directives.find((item: { id: number }) => item.id === directive.id)
    const before = await completionOf(managerA)
    // A: the manager, staff, the editor; the team below A: one person. Nobody of B.
    expect(before).toMatchObject({ addressed: 4, acknowledged: 0, overdue: false })
    expect(before.units.map((entry: { unit: { id: string } }) => entry.unit.id).sort()).toEqual([String(unitA.id), String(teamA.id)].sort())
    expect(await completionOf(managerB)).toMatchObject({ addressed: 2, acknowledged: 0 })

    expect((await rest(`acknowledgements/confirm/${directive.id}`, { method: 'POST', token: await token(staffTeamA) })).status).toBe(201)
    expect(await completionOf(managerA)).toMatchObject({ addressed: 4, acknowledged: 1 })
    expect(await completionOf(managerB)).toMatchObject({ addressed: 2, acknowledged: 0 })

    const status = await rest(`acknowledgements/status/${directive.id}`, { token: await token(managerA) })
    expect(status.json.totals).toEqual({ addressed: 4, acknowledged: 1 })
    const names = status.json.units.flatMap((entry: { missing: { name: string }[] }) => entry.missing.map((person) => person.name))
    expect(names.sort()).toEqual(['Alma Amt', 'Anke Amtsleitung', 'Emil Redaktion'])
    expect(JSON.stringify(status.json)).not.toContain('Berta')
  })

  it('lists the review queue of the units below too: due within 30 days and expired, not later ones', async () => {
    const { json } = await dashboardOf(managerA)
    const listed = Object.fromEntries(json.review.documents.map((doc: { id: number; reason: string }) => [doc.id, doc.reason]))
    expect(listed).toEqual({ [expiredA.id]: 'expired', [reviewSoon.id]: 'reviewSoon' })
    expect(json.review.total).toBe(2)
    expect(listed[reviewLater.id]).toBeUndefined()
  })

  it('shows open feedback on the own units only, without authors', async () => {
    const a = (await dashboardOf(managerA)).json.feedback
    expect(a).toMatchObject({ total: 1, byKind: { unclear: 1 }, items: [{ kind: 'unclear', comment: 'Abschnitt 2 ist unklar.', document: { id: directive.id, unit: String(unitA.id) } }] })
    expect(JSON.stringify(a)).not.toContain('Alma')
    const b = (await dashboardOf(managerB)).json.feedback
    expect(b).toMatchObject({ total: 1, byKind: { outdated: 1 } })
  })

  it("tells manager A nothing about B's confidential document: not in any list, not in any count", async () => {
    const { json } = await dashboardOf(managerA)
    const text = JSON.stringify(json)
    expect(text).not.toContain(secretB.title)
    expect(text).not.toContain('Geheim')
    expect(json.scope.units.map((unit: { id: string }) => unit.id).sort()).toEqual([String(unitA.id), String(teamA.id)].sort())
    // Manager B reads their own confidential document and sees it everywhere it belongs.
    const b = (await dashboardOf(managerB)).json
    expect(b.review.documents.map((doc: { id: number }) => doc.id)).toEqual([secretB.id])
    expect(b.migration.units).toEqual([{ unit: String(unitB.id), status: 'published', count: 1 }])
    expect(b.migration.runs).toEqual([expect.objectContaining({ status: 'finished', documents: 1 })])
    expect((await rest(`acknowledgements/status/${secretB.id}`, { token: await token(managerA) })).status).toBe(404)
  })

  it("reports the migration progress of the manager's units", async () => {
    const { json } = await dashboardOf(managerA)
    expect(json.migration.units).toEqual([{ unit: String(unitA.id), status: 'draft', count: 1 }])
    expect(json.migration.runs).toEqual([expect.objectContaining({ status: 'finished', documents: 1 })])
  })

  it('gives admins every unit, and refuses a malformed page', async () => {
    const { status, json } = await dashboardOf(admin)
    expect(status).toBe(200)
    expect(json.scope.all).toBe(true)
    expect(json.review.documents.length).toBeGreaterThan(0)
    expect((await rest('dashboard?page=0', { token: await token(managerA) })).status).toBe(400)
    expect((await rest('dashboard?page=abc', { token: await token(managerA) })).status).toBe(400)
  })
})
