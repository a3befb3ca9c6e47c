import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Document } from '../../src/payload-types.ts'
import { buildDocument, buildUser } from './factories.ts'
import { getTestPayload } from './getTestPayload.ts'
import { loginAs, rest, send } from './restClient.ts'

/**
 * Malformed input gets a 4xx with a message, never a 5xx (DESIGN.md). Each case here answered 500 before; the
 * end-to-end fuzz test (runtime/tests/e2e/malformedInput.e2e.test.ts) looks for more.
 */
let payload: Payload
let doc: Document
let staff: string
let manager: string
beforeAll(async () => {
  payload = await getTestPayload()
  doc = await buildDocument(payload, { requiresAcknowledgement: true })
  staff = await loginAs((await buildUser(payload, ['staff'])).email)
  manager = await loginAs((await buildUser(payload, ['manager'])).email)
})
afterAll(() => payload.destroy())

const expectClientError = ({ status, json }: { status: number; json: any }, expected: number) => {
  expect(status).toBe(expected)
  expect(json.errors[0].message).toEqual(expect.any(String))
}

describe('Lotse endpoints refuse malformed ids with a 4xx', () => {
  it.each(['1.5', '1e99', 'abc', '-1', '0', '2147483648', '%00'])('compare with from=%s', async (from) => {
    expectClientError(await rest(`documents/${doc.id}/compare?from=${from}&to=1`, { token: staff }), 400)
  })

  it.each(['1.5', '1e99', 'NaN', '2147483648', '%00'])('compare of document %s', async (id) => {
    expectClientError(await rest(`documents/${id}/compare?from=1&to=2`, { token: staff }), 404)
  })

  it.each(['1e99', '1.5', 'Infinity', '2147483648', '%00'])('acknowledgement confirm and status of document %s', async (id) => {
    expectClientError(await rest(`acknowledgements/confirm/${id}`, { method: 'POST', token: staff }), 404)
    expectClientError(await rest(`acknowledgements/status/${id}`, { token: manager }), 404)
  })
})

describe("Payload's REST API answers malformed queries with a 4xx, for every collection", () => {
  it.each([
    'documents?where[id][in]=1,abc',
    'documents?where[ownerUnit][equals]=abc',
    'documents?where[title][equals]=a%00b',
    'documents?where[validFrom][equals]=99999-01-01',
    'documents?page=-1',
    'documents?page=1e99',
    'documents?limit=1e99',
    'documents?where={broken',
    'documents/versions?where[parent][equals]=1.5',
    'topics?where[id][equals]=9999999999',
    'payload-preferences?where[id][in]=1,abc',
    'documents?where[id][not_like]=-1',
    'documents?where[validFrom][like]=2026',
    'documents?where[title][near]=1,2',
    'documents?where[or][0][ownerUnit.name][within]=1',
    'documents?where={"title":{"intersects":"x"}}',
    'documents/versions?where[version.title][near]=1,2',
  ])('GET %s → 400', async (path) => {
    expectClientError(await rest(path, { token: staff }), 400)
  })

  it.each(['documents/%00', 'documents/NaN', 'documents/2147483648', 'users/access', 'acknowledgements/1.5', 'payload-locked-documents/abc'])(
    'GET %s → 4xx',
    async (path) => {
      const { status } = await rest(path, { token: staff })
      expect([400, 404]).toContain(status)
    },
  )

  it.each(['__proto__', 'constructor', 'constructor/1', 'toString/versions'])('GET %s (an Object.prototype name) → 404', async (path) => {
    expectClientError(await rest(path, { token: staff }), 404)
  })

  it.each(['topics/versions', 'feedback/versions/1', 'users/versions'])('GET %s of a collection without versions → 404', async (path) => {
    expectClientError(await rest(path, { token: staff }), 404)
  })

  it('answers 404 to email verification, which is off', async () => {
    expectClientError(await rest('users/verify/abc', { method: 'POST', body: {} }), 404)
  })

  it('answers 404 when someone deletes an admin preference they never saved', async () => {
    expectClientError(await rest('payload-preferences/never-saved', { method: 'DELETE', token: staff }), 404)
  })

  it('answers 404 for a collection without REST endpoints instead of 501', async () => {
    expectClientError(await rest('payload-migrations', { method: 'PATCH', body: {}, token: staff }), 404)
  })
})

