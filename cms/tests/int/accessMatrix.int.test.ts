import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Document, OrgUnit, User } from '../../src/payload-types.ts'
import { idOf } from '@lotse/domain'
import { lexical } from '../../src/scripts/seed/lexical.ts'
import { buildDocument, buildOrgUnit, buildUser, unique } from './factories.ts'
import { getTestPayload } from './getTestPayload.ts'
import { graphqlQuery, loginAs, rest } from './restClient.ts'

/**
 * The visibility rule (DESIGN.md) as a matrix: every viewer × every kind of document, over every read path Payload
 * offers (REST, GraphQL, Local API with `overrideAccess: false`), plus the write rules. The expectations are written
 * out by hand, not computed from `canRead`, so that the rule itself is under test.
 */

const VIEWERS = ['admin', 'editorOwner', 'editorOther', 'managerOwner', 'managerOther', 'staffOwner', 'staffOther', 'staffSubAudience', 'anonymous'] as const
type Viewer = (typeof VIEWERS)[number]
const SIGNED_IN = VIEWERS.filter((viewer) => viewer !== 'anonymous')
/** Editors and managers of the owning unit, and admins: those who see drafts. */
const OWNING_EDITORS: Viewer[] = ['admin', 'editorOwner', 'managerOwner']
/** Everyone on the owning side, plus admins. */
const OWNING_SIDE: Viewer[] = [...OWNING_EDITORS, 'staffOwner']

interface Units {
  owner: OrgUnit
  other: OrgUnit
  manager: OrgUnit
  audience: OrgUnit
  audienceSub: OrgUnit
}
type DocumentData = Parameters<typeof buildDocument>[1]

interface Case {
  data: (units: Units, users: Record<Viewer, User | null>) => DocumentData
  /** Who reads the document (its published state, or its only state). */
  readers: Viewer[]
  /** Who reads the pending draft over it; only for `pendingDraft`. */
  draftReaders?: Viewer[]
}

const CASES = {
  publishedAllStaff: { data: () => ({}), readers: SIGNED_IN },
  publishedConfidential: { data: () => ({ classification: 'confidential' }), readers: OWNING_SIDE },
  confidentialWithResponsible: {
    data: (_, users) => ({ classification: 'confidential', responsible: users.staffOther!.id }),
    readers: [...OWNING_SIDE, 'staffOther'],
  },
  audienceOtherUnit: { data: (units) => ({ audienceUnits: [units.audience.id] }), readers: [...OWNING_SIDE, 'staffSubAudience'] },
  audienceRoleManager: { data: () => ({ audienceRoles: ['manager'] }), readers: [...OWNING_SIDE, 'managerOther'] },
  draft: { data: () => ({ _status: 'draft', workflowStatus: 'draft' }), readers: OWNING_EDITORS },
  inReview: { data: () => ({ _status: 'draft', workflowStatus: 'in-review' }), readers: OWNING_EDITORS },
  superseded: { data: () => ({ workflowStatus: 'superseded' }), readers: SIGNED_IN },
  withdrawn: { data: () => ({ workflowStatus: 'withdrawn' }), readers: SIGNED_IN },
  pendingDraft: { data: () => ({}), readers: SIGNED_IN, draftReaders: OWNING_EDITORS },
} satisfies Record<string, Case>
type CaseName = keyof typeof CASES
const CASE_NAMES = Object.keys(CASES) as CaseName[]

const READ_PATHS = [
  'REST list',
  'REST list ?draft=true',
  'REST by id',
  'REST by id ?draft=true',
  'REST count',
  'REST versions',
  'REST version by id',
  'GraphQL Documents',
  'GraphQL Documents(draft)',
  'GraphQL Document(id)',
  'GraphQL Document(id, draft)',
  'GraphQL versionsDocuments',
  'GraphQL versionDocument(id)',
  'Local find',
  'Local find draft',
  'Local findByID',
  'Local findByID draft',
  'Local count',
  'Local findVersions',
  'Local findVersionByID',
] as const
type ReadPath = (typeof READ_PATHS)[number]

