import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { User } from '../../src/payload-types.ts'
import { MAX_PAGE_SIZE } from '../../src/limits/listLimits.ts'
import { buildDocument, buildUser, unique } from './factories.ts'
import { getTestPayload } from './getTestPayload.ts'
import { graphqlQuery, loginAs, rest } from './restClient.ts'

let payload: Payload
let admin: User
let adminToken: string

beforeAll(async () => {
  payload = await getTestPayload()
  admin = await buildUser(payload, ['admin'])
  adminToken = await loginAs(admin.email)
})
afterAll(() => payload.destroy())

/** A login as the site makes it on behalf of a visitor at `client`, or as a browser behind the TLS proxy. */
const loginFrom = (client: string, email: string, password: string) =>
  rest('users/login', { method: 'POST', body: { email, password }, headers: { 'x-forwarded-for': client } })

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

describe('logging in', () => {
  it('wrong passwords from one address throttle that address (429, Retry-After) and never lock the account for its owner', async () => {
    const person = await buildUser(payload, ['staff'])
    const attacker = '10.0.0.66'
    for (let i = 0; i < 5; i++) expect((await loginFrom(attacker, person.email, `falsch-${i}`)).status).toBe(401)
    const throttled = await loginFrom(attacker, person.email, 'test-password')
    expect(throttled.status).toBe(429)
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(JSON.stringify(throttled.json)).toMatch(/Too many failed logins/)

    const owner = await loginFrom('10.0.0.7', person.email, 'test-password')
    expect(owner.status).toBe(200)
    expect(owner.json.token).toEqual(expect.any(String))
  })

  it('an unknown email is throttled like an existing one: the 429 tells nothing either', async () => {
    const client = '10.0.0.67'
    const unknown = `${unique('niemand')}@test.lotse`
    for (let i = 0; i < 5; i++) expect((await loginFrom(client, unknown, 'falsch')).status).toBe(401)
    expect((await loginFrom(client, unknown, 'falsch')).status).toBe(429)
  })

  it('answers a wrong password and an unknown email the same way, in the same time', async () => {
    const person = await buildUser(payload, ['staff'])
    const unknown = `${unique('niemand')}@test.lotse`
    const timed = async (client: string, email: string) => {
      const started = performance.now()
      const answer = await loginFrom(client, email, 'falsch')
      return { ms: performance.now() - started, status: answer.status, body: JSON.stringify(answer.json) }
    }
    const known: Awaited<ReturnType<typeof timed>>[] = []
    const missing: Awaited<ReturnType<typeof timed>>[] = []
    // Interleaved, so a busy machine slows both alike; each from its own address, so no throttle interferes.
    for (let i = 0; i < 5; i++) {
      known.push(await timed(`10.1.0.${i}`, person.email))
      missing.push(await timed(`10.2.0.${i}`, unknown))
    }
    expect(new Set([...known, ...missing].map(({ status, body }) => `${status} ${body}`)).size).toBe(1)
    const ratio = median(missing.map(({ ms }) => ms)) / median(known.map(({ ms }) => ms))
    expect(ratio, `unknown/known median time ${ratio.toFixed(2)}`).toBeGreaterThan(0.6)
    expect(ratio, `unknown/known median time ${ratio.toFixed(2)}`).toBeLessThan(1.7)
  })
})

