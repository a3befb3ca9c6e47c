import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DOCUMENT_KINDS, WORKFLOW_STATUSES } from '@lotse/domain'
import type { Document, OrgUnit, User } from '../../src/payload-types.ts'
import { acknowledgementRound } from '../../src/collections/Acknowledgements/lib/acknowledgementRound.ts'
import { addresseesOf } from '../../src/scripts/seed/acknowledgements.ts'
import { DEMO_PASSWORD, demoUsers } from '../../src/scripts/seed/demoUsers.ts'
import { seedDemo, type SeedSummary } from '../../src/scripts/seed/seedDemo.ts'
import { idOf } from '@lotse/domain'
import { getTestPayload } from './getTestPayload.ts'

let payload: Payload
let summary: SeedSummary | null
let units: OrgUnit[]
let users: User[]
/** Every seeded document in its latest state (drafts included). */
let documents: Document[]
/** The same, as the published/stored state the site reads. */
let stored: Document[]

const unitCode = (doc: Document) => units.find((unit) => unit.id === Number(idOf(doc.ownerUnit)))?.shortCode
const userByEmail = (email: string) => users.find((user) => user.email === email)!

beforeAll(async () => {
  payload = await getTestPayload()
  // Other test files share this database and create users of their own; the seed looks for the demo admin only.
  summary = await seedDemo(payload)
  const demoUnitCodes = ['Amt 10', '10.1', '10.2', 'Amt 50', '50.1', '50.1.1', '50.1.2', '50.2', '50.3', '50.4', '50.5']
  units = (await payload.find({ collection: 'org-units', where: { shortCode: { in: demoUnitCodes } }, pagination: false, depth: 0, overrideAccess: true })).docs
  users = (await payload.find({ collection: 'users', where: { email: { like: '@demo.lotse' } }, pagination: false, depth: 0, overrideAccess: true })).docs
  const ofDemoUnits = { ownerUnit: { in: units.map((unit) => unit.id) } }
  documents = (await payload.find({ collection: 'documents', where: ofDemoUnits, draft: true, pagination: false, depth: 0, overrideAccess: true })).docs
  stored = (await payload.find({ collection: 'documents', where: ofDemoUnits, pagination: false, depth: 0, overrideAccess: true })).docs
}, 120_000)
afterAll(() => payload.destroy())