describe('bodies Payload cannot read get a 4xx', () => {
  const json = (response: { status: number; text: string }) => ({ status: response.status, json: JSON.parse(response.text) })
  const feedback = JSON.stringify({ document: 1, kind: 'wrong' })

  it.each([['text/plain'], ['application/x-www-form-urlencoded'], ['APPLICATION/JSON'], [undefined]])('POST /api/feedback as %s → 415', async (type) => {
    const headers = { authorization: `JWT ${staff}`, ...(type ? { 'content-type': type } : {}) }
    expectClientError(json(await send('feedback', { method: 'POST', headers, body: feedback })), 415)
  })

  it.each(['false', '195561282', '"text"', '[]', 'null'])('POST /api/feedback with the JSON value %s → 400', async (body) => {
    const headers = { authorization: `JWT ${staff}`, 'content-type': 'application/json' }
    expectClientError(json(await send('feedback', { method: 'POST', headers, body })), 400)
  })

  it('a create without a body reports the missing fields', async () => {
    for (const collection of ['feedback', 'topics']) {
      const { status } = await send(collection, { method: 'POST', headers: { authorization: `JWT ${staff}` } })
      expect(status).toBeGreaterThanOrEqual(400)
      expect(status).toBeLessThan(500)
    }
  })

  it('a multipart body without a boundary or cut short → 400', async () => {
    expectClientError(json(await send('audit-log', { method: 'PATCH', headers: { authorization: `JWT ${staff}`, 'content-type': 'multipart/form-data' } })), 400)
    const headers = { authorization: `JWT ${staff}` }
    expectClientError(json(await send('feedback', { method: 'POST', headers: { ...headers, 'content-type': 'multipart/form-data' }, body: 'x' })), 400)
    const cut = '--x\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{}'
    expectClientError(json(await send('feedback', { method: 'POST', headers: { ...headers, 'content-type': 'multipart/form-data; boundary=x' }, body: cut })), 400)
    const badJson = '--x\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{broken\r\n--x--\r\n'
    expectClientError(json(await send('feedback', { method: 'POST', headers: { ...headers, 'content-type': 'multipart/form-data; boundary=x' }, body: badJson })), 400)
  })

  it('a multipart body without its _payload part reads as no data: a create reports the missing fields, an update changes nothing', async () => {
    const headers = { authorization: `JWT ${staff}`, 'content-type': 'multipart/form-data; boundary=x' }
    const onlyAField = '--x\r\nContent-Disposition: form-data; name="kind"\r\n\r\nwrong\r\n--x--\r\n'
    expectClientError(json(await send('feedback', { method: 'POST', headers, body: onlyAField })), 400)
    const editor = await loginAs((await buildUser(payload, ['editor'])).email)
    const topic = await payload.create({ collection: 'topics', data: { name: `Thema ${Date.now()}` }, overrideAccess: true })
    const update = await send(`topics/${topic.id}`, { method: 'PATCH', headers: { ...headers, authorization: `JWT ${editor}` }, body: onlyAField })
    expect(update.status).toBe(200)
    expect((await payload.findByID({ collection: 'topics', id: topic.id, overrideAccess: true })).name).toBe(topic.name)
  })

  it.each([['{broken'], ['0b11'], ['']])('GraphQL body %j → 400', async (body) => {
    const { status } = await send('graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body })
    expect(status).toBe(400)
  })

  it.each([['text/plain'], ['multipart/form-data']])('GraphQL body as %s → 4xx', async (type) => {
    const { status } = await send('graphql', { method: 'POST', headers: { 'content-type': type }, body: '{"query":"{ meUser { user { id } } }"}' })
    expect(status).toBeGreaterThanOrEqual(400)
    expect(status).toBeLessThan(500)
  })

  it('GraphQL reports a value the database refuses as a client error', async () => {
    const query = '{ Documents(where: { title: { equals: "a\\u0000b" } }) { docs { id } } }'
    const { status, text } = await send('graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `JWT ${staff}` }, body: JSON.stringify({ query }) })
    expect(status).toBeLessThan(500)
    expect(JSON.parse(text).errors[0].extensions.statusCode).toBeLessThan(500)
  })
})