const AUDIT_WRITES = ['REST POST', 'REST PATCH', 'REST DELETE', 'GraphQL create', 'GraphQL update', 'GraphQL delete', 'Local create', 'Local update', 'Local delete'] as const
/** Write cells outside the audit log, counted in the `write access` block below. */
const DOCUMENT_WRITE_CELLS = 22
const READ_CELLS = VIEWERS.length * CASE_NAMES.length * READ_PATHS.length
const AUDIT_CELLS = VIEWERS.length * (AUDIT_WRITES.length + 1)
const COMPARE_CELLS = VIEWERS.length
/** Written out, so that the matrix cannot silently shrink: 9 viewers × 10 cases × 20 paths + 9 × 10 audit + 22 writes + 9 compare. */
const EXPECTED_CELLS = 1921

let cellsChecked = 0
/** One cell: a path's answer for a viewer and a case, against the expectation. Soft, so one test reports every path. */
function cell(label: string, actual: unknown, expected: unknown) {
  expect.soft(actual, label).toEqual(expected)
  cellsChecked++
}

const SECRET = unique('GEHEIMER-ENTWURF')

let payload: Payload
let units: Units
const users = {} as Record<Viewer, User | null>
const tokens = {} as Record<Viewer, string | undefined>
const docs = {} as Record<CaseName, Document>
/** Every stored version of each case's document, and whether it is the pending draft. */
const versionsOf = {} as Record<CaseName, { id: number; pendingDraft: boolean }[]>
let docIds: number[]
let versionIds: number[]

beforeAll(async () => {
  payload = await getTestPayload()
  const owner = await buildOrgUnit(payload)
  const audience = await buildOrgUnit(payload)
  units = {
    owner,
    other: await buildOrgUnit(payload),
    manager: await buildOrgUnit(payload),
    audience,
    audienceSub: await buildOrgUnit(payload, { parent: audience.id }),
  }
  const built: Record<Viewer, () => Promise<User | null>> = {
    admin: () => buildUser(payload, ['admin']),
    editorOwner: () => buildUser(payload, ['editor'], { orgUnit: units.owner.id }),
    editorOther: () => buildUser(payload, ['editor'], { orgUnit: units.other.id }),
    // Manages the owning unit without belonging to it: the `managerOf` path of the rule.
    managerOwner: () => buildUser(payload, ['manager'], { orgUnit: units.manager.id, managerOf: [units.owner.id] }),
    managerOther: () => buildUser(payload, ['manager'], { orgUnit: units.other.id, managerOf: [units.other.id] }),
    staffOwner: () => buildUser(payload, ['staff'], { orgUnit: units.owner.id }),
    staffOther: () => buildUser(payload, ['staff'], { orgUnit: units.other.id }),
    staffSubAudience: () => buildUser(payload, ['staff'], { orgUnit: units.audienceSub.id }),
    anonymous: async () => null,
  }
  for (const viewer of VIEWERS) {
    users[viewer] = await built[viewer]()
    tokens[viewer] = users[viewer] ? await loginAs(users[viewer].email) : undefined
  }

  for (const name of CASE_NAMES) {
    const data = (CASES[name] as Case).data(units, users)
    docs[name] = await buildDocument(payload, { title: unique(`Matrix-${name}`), ownerUnit: units.owner.id, ...data })
  }
  // An editor of the owning unit starts the next version: the draft lives in the versions table only.
  await payload.update({
    collection: 'documents',
    id: docs.pendingDraft.id,
    data: { title: SECRET, summary: SECRET, body: lexical(SECRET) },
    draft: true,
    user: users.editorOwner!,
    overrideAccess: false,
  })

  docIds = CASE_NAMES.map((name) => docs[name].id)
  const { docs: versions } = await payload.findVersions({ collection: 'documents', where: { parent: { in: docIds } }, pagination: false, depth: 0, overrideAccess: true })
  for (const name of CASE_NAMES) {
    versionsOf[name] = versions
      .filter((version) => idOf(version.parent) === String(docs[name].id))
      .map((version) => ({ id: Number(version.id), pendingDraft: version.version.title === SECRET }))
  }
  versionIds = versions.map((version) => Number(version.id))

  // The fixture is what the matrix assumes: the pending draft is a draft, and the document itself still reads as published.
  const stored = await payload.findByID({ collection: 'documents', id: docs.pendingDraft.id, depth: 0, overrideAccess: true })
  expect(stored).toMatchObject({ title: docs.pendingDraft.title, workflowStatus: 'published', _status: 'published' })
  const pending = versions.find((version) => version.version.title === SECRET)
  expect(pending?.version).toMatchObject({ _status: 'draft', workflowStatus: 'draft' })
  expect(versionsOf.pendingDraft.map((version) => version.pendingDraft).sort()).toEqual([false, true])
  for (const name of CASE_NAMES.filter((name) => name !== 'pendingDraft')) expect(versionsOf[name].length).toBeGreaterThan(0)
})
afterAll(() => payload.destroy())