describe('demo seed', () => {
  it('runs on a database without the demo admin, in one go', () => {
    expect(summary, 'seedDemo returned null: the demo admin existed before this test').not.toBeNull()
    // Its duration is printed, not asserted: timing belongs in benchmarks, and a loaded CI machine is no measure.
    console.log(`demo seed: ${JSON.stringify(summary)}`)
  })

  it('builds the org chart, people and topics', async () => {
    expect(units.length).toBeGreaterThanOrEqual(5)
    expect(summary!.orgUnits).toBe(units.length)
    const amt50 = units.find((unit) => unit.shortCode === 'Amt 50')!
    expect(amt50.name).toBe('Amt für Soziale Dienste')
    expect(units.filter((unit) => idOf(unit.parent) === String(amt50.id)).length).toBeGreaterThanOrEqual(4)
    expect(users.length).toBeGreaterThanOrEqual(20)
    expect(users.every((user) => user.orgUnit)).toBe(true)
    expect(summary!.topics).toBeGreaterThanOrEqual(10)
    const { docs: topics } = await payload.find({ collection: 'topics', where: { name: { equals: 'Kosten der Unterkunft' } }, depth: 1, overrideAccess: true })
    expect(topics[0]?.parent).toMatchObject({ name: 'Leistungen' })
  })

  it('lets every demo person log in with the demo password', async () => {
    for (const { email } of demoUsers) {
      const { token } = await payload.login({ collection: 'users', data: { email, password: DEMO_PASSWORD } })
      expect(token, email).toBeTruthy()
    }
    const manager = userByEmail('manager@demo.lotse')
    expect(manager.managerOf?.map((unit) => units.find((candidate) => candidate.id === Number(idOf(unit)))?.shortCode).sort()).toEqual(['50.1', '50.1.1', '50.1.2'])
    expect(userByEmail('admin@demo.lotse').roles).toEqual(['admin'])
    expect(userByEmail('editor@demo.lotse').roles).toEqual(['editor'])
    expect(userByEmail('staff@demo.lotse').roles).toEqual(['staff'])
  })

  it('creates documents of every kind and in every workflow status', () => {
    expect(documents.length).toBeGreaterThanOrEqual(60)
    expect(summary!.documents).toBe(documents.length)
    expect(new Set(documents.map((doc) => doc.kind))).toEqual(new Set(DOCUMENT_KINDS))
    expect(new Set(documents.map((doc) => doc.workflowStatus))).toEqual(new Set(WORKFLOW_STATUSES))
    expect(documents.filter((doc) => doc.workflowStatus === 'published').length).toBeGreaterThan(documents.length / 2)
    for (const doc of documents) {
      expect(doc.body?.root.children.length, doc.title).toBeGreaterThanOrEqual(doc.kind === 'news' ? 2 : 6)
      expect(doc._status, doc.title).toBe(['draft', 'in-review'].includes(doc.workflowStatus) ? 'draft' : 'published')
    }
  })

  it('keeps the foundation documents published for all staff', () => {
    for (const title of ['Dienstanweisung Arbeitszeit und Gleitzeit', 'Arbeitshilfe Antrag auf Bürgergeld']) {
      const [doc] = stored.filter((candidate) => candidate.title === title)
      expect(doc, title).toMatchObject({ workflowStatus: 'published', _status: 'published', audienceAll: true, classification: 'internal' })
    }
  })

  it('puts one document in review in the name of editor@demo.lotse, for someone else to approve', () => {
    const inReview = documents.filter((doc) => doc.workflowStatus === 'in-review')
    const editor = userByEmail('editor@demo.lotse')
    const mine = inReview.find((doc) => idOf(doc.submittedBy) === String(editor.id))
    expect(mine).toBeDefined()
    expect(unitCode(mine!)).toBe('50.1')
    expect(idOf(mine!.ownerUnit)).toBe(idOf(editor.orgUnit))
  })

  it('links superseded chains both ways, one of them three versions long', () => {
    const chain = ['Weisung 2024/07', 'Weisung 2025/04', 'Weisung 2026/03'].map(
      (prefix) => documents.find((doc) => doc.title.startsWith(`${prefix}: Angemessenheit der Kosten der Unterkunft`))!,
    )
    expect(chain.map((doc) => doc.workflowStatus)).toEqual(['superseded', 'superseded', 'published'])
    expect(idOf(chain[0].supersededBy)).toBe(String(chain[1].id))
    expect(idOf(chain[1].supersedes)).toBe(String(chain[0].id))
    expect(idOf(chain[1].supersededBy)).toBe(String(chain[2].id))
    expect(idOf(chain[2].supersedes)).toBe(String(chain[1].id))
    const superseded = documents.filter((doc) => doc.workflowStatus === 'superseded')
    expect(superseded.length).toBeGreaterThanOrEqual(3)
    for (const old of superseded) {
      const successor = documents.find((doc) => doc.id === Number(idOf(old.supersededBy)))
      expect(idOf(successor?.supersedes), old.title).toBe(String(old.id))
    }
    expect(new Set(superseded.map((doc) => doc.supersededBy)).size).toBeGreaterThanOrEqual(3)
  })

  it('keeps confidential documents away from staff@demo.lotse, and shows them to their owning side', async () => {
    const confidential = stored.filter((doc) => doc.classification === 'confidential')
    expect(confidential.length).toBeGreaterThanOrEqual(5)
    const staff = userByEmail('staff@demo.lotse')
    for (const doc of confidential) {
      expect(['50.3', '50.4']).toContain(unitCode(doc))
      expect(idOf(doc.ownerUnit)).not.toBe(idOf(staff.orgUnit))
      expect(idOf(doc.responsible)).not.toBe(String(staff.id))
    }
    const ids = confidential.map((doc) => doc.id)
    const asStaff = await payload.find({ collection: 'documents', where: { id: { in: ids } }, user: staff, overrideAccess: false, depth: 0 })
    expect(asStaff.totalDocs).toBe(0)
    const asManager = await payload.find({ collection: 'documents', where: { id: { in: ids } }, user: userByEmail('birgit.neumann@demo.lotse'), overrideAccess: false, depth: 0 })
    expect(asManager.totalDocs).toBeGreaterThan(0)
  })

  it('has documents that are expired, not yet in force, and overdue for review', () => {
    const now = Date.now()
    const published = stored.filter((doc) => doc.workflowStatus === 'published')
    expect(published.some((doc) => doc.validUntil && new Date(doc.validUntil).getTime() < now)).toBe(true)
    expect(published.some((doc) => doc.validFrom && new Date(doc.validFrom).getTime() > now)).toBe(true)
    expect(published.some((doc) => doc.reviewDue && new Date(doc.reviewDue).getTime() < now)).toBe(true)
    expect(published.some((doc) => doc.reviewDue && new Date(doc.reviewDue).getTime() > now)).toBe(true)
    expect(published.some((doc) => doc.audienceRoles?.includes('manager'))).toBe(true)
    expect(published.some((doc) => doc.audienceUnits?.length)).toBe(true)
  })

  it('asks for acknowledgements and has some of them, but not all', async () => {
    const asking = stored.filter((doc) => doc.workflowStatus === 'published' && doc.requiresAcknowledgement)
    expect(asking.length).toBeGreaterThanOrEqual(5)
    let addressed = 0
    let acknowledged = 0
    for (const doc of asking) {
      expect(doc.acknowledgementRound, doc.title).toBe(1)
      const addressees = addresseesOf(doc, users, units)
      const { totalDocs } = await payload.count({ collection: 'acknowledgements', where: { document: { equals: doc.id }, round: { equals: doc.acknowledgementRound } }, overrideAccess: true })
      expect(totalDocs, doc.title).toBeGreaterThan(0)
      expect(totalDocs, doc.title).toBeLessThan(addressees.length)
      addressed += addressees.length
      acknowledged += totalDocs
    }
    expect(acknowledged).toBe(summary!.acknowledgements)
    expect(acknowledged / addressed).toBeGreaterThan(0.3)
    expect(acknowledged / addressed).toBeLessThan(0.7)
  })

  it('dates publications and acknowledgement rounds in the past: some confirmations overdue, some still due', () => {
    const now = Date.now()
    const published = stored.filter((doc) => doc.workflowStatus === 'published')
    expect(published.every((doc) => doc.publishedAt && new Date(doc.publishedAt).getTime() < now)).toBe(true)
    const rounds = published.map(acknowledgementRound).filter((round) => round !== null)
    expect(rounds.some((round) => round.overdue)).toBe(true)
    expect(rounds.some((round) => !round.overdue)).toBe(true)
  })

  it('attaches a PDF and a DOCX, released to the readers of their documents', async () => {
    const { docs: files } = await payload.find({ collection: 'files', where: { document: { in: documents.map((doc) => doc.id) } }, pagination: false, depth: 0, overrideAccess: true })
    expect(files).toHaveLength(summary!.attachments)
    expect(new Set(files.map((file) => file.mimeType))).toEqual(new Set(['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']))
    expect(files.every((file) => file.releasedAt)).toBe(true)
    const staff = userByEmail('staff@demo.lotse')
    const visible = await payload.find({ collection: 'files', where: { id: { in: files.map((file) => file.id) } }, user: staff, overrideAccess: false, depth: 0 })
    // The confidential one of 50.3 stays hidden from staff of 50.2.
    expect(visible.totalDocs).toBe(files.length - 1)
  })

  it('has open and resolved feedback from staff', async () => {
    const { docs } = await payload.find({ collection: 'feedback', where: { document: { in: documents.map((doc) => doc.id) } }, pagination: false, depth: 0, overrideAccess: true })
    expect(docs.length).toBe(summary!.feedback)
    expect(new Set(docs.map((entry) => entry.status))).toEqual(new Set(['open', 'resolved']))
    expect(docs.every((entry) => users.some((user) => user.id === Number(idOf(entry.createdBy))))).toBe(true)
  })

  it('does nothing the second time', async () => {
    const count = async () =>
      Promise.all((['users', 'org-units', 'topics', 'documents', 'acknowledgements', 'feedback', 'audit-log'] as const).map(async (collection) => (await payload.count({ collection, overrideAccess: true })).totalDocs))
    const before = await count()
    expect(await seedDemo(payload)).toBeNull()
    expect(await count()).toEqual(before)
  })

  it('lets another editor, but not the submitter, approve the document editor@demo.lotse put in review', async () => {
    const editor = userByEmail('editor@demo.lotse')
    const mine = documents.find((doc) => doc.workflowStatus === 'in-review' && idOf(doc.submittedBy) === String(editor.id))!
    const approve = (user: User) =>
      payload.update({ collection: 'documents', id: mine.id, data: { workflowStatus: 'published', _status: 'published' }, user, overrideAccess: false })
    await expect(approve(editor)).rejects.toThrow()
    await expect(approve(userByEmail('katrin.vogel@demo.lotse'))).resolves.toMatchObject({ workflowStatus: 'published', _status: 'published' })
  })
})
