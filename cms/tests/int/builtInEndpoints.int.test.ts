import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Document, OrgUnit, User } from '../../src/payload-types.ts'
import { buildDocument, buildOrgUnit, buildUser, unique } from './factories.ts'
import { getTestPayload } from './getTestPayload.ts'
import { graphqlQuery, loginAs, rest, send } from './restClient.ts'

/**
 * Payload's built-in extras that went around Lotse's rules: duplicating (a copy inherited its source's workflow state
 * and so published unreviewed content), document locks (open to every signed-in person) and GraphQL fragments that
 * expand exponentially while Payload validates them.
 */

let payload: Payload
let unit: OrgUnit
let author: User
let staffToken: string
let colleagueToken: string
let inReview: Document

beforeAll(async () => {
  payload = await getTestPayload()
  unit = await buildOrgUnit(payload)
  author = await buildUser(payload, ['editor'], { orgUnit: unit.id })
  const colleague = await buildUser(payload, ['editor'], { orgUnit: unit.id })
  const staff = await buildUser(payload, ['staff'], { orgUnit: unit.id })
  ;[colleagueToken, staffToken] = await Promise.all([loginAs(colleague.email), loginAs(staff.email)])
  inReview = await buildDocument(payload, { ownerUnit: unit.id, _status: 'draft', workflowStatus: 'in-review', submittedBy: author.id })
})
afterAll(() => payload.destroy())

describe('duplicating', () => {
  it('a document cannot be duplicated into a published copy with content nobody reviewed (REST and GraphQL)', async () => {
    const body = { title: unique('Ungeprüft'), summary: 'Text, den niemand geprüft hat', _status: 'published', workflowStatus: 'published' }
    const { status } = await rest(`documents/${inReview.id}/duplicate?draft=false`, { method: 'POST', token: colleagueToken, body })
    expect(status).toBeGreaterThanOrEqual(400)
    expect(status).toBeLessThan(500)
    const gql = await graphqlQuery(`mutation { duplicateDocument(id: ${inReview.id}, data: { title: "x" }) { id } }`, colleagueToken)
    expect(gql.json.data?.duplicateDocument ?? null).toBeNull()
    const { totalDocs } = await payload.count({ collection: 'documents', where: { title: { equals: body.title } }, overrideAccess: true })
    expect(totalDocs).toBe(0)
  })

  it('a file cannot be duplicated (a copy would attach itself to its source’s document, in any unit)', async () => {
    const published = await buildDocument(payload, { ownerUnit: unit.id })
    const file = await payload.create({
      collection: 'files',
      data: { document: published.id },
      file: { data: Buffer.from('Anlage'), mimetype: 'text/plain', name: `${unique('anlage')}.txt`, size: 6 },
      overrideAccess: true,
    })
    const { status } = await rest(`files/${file.id}/duplicate`, { method: 'POST', token: colleagueToken, body: {} })
    expect(status).toBeGreaterThanOrEqual(400)
    expect(status).toBeLessThan(500)
  })
})

describe('document locks', () => {
  it('there is no lock collection anyone could write: staff cannot lock a unit’s documents against its editors', async () => {
    const lock = await rest('payload-locked-documents', {
      method: 'POST',
      token: staffToken,
      body: { document: { relationTo: 'documents', value: inReview.id }, user: { relationTo: 'users', value: author.id } },
    })
    expect(lock.status).toBe(404)
    const edit = await rest(`documents/${inReview.id}?draft=true`, { method: 'PATCH', token: colleagueToken, body: { summary: unique('Überarbeitet') } })
    expect(edit.status).toBe(200)
  })
})

describe('GraphQL fragments', () => {
  /** `n` fragments, each spreading the next twice: 2^n fields once expanded, in well under a kilobyte. */
  const fragmentBomb = (n: number) =>
    `query { ...F0 } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F${n} on Query { Users(limit: 1) { docs { id } } }`

  it('a fragment bomb is refused at once with 400, before anything expands it', async () => {
    const started = performance.now()
    const { status, text } = await send('graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: fragmentBomb(24) }) })
    const elapsedMs = performance.now() - started
    expect(status).toBe(400)
    expect(text).toMatch(/fields once its fragments are expanded/)
    // 2^24 expansions take minutes; counting each fragment once takes microseconds.
    expect(elapsedMs).toBeLessThan(2_000)
  })

  it('padding a fragment bomb beyond the parser’s token cap does not carry it past the check', async () => {
    const padding = `($x: [Int] = [${Array.from({ length: 60_000 }, () => '1').join(',')}])`
    const query = fragmentBomb(24).replace('query {', `query Q${padding} {`)
    const started = performance.now()
    const { status, text } = await send('graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })
    expect(status).toBe(400)
    expect(text).toMatch(/50000 tokens/)
    expect(performance.now() - started).toBeLessThan(2_000)
  })

  it('a syntax error is a 400 with the parser’s message', async () => {
    const { status, text } = await send('graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ Documents(limit: 1) { docs { id }' }) })
    expect(status).toBe(400)
    expect(text).toMatch(/Syntax Error/)
  })

  it('a fragment that spreads itself is refused with 400, not 500', async () => {
    const { status } = await send('graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query { ...F } fragment F on Query { ...F }' }) })
    expect(status).toBe(400)
  })

  it('ordinary fragments still work', async () => {
    const { json } = await graphqlQuery(`query { ...Me } fragment Me on Query { Documents(limit: 1) { docs { id } } }`, staffToken)
    expect(json.errors).toBeUndefined()
    expect(Array.isArray(json.data.Documents.docs)).toBe(true)
  })
})