const reads = (name: CaseName, viewer: Viewer) => (CASES[name] as Case).readers.includes(viewer)
const readsDraft = (name: CaseName, viewer: Viewer) => ((CASES[name] as Case).draftReaders ?? (CASES[name] as Case).readers).includes(viewer)
/** The title a viewer must see in draft mode: the pending draft's where they may read it, the published one otherwise. */
const draftModeTitle = (name: CaseName, viewer: Viewer) => (name === 'pendingDraft' && readsDraft(name, viewer) ? SECRET : docs[name].title)
const versionVisible = (name: CaseName, viewer: Viewer, version: { pendingDraft: boolean }) => (version.pendingDraft ? readsDraft(name, viewer) : reads(name, viewer))
const expectedVersions = (name: CaseName, viewer: Viewer) => versionsOf[name].filter((version) => versionVisible(name, viewer, version)).map((version) => version.id)

const query = (params: Record<string, string | number | boolean>, field: string, ids: number[]) =>
  [...ids.map((id, i) => `where[${field}][in][${i}]=${id}`), ...Object.entries(params).map(([key, value]) => `${key}=${value}`)].join('&')
/** GraphQL's id operators have no `in`: a disjunction of `equals` instead. */
const gqlIdIn = (ids: number[]) => `{ OR: [${ids.map((id) => `{ id: { equals: ${id} } }`).join(', ')}] }`
const settled = <T>(promise: Promise<T>) => promise.then((value) => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error }))
const refused = (error: unknown) => ['Forbidden', 'NotFound'].includes((error as Error)?.name) || /not allowed|not found/i.test(String((error as Error)?.message))

/** What one list path returned: title per document id (absent = not listed); `null` when the whole request was refused. */
type Listing = Map<number, string> | null
const listing = (rows: { id: number | string; title?: string | null }[] | undefined | null): Listing =>
  rows ? new Map(rows.map((row) => [Number(row.id), row.title ?? ''])) : null