describe('changing one’s own email or password', () => {
  it.each([
    ['a new password', { password: 'neues-passwort-1' }],
    ['a new email', { email: `${unique('neu')}@test.lotse` }],
  ])('%s needs the current password over REST, GraphQL and the Local API', async (_what, change) => {
    const person = await buildUser(payload, ['staff'])
    const token = await loginAs(person.email)
    const patch = (body: object) => rest(`users/${person.id}`, { method: 'PATCH', token, body })

    const without = await patch(change)
    expect(without.status).toBe(400)
    expect(JSON.stringify(without.json)).toMatch(/current password/)
    expect((await patch({ ...change, currentPassword: 'falsch' })).status).toBe(400)
    const gql = await graphqlQuery(`mutation { updateUser(id: ${person.id}, data: ${JSON.stringify(change).replace(/"(\w+)":/g, '$1:')}) { id email } }`, token)
    expect(gql.json.errors?.length, 'GraphQL').toBeGreaterThan(0)
    await expect(payload.update({ collection: 'users', id: person.id, data: change, user: person, overrideAccess: false })).rejects.toMatchObject({
      data: { errors: [{ path: 'currentPassword' }] },
    })
    const stored = await payload.findByID({ collection: 'users', id: person.id, overrideAccess: true })
    expect(stored.email).toBe(person.email)
    expect((await loginFrom('10.3.0.1', person.email, 'test-password')).status).toBe(200)

    const withCurrent = await patch({ ...change, currentPassword: 'test-password' })
    expect(withCurrent.status).toBe(200)
    expect(withCurrent.json.doc.currentPassword).toBeUndefined()
    const email = 'email' in change ? change.email : person.email
    const password = 'password' in change ? change.password : 'test-password'
    expect((await loginFrom('10.3.0.2', email, password)).status).toBe(200)
  })

  it('an admin resets another person’s password without knowing it; other fields need no password', async () => {
    const person = await buildUser(payload, ['staff'])
    expect((await rest(`users/${person.id}`, { method: 'PATCH', token: adminToken, body: { password: 'zurueckgesetzt-1' } })).status).toBe(200)
    expect((await loginFrom('10.3.0.3', person.email, 'zurueckgesetzt-1')).status).toBe(200)
    const token = await loginAs(admin.email)
    expect((await rest(`users/${admin.id}`, { method: 'PATCH', token, body: { name: 'Neuer Name' } })).status).toBe(200)
  })
})

describe('the size of one answer', () => {
  beforeAll(async () => {
    await buildDocument(payload)
  })

  it.each([`documents?limit=${MAX_PAGE_SIZE + 1}`, 'documents?limit=0', 'documents?pagination=false', 'documents?limit=abc', 'documents/versions?limit=100000', 'documents?joins[attachments][limit]=1000'])(
    'REST %s is refused with 400',
    async (path) => {
      const answer = await rest(path, { token: adminToken })
      expect(answer.status).toBe(400)
      expect(JSON.stringify(answer.json)).toMatch(/limit must be/)
    },
  )

  it('REST pages of up to the page size are answered (the admin looks up related names 250 at a time)', async () => {
    expect((await rest(`org-units?limit=${MAX_PAGE_SIZE}&depth=0`, { token: adminToken })).status).toBe(200)
  })

  it.each([
    ['one list over the page size', `{ Documents(limit: ${MAX_PAGE_SIZE + 1}) { docs { id } } }`],
    ['paging turned off', '{ Documents(pagination: false) { docs { id } } }'],
    ['50 aliases of 100 documents', `{ ${Array.from({ length: 50 }, (_, i) => `a${i}: Documents(limit: 100) { docs { id title summary } }`).join(' ')} }`],
    ['a list nested in a list', '{ Documents(limit: 100) { docs { id attachments(limit: 20) { docs { id } } } } }'],
  ])('GraphQL: %s is refused', async (_case, query) => {
    const answer = await graphqlQuery(query, adminToken)
    expect(answer.json.errors?.[0]?.message).toMatch(/limit must be|at most 1000/)
    expect(answer.json.data ?? null).toBeNull()
  })

  it('GraphQL: a few pages of up to 100 documents are answered', async () => {
    const answer = await graphqlQuery('{ a: Documents(limit: 100) { docs { id } } b: Documents(limit: 100, page: 2) { docs { id } } }', adminToken)
    expect(answer.json.errors).toBeUndefined()
    expect(answer.json.data.a.docs.length).toBeGreaterThan(0)
  })
})
