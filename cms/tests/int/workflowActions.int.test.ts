import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OrgUnit, User } from '../../src/payload-types.ts'
import { lexical } from '../../src/scripts/seed/lexical.ts'
import { buildOrgUnit, buildUser, unique } from './factories.ts'
import { getTestPayload } from './getTestPayload.ts'
import { loginAs, rest } from './restClient.ts'

let payload: Payload
let unit: OrgUnit
let author: User
let reviewer: User
let manager: User
let foreignEditor: User
let staff: User
const tokens: Record<string, string> = {}

beforeAll(async () => {
  payload = await getTestPayload()
  unit = await buildOrgUnit(payload)
  const foreign = await buildOrgUnit(payload)
  author = await buildUser(payload, ['editor'], { orgUnit: unit.id })
  reviewer = await buildUser(payload, ['editor'], { orgUnit: unit.id })
  manager = await buildUser(payload, ['manager'], { orgUnit: foreign.id, managerOf: [unit.id] })
  foreignEditor = await buildUser(payload, ['editor'], { orgUnit: foreign.id })
  staff = await buildUser(payload, ['staff'], { orgUnit: unit.id })
  for (const [name, user] of Object.entries({ author, reviewer, manager, foreignEditor, staff })) tokens[name] = await loginAs(user.email)
})
afterAll(() => payload.destroy())

type Person = 'author' | 'reviewer' | 'manager' | 'foreignEditor' | 'staff'
const german = { 'accept-language': 'de' }
const english = { 'accept-language': 'en' }
const stateOf = (who: Person, id: number, headers = german) => rest(`documents/${id}/workflow`, { token: tokens[who], headers })
const step = (who: Person, id: number, action: string, extra: object = {}, headers = german) =>
  rest(`documents/${id}/workflow`, { method: 'POST', token: tokens[who], headers, body: { action, ...extra } })

async function newDraft(title = unique('Weisung')) {
  const { status, json } = await rest('documents?draft=true', {
    method: 'POST',
    token: tokens.author,
    body: { title, kind: 'directive', ownerUnit: unit.id, body: lexical('Erste Fassung.'), classification: 'internal' },
  })
  expect(status).toBe(201)
  return json.doc.id as number
}

describe('GET /api/documents/:id/workflow offers the steps the lifecycle rule allows this person', () => {
  it('offers submitting to the author of a draft, nothing to people of other units, and answers 404 where they may not read', async () => {
    const id = await newDraft()
    expect((await stateOf('author', id)).json).toMatchObject({ status: 'draft', actions: ['submit'], blocked: [], returned: null })
    expect((await stateOf('reviewer', id)).json).toMatchObject({ status: 'draft', actions: ['submit'] })
    expect((await stateOf('foreignEditor', id)).status).toBe(404)
    expect((await stateOf('staff', id)).status).toBe(404)
    expect((await rest(`documents/${id}/workflow`)).status).toBe(401)
  })

  it('offers approval and return to a second editor and to a manager of the unit, never to the submitter', async () => {
    const id = await newDraft()
    expect((await step('author', id, 'submit')).json).toMatchObject({ status: 'in-review' })
    const own = (await stateOf('author', id)).json
    expect(own).toMatchObject({ status: 'in-review', actions: [] })
    expect(own.blocked).toEqual([expect.stringMatching(/^Vier-Augen-Prinzip: Sie haben diese Fassung zur Prüfung gegeben/)])
    expect((await stateOf('reviewer', id)).json).toMatchObject({ actions: ['approve', 'return'], blocked: [] })
    expect((await stateOf('manager', id)).json).toMatchObject({ actions: ['approve', 'return'], blocked: [] })
    expect((await stateOf('manager', id)).json.versions).toEqual({ latest: expect.any(String), published: null })
  })
})