describe.each(VIEWERS)('%s', (viewer) => {
  const user = () => users[viewer] ?? undefined
  const token = () => tokens[viewer]
  const local = () => ({ user: user(), overrideAccess: false as const, depth: 0 })
  const lists = {} as Record<'rest' | 'restDraft' | 'graphql' | 'graphqlDraft' | 'local' | 'localDraft', Listing> & {
    restVersions: Set<number> | null
    graphqlVersions: Set<number> | null
    localVersions: Set<number> | null
    raw: string
  }

  // The list paths answer for all cases at once.
  beforeAll(async () => {
    const restList = await rest(`documents?${query({ depth: 0, limit: 100 }, 'id', docIds)}`, { token: token() })
    const restDraft = await rest(`documents?${query({ depth: 0, limit: 100, draft: true }, 'id', docIds)}`, { token: token() })
    const restVersions = await rest(`documents/versions?${query({ depth: 0, limit: 100 }, 'id', versionIds)}`, { token: token() })
    const gql = await graphqlQuery(
      `{ list: Documents(where: ${gqlIdIn(docIds)}, limit: 100) { docs { id title summary } }
         draft: Documents(draft: true, where: ${gqlIdIn(docIds)}, limit: 100) { docs { id title summary } }
         versions: versionsDocuments(where: ${gqlIdIn(versionIds)}, limit: 100) { docs { id version { title summary } } } }`,
      token(),
    )
    const localList = await settled(payload.find({ collection: 'documents', where: { id: { in: docIds } }, limit: 100, ...local() }))
    const localDraft = await settled(payload.find({ collection: 'documents', where: { id: { in: docIds } }, limit: 100, draft: true, ...local() }))
    const localVersions = await settled(payload.findVersions({ collection: 'documents', where: { id: { in: versionIds } }, limit: 100, ...local() }))

    lists.rest = restList.status === 200 ? listing(restList.json.docs) : null
    lists.restDraft = restDraft.status === 200 ? listing(restDraft.json.docs) : null
    lists.restVersions = restVersions.status === 200 ? new Set(restVersions.json.docs.map((v: { id: number }) => Number(v.id))) : null
    lists.graphql = listing(gql.json.data?.list?.docs)
    lists.graphqlDraft = listing(gql.json.data?.draft?.docs)
    lists.graphqlVersions = gql.json.data?.versions ? new Set(gql.json.data.versions.docs.map((v: { id: number }) => Number(v.id))) : null
    lists.local = localList.ok ? listing(localList.value.docs) : null
    lists.localDraft = localDraft.ok ? listing(localDraft.value.docs) : null
    lists.localVersions = localVersions.ok ? new Set(localVersions.value.docs.map((v) => Number(v.id))) : null
    lists.raw = JSON.stringify([restList.json, restDraft.json, restVersions.json, gql.json, localList, localDraft, localVersions])

    if (viewer === 'anonymous') {
      // Anonymous requests are refused as a whole, on every list path.
      expect([restList.status, restDraft.status, restVersions.status]).toEqual([403, 403, 403])
      expect(gql.json.errors?.length).toBeGreaterThan(0)
      expect([localList.ok, localDraft.ok, localVersions.ok]).toEqual([false, false, false])
    } else {
      expect([restList.status, restDraft.status, restVersions.status]).toEqual([200, 200, 200])
      expect(gql.json.errors).toBeUndefined()
    }
  })

  it('never sees the text of a pending draft it may not read, on any list path', () => {
    if (!readsDraft('pendingDraft', viewer)) expect(lists.raw).not.toContain(SECRET)
  })

  it.each(CASE_NAMES)('%s', async (name) => {
    const doc = docs[name]
    const id = doc.id
    const sees = reads(name, viewer)
    const label = (path: ReadPath) => `${viewer} × ${name} × ${path}`
    const listed = (list: Listing) => list?.get(id)
    const versionIdsIn = (found: Set<number> | null) => versionsOf[name].map((version) => version.id).filter((versionId) => found?.has(versionId))

    // Lists without drafts: the published (or only) state, the same for every path.
    cell(label('REST list'), listed(lists.rest), sees ? doc.title : undefined)
    cell(label('GraphQL Documents'), listed(lists.graphql), sees ? doc.title : undefined)
    cell(label('Local find'), listed(lists.local), sees ? doc.title : undefined)

    // Lists in draft mode read each document's latest version. Payload drops a document whose latest version the
    // viewer may not read (a published document with a pending draft vanishes from a staff member's draft list) —
    // it never falls back to the published state there, and never shows the draft.
    const draftListed = readsDraft(name, viewer) ? draftModeTitle(name, viewer) : undefined
    cell(label('REST list ?draft=true'), listed(lists.restDraft), draftListed)
    cell(label('GraphQL Documents(draft)'), listed(lists.graphqlDraft), draftListed)
    cell(label('Local find draft'), listed(lists.localDraft), draftListed)

    cell(label('REST versions'), versionIdsIn(lists.restVersions), expectedVersions(name, viewer))
    cell(label('GraphQL versionsDocuments'), versionIdsIn(lists.graphqlVersions), expectedVersions(name, viewer))
    cell(label('Local findVersions'), versionIdsIn(lists.localVersions), expectedVersions(name, viewer))

    // By id: the published state, or — in draft mode — the draft where the viewer may read it, else the published state.
    const byId = await rest(`documents/${id}?depth=0`, { token: token() })
    cell(label('REST by id'), byId.status === 200 ? byId.json.title : [403, 404].includes(byId.status) ? undefined : `status ${byId.status}`, sees ? doc.title : undefined)
    const byIdDraft = await rest(`documents/${id}?depth=0&draft=true`, { token: token() })
    cell(
      label('REST by id ?draft=true'),
      byIdDraft.status === 200 ? byIdDraft.json.title : [403, 404].includes(byIdDraft.status) ? undefined : `status ${byIdDraft.status}`,
      sees ? draftModeTitle(name, viewer) : undefined,
    )
    const count = await rest(`documents/count?where[id][equals]=${id}`, { token: token() })
    cell(label('REST count'), count.status === 200 ? count.json.totalDocs : [403, 404].includes(count.status) ? 0 : `status ${count.status}`, sees ? 1 : 0)

    const gql = await graphqlQuery(
      `{ one: Document(id: ${id}) { id title summary } draft: Document(id: ${id}, draft: true) { id title summary } }`,
      token(),
    )
    cell(label('GraphQL Document(id)'), gql.json.data?.one?.title, sees ? doc.title : undefined)
    cell(label('GraphQL Document(id, draft)'), gql.json.data?.draft?.title, sees ? draftModeTitle(name, viewer) : undefined)

    const findByID = await settled(payload.findByID({ collection: 'documents', id, ...local() }))
    cell(label('Local findByID'), findByID.ok ? findByID.value.title : refused(findByID.error) ? undefined : String(findByID.error), sees ? doc.title : undefined)
    const findByIDDraft = await settled(payload.findByID({ collection: 'documents', id, draft: true, ...local() }))
    cell(
      label('Local findByID draft'),
      findByIDDraft.ok ? findByIDDraft.value.title : refused(findByIDDraft.error) ? undefined : String(findByIDDraft.error),
      sees ? draftModeTitle(name, viewer) : undefined,
    )
    const localCount = await settled(payload.count({ collection: 'documents', where: { id: { equals: id } }, ...local() }))
    cell(label('Local count'), localCount.ok ? localCount.value.totalDocs : refused(localCount.error) ? 0 : String(localCount.error), sees ? 1 : 0)

    // Each version by id, by the rule applied to that version's own state.
    const restVersion: number[] = []
    const gqlVersion: number[] = []
    const localVersion: number[] = []
    const leaks: string[] = [JSON.stringify([byId.json, byIdDraft.json, gql.json]), JSON.stringify([findByID, findByIDDraft])]
    for (const { id: versionId } of versionsOf[name]) {
      const viaRest = await rest(`documents/versions/${versionId}?depth=0`, { token: token() })
      if (viaRest.status === 200) restVersion.push(versionId)
      else expect.soft([403, 404], `${label('REST version by id')} status`).toContain(viaRest.status)
      const viaGraphql = await graphqlQuery(`{ versionDocument(id: ${versionId}) { id version { title summary } } }`, token())
      if (viaGraphql.json.data?.versionDocument) gqlVersion.push(versionId)
      const viaLocal = await settled(payload.findVersionByID({ collection: 'documents', id: String(versionId), ...local() }))
      if (viaLocal.ok) localVersion.push(versionId)
      else expect.soft(refused(viaLocal.error), `${label('Local findVersionByID')}: ${String(viaLocal.error)}`).toBe(true)
      leaks.push(JSON.stringify([viaRest.json, viaGraphql.json, viaLocal]))
    }
    cell(label('REST version by id'), restVersion, expectedVersions(name, viewer))
    cell(label('GraphQL versionDocument(id)'), gqlVersion, expectedVersions(name, viewer))
    cell(label('Local findVersionByID'), localVersion, expectedVersions(name, viewer))

    // Whoever may not read the pending draft finds its text nowhere in any answer.
    if (!readsDraft(name, viewer)) expect(leaks.join('\n')).not.toContain(SECRET)
  })
})

describe('write access', () => {
  let cells = 0
  const writeCell = (label: string, actual: unknown, expected: unknown) => {
    cell(label, actual, expected)
    cells++
  }
  const gqlError = (json: any, mutation: string) => (json.data?.[mutation] ? 'allowed' : json.errors?.length ? 'refused' : 'no answer')
  const asUser = (viewer: Viewer) => ({ user: users[viewer] ?? undefined, overrideAccess: false as const })
  const stillTitled = async (id: number) => (await payload.findByID({ collection: 'documents', id, depth: 0, overrideAccess: true })).title

  it('staff cannot create documents, on any path', async () => {
    const data = { title: unique('Nein'), kind: 'news', ownerUnit: units.owner.id }
    writeCell('staff × create × REST', (await rest('documents', { method: 'POST', token: tokens.staffOwner, body: data })).status, 403)
    const gql = await graphqlQuery(`mutation { createDocument(data: { title: "${data.title}", kind: news, ownerUnit: ${units.owner.id} }) { id } }`, tokens.staffOwner)
    writeCell('staff × create × GraphQL', gqlError(gql.json, 'createDocument'), 'refused')
    const viaLocal = await settled(payload.create({ collection: 'documents', data: { ...data, kind: 'news' }, draft: true, ...asUser('staffOwner') }))
    writeCell('staff × create × Local', !viaLocal.ok && (viaLocal.error as Error).name, 'Forbidden')
    writeCell('staff × create × nothing stored', (await payload.count({ collection: 'documents', where: { title: { equals: data.title } }, overrideAccess: true })).totalDocs, 0)
  })

  it('an editor of another unit cannot create for, nor update, the owning unit’s documents', async () => {
    const data = { title: unique('Fremd'), kind: 'news' as const, ownerUnit: units.owner.id }
    const created = await rest('documents?draft=true', { method: 'POST', token: tokens.editorOther, body: data })
    writeCell('editor of another unit × create for owner × REST', [created.status, created.json?.errors?.[0]?.data?.errors?.[0]?.path], [400, 'ownerUnit'])
    const viaLocal = await settled(payload.create({ collection: 'documents', data, draft: true, ...asUser('editorOther') }))
    writeCell('editor of another unit × create for owner × Local', !viaLocal.ok && (viaLocal.error as Error).name, 'ValidationError')

    const target = docs.publishedAllStaff
    const patched = await rest(`documents/${target.id}?draft=true`, { method: 'PATCH', token: tokens.editorOther, body: { title: 'Übernommen' } })
    writeCell('editor of another unit × update × REST', [403, 404].includes(patched.status), true)
    const bulk = await rest(`documents?where[id][equals]=${target.id}&draft=true`, { method: 'PATCH', token: tokens.editorOther, body: { title: 'Übernommen' } })
    writeCell('editor of another unit × bulk update × REST', bulk.json?.docs?.length ?? 0, 0)
    const gql = await graphqlQuery(`mutation { updateDocument(id: ${target.id}, draft: true, data: { title: "Übernommen" }) { id } }`, tokens.editorOther)
    writeCell('editor of another unit × update × GraphQL', gqlError(gql.json, 'updateDocument'), 'refused')
    const updated = await settled(payload.update({ collection: 'documents', id: target.id, data: { title: 'Übernommen' }, draft: true, ...asUser('editorOther') }))
    writeCell('editor of another unit × update × Local', !updated.ok && refused(updated.error), true)
    writeCell('editor of another unit × update × nothing changed', await stillTitled(target.id), target.title)
    const { docs: latest } = await payload.findVersions({ collection: 'documents', where: { parent: { equals: target.id } }, sort: '-updatedAt', limit: 1, overrideAccess: true })
    writeCell('editor of another unit × update × no new version', latest[0]?.version.title, target.title)
  })

  it('editors and managers of the owning unit may update (the refusals above are not an accident)', async () => {
    const target = await buildDocument(payload, { ownerUnit: units.owner.id })
    const byEditor = await rest(`documents/${target.id}?draft=true`, { method: 'PATCH', token: tokens.editorOwner, body: { summary: 'Redaktion' } })
    writeCell('editor of owner × update × REST', byEditor.status, 200)
    const byManager = await settled(payload.update({ collection: 'documents', id: target.id, data: { summary: 'Leitung' }, draft: true, ...asUser('managerOwner') }))
    writeCell('manager of owner × update × Local', byManager.ok, true)
  })

  it('managers (and editors) cannot delete; admins can', async () => {
    const target = await buildDocument(payload, { ownerUnit: units.owner.id })
    writeCell('manager × delete × REST', (await rest(`documents/${target.id}`, { method: 'DELETE', token: tokens.managerOwner })).status, 403)
    const bulk = await rest(`documents?where[id][equals]=${target.id}`, { method: 'DELETE', token: tokens.managerOwner })
    writeCell('manager × bulk delete × REST', [bulk.status, bulk.json?.docs?.length ?? 0], [403, 0])
    const gql = await graphqlQuery(`mutation { deleteDocument(id: ${target.id}) { id } }`, tokens.managerOwner)
    writeCell('manager × delete × GraphQL', gqlError(gql.json, 'deleteDocument'), 'refused')
    const viaLocal = await settled(payload.delete({ collection: 'documents', id: target.id, ...asUser('managerOwner') }))
    writeCell('manager × delete × Local', !viaLocal.ok && (viaLocal.error as Error).name, 'Forbidden')
    writeCell('editor × delete × REST', (await rest(`documents/${target.id}`, { method: 'DELETE', token: tokens.editorOwner })).status, 403)
    writeCell('manager × delete × still there', await stillTitled(target.id), target.title)
    writeCell('admin × delete × REST', (await rest(`documents/${target.id}`, { method: 'DELETE', token: tokens.admin })).status, 200)
    writeCell('admin × delete × gone', (await payload.count({ collection: 'documents', where: { id: { equals: target.id } }, overrideAccess: true })).totalDocs, 0)
  })

  it('counts its cells', () => expect(cells).toBe(DOCUMENT_WRITE_CELLS))
})