describe('POST /api/documents/:id/workflow runs each step through the lifecycle hook', () => {
  it('refuses approval by the submitter in German or English, in the button call and in a plain REST save alike', async () => {
    const id = await newDraft()
    await step('author', id, 'submit')
    const viaButton = await step('author', id, 'approve')
    expect([viaButton.status, viaButton.json.errors[0].message]).toEqual([400, expect.stringMatching(/^Vier-Augen-Prinzip: .*Freigeben muss eine andere Person/)])
    const inEnglish = await step('author', id, 'approve', {}, english)
    expect([inEnglish.status, inEnglish.json.errors[0].message]).toEqual([400, expect.stringMatching(/^Four-eyes principle: you submitted this change/)])
    const viaRest = await rest(`documents/${id}`, { method: 'PATCH', token: tokens.author, headers: german, body: { workflowStatus: 'published', _status: 'published' } })
    expect([viaRest.status, viaRest.json.errors[0].message, viaRest.json.errors[0].data.errors[0]]).toEqual([
      400,
      expect.stringMatching(/^Vier-Augen-Prinzip/),
      { path: 'workflowStatus', message: expect.stringMatching(/^Vier-Augen-Prinzip/) },
    ])
    expect((await payload.findByID({ collection: 'documents', id, draft: true, overrideAccess: true })).workflowStatus).toBe('in-review')
  })

  it('returns with a required comment the author then reads; resubmitted, a manager approves it', async () => {
    const id = await newDraft()
    await step('author', id, 'submit')
    expect((await step('manager', id, 'return')).status).toBe(400)
    expect((await step('manager', id, 'return', { comment: '   ' })).json.errors[0].message).toMatch(/^Bitte schreiben Sie, was zu ändern ist/)
    expect((await step('author', id, 'return', { comment: 'Selbst zurück' })).status).toBe(403)
    expect((await step('manager', id, 'return', { comment: 'Bitte die Frist in Abschnitt 2 ergänzen.' })).json).toMatchObject({ status: 'draft' })

    const returned = (await stateOf('author', id)).json
    expect(returned).toMatchObject({ status: 'draft', actions: ['submit'], returned: { comment: 'Bitte die Frist in Abschnitt 2 ergänzen.', by: manager.name } })
    // Notes are the owning side's: staff of the unit and other units' editors read none.
    expect((await rest(`review-notes?where[document][equals]=${id}`, { token: tokens.author })).json.totalDocs).toBe(1)
    expect((await rest(`review-notes?where[document][equals]=${id}`, { token: tokens.staff })).json.totalDocs ?? 0).toBe(0)
    expect((await rest(`review-notes?where[document][equals]=${id}`, { token: tokens.foreignEditor })).json.totalDocs).toBe(0)
    // Nobody writes notes through the API.
    expect((await rest('review-notes', { method: 'POST', token: tokens.author, body: { document: id, ownerUnit: unit.id, comment: 'x', author: author.id } })).status).toBe(403)

    await rest(`documents/${id}?draft=true`, { method: 'PATCH', token: tokens.author, body: { summary: 'Frist ergänzt', workflowStatus: 'in-review' } })
    expect((await stateOf('author', id)).json).toMatchObject({ status: 'in-review', returned: null })
    expect((await step('manager', id, 'approve')).json).toMatchObject({ status: 'published' })
    const published = await payload.findByID({ collection: 'documents', id, depth: 0, overrideAccess: true })
    expect(published).toMatchObject({ _status: 'published', workflowStatus: 'published', publishedBy: manager.id, submittedBy: author.id, summary: 'Frist ergänzt' })
  })

  it('withdraws a published document and starts a successor that supersedes it', async () => {
    const id = await newDraft()
    await step('author', id, 'submit')
    await step('reviewer', id, 'approve')
    expect((await stateOf('manager', id)).json).toMatchObject({ status: 'published', actions: ['withdraw', 'supersede'] })
    expect((await stateOf('foreignEditor', id)).json).toMatchObject({ status: 'published', actions: [] })
    expect((await step('foreignEditor', id, 'supersede')).status).toBe(403)

    const successor = await step('author', id, 'supersede')
    expect(successor.json).toMatchObject({ id: expect.any(Number), status: 'draft' })
    const draft = await payload.findByID({ collection: 'documents', id: successor.json.id, draft: true, depth: 0, overrideAccess: true })
    expect(draft).toMatchObject({ supersedes: id, workflowStatus: 'draft', ownerUnit: unit.id, kind: 'directive' })

    expect((await step('reviewer', id, 'withdraw')).json).toMatchObject({ status: 'withdrawn' })
    expect((await step('reviewer', id, 'nonsense')).status).toBe(400)
  })
})

describe('managers in the admin', () => {
  it('lets editors, managers and admins into the admin, staff not', async () => {
    const admin = await buildUser(payload, ['admin'])
    const canAccessAdmin = async (token: string) => (await rest('access', { token })).json.canAccessAdmin === true
    expect([await canAccessAdmin(tokens.manager), await canAccessAdmin(tokens.author), await canAccessAdmin(await loginAs(admin.email)), await canAccessAdmin(tokens.staff)]).toEqual([
      true,
      true,
      true,
      false,
    ])
  })

  it("hides the editors' collections from managers", () => {
    const hidden = (slug: string, roles: User['roles']) => {
      const config = payload.config.collections.find((collection) => collection.slug === slug)!.admin.hidden
      return typeof config === 'function' ? config({ user: { ...manager, roles } as never }) : Boolean(config)
    }
    const slugs = ['documents', 'feedback', 'files', 'topics', 'users', 'org-units', 'acknowledgements', 'migration-runs']
    expect(slugs.filter((slug) => hidden(slug, ['manager']))).toEqual(['files', 'topics', 'users', 'org-units', 'acknowledgements', 'migration-runs'])
    expect(slugs.filter((slug) => hidden(slug, ['editor']))).toEqual([])
  })
})