describe('audit log', () => {
  let entry: { id: number; action: string }
  beforeAll(async () => {
    const { docs: entries } = await payload.find({ collection: 'audit-log', where: { documentId: { equals: String(docs.publishedAllStaff.id) } }, limit: 1, overrideAccess: true })
    entry = entries[0]
    expect(entry).toBeDefined()
  })

  it.each(VIEWERS)('%s reads it only as admin, and changes it on no path', async (viewer) => {
    const token = tokens[viewer]
    const asUser = { user: users[viewer] ?? undefined, overrideAccess: false as const }
    const label = (path: string) => `${viewer} × audit-log × ${path}`
    const outcome = (status: number) => (status >= 200 && status < 300 ? 'allowed' : [401, 403, 404].includes(status) ? 'refused' : `status ${status}`)
    const gql = async (mutation: string, name: string) => {
      const { json } = await graphqlQuery(`mutation { ${mutation} }`, token)
      return json.data?.[name] ? 'allowed' : json.errors?.length ? 'refused' : 'no answer'
    }
    const local = async (promise: Promise<unknown>) => {
      const result = await settled(promise)
      return result.ok ? 'allowed' : refused(result.error) || /append-only/.test(String((result.error as Error).message)) ? 'refused' : String(result.error)
    }

    cell(label('REST read'), outcome((await rest(`audit-log/${entry.id}`, { token })).status), viewer === 'admin' ? 'allowed' : 'refused')
    cell(label('REST POST'), outcome((await rest('audit-log', { method: 'POST', token, body: { action: 'delete', documentId: 'x' } })).status), 'refused')
    cell(label('REST PATCH'), outcome((await rest(`audit-log/${entry.id}`, { method: 'PATCH', token, body: { action: 'delete' } })).status), 'refused')
    cell(label('REST DELETE'), outcome((await rest(`audit-log/${entry.id}`, { method: 'DELETE', token })).status), 'refused')
    cell(label('GraphQL create'), await gql('createAuditLog(data: { action: delete, documentId: "x" }) { id }', 'createAuditLog'), 'refused')
    cell(label('GraphQL update'), await gql(`updateAuditLog(id: ${entry.id}, data: { action: delete }) { id }`, 'updateAuditLog'), 'refused')
    cell(label('GraphQL delete'), await gql(`deleteAuditLog(id: ${entry.id}) { id }`, 'deleteAuditLog'), 'refused')
    cell(label('Local create'), await local(payload.create({ collection: 'audit-log', data: { action: 'delete', documentId: 'x' }, ...asUser })), 'refused')
    cell(label('Local update'), await local(payload.update({ collection: 'audit-log', id: entry.id, data: { action: 'delete' }, ...asUser })), 'refused')
    cell(label('Local delete'), await local(payload.delete({ collection: 'audit-log', id: entry.id, ...asUser })), 'refused')

    expect(await payload.findByID({ collection: 'audit-log', id: entry.id, overrideAccess: true })).toMatchObject({ action: entry.action })
    expect((await payload.count({ collection: 'audit-log', where: { documentId: { equals: 'x' } }, overrideAccess: true })).totalDocs).toBe(0)
  })
})

describe('version comparison endpoint', () => {
  it.each(VIEWERS)('%s compares the published version with the pending draft only where it may read the draft', async (viewer) => {
    const published = versionsOf.pendingDraft.find((version) => !version.pendingDraft)!
    const pending = versionsOf.pendingDraft.find((version) => version.pendingDraft)!
    const { status, json } = await rest(`documents/${docs.pendingDraft.id}/compare?from=${published.id}&to=${pending.id}`, { token: tokens[viewer] })
    const answer = status === 200 ? 'diff' : [401, 403, 404].includes(status) ? 'refused' : `status ${status}`
    cell(`${viewer} × pendingDraft × REST compare`, answer, readsDraft('pendingDraft', viewer) ? 'diff' : 'refused')
    if (!readsDraft('pendingDraft', viewer)) expect(JSON.stringify(json)).not.toContain(SECRET)
    else expect(JSON.stringify(json)).toContain(SECRET)
  })
})

describe('the matrix', () => {
  it('checked every cell', () => {
    console.log(`access matrix: ${cellsChecked} cells checked`)
    expect(READ_CELLS + AUDIT_CELLS + DOCUMENT_WRITE_CELLS + COMPARE_CELLS).toBe(EXPECTED_CELLS)
    expect(cellsChecked).toBe(EXPECTED_CELLS)
  })
})
