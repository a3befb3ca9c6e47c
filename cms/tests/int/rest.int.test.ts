import { REST_GET, REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import config from '../../src/payload.config.ts'
import { buildUser, testUnit } from './factories.ts'
import { getTestPayload } from './getTestPayload.ts'

// The same handlers `src/app/(payload)/api/[...slug]/route.ts` exports, called without a running Next server.
const POST = REST_POST(config)
const GET = REST_GET(config)

const call = (handler: typeof POST, path: string, init: { method: string; body?: unknown; token?: string }) =>
  handler(
    new Request(`http://127.0.0.1/api/${path}`, {
      method: init.method,
      headers: {
        'content-type': 'application/json',
        ...(init.token ? { authorization: `JWT ${init.token}` } : {}),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    }),
    { params: Promise.resolve({ slug: path.split('?')[0].split('/') }) },
  )

const login = async (email: string) => {
  const response = await call(POST, 'users/login', { method: 'POST', body: { email, password: 'test-password' } })
  expect(response.status).toBe(200)
  return ((await response.json()) as { token: string }).token
}

let payload: Payload
beforeAll(async () => {
  payload = await getTestPayload()
})
afterAll(() => payload.destroy())

describe('REST API', () => {
  it('logs in with email and password and returns a token with the roles in it', async () => {
    const user = await buildUser(payload, ['editor'])
    const token = await login(user.email)
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { roles?: string[] }
    expect(claims.roles).toEqual(['editor'])
  })

  it('rejects a wrong password', async () => {
    const user = await buildUser(payload, ['staff'])
    const response = await call(POST, 'users/login', { method: 'POST', body: { email: user.email, password: 'falsch' } })
    expect(response.status).toBe(401)
  })

  it('lets an editor create a draft of their unit and hides it from anonymous callers', async () => {
    const unit = await testUnit(payload)
    const editor = await buildUser(payload, ['editor'], { orgUnit: unit.id })
    const token = await login(editor.email)
    const created = await call(POST, 'documents?draft=true', {
      method: 'POST',
      token,
      body: { title: 'Dienstanweisung über REST', kind: 'directive', ownerUnit: unit.id },
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number; title: string } }
    expect(doc.title).toBe('Dienstanweisung über REST')

    expect((await call(GET, `documents/${doc.id}`, { method: 'GET', token })).status).toBe(200)
    expect((await call(GET, `documents/${doc.id}`, { method: 'GET' })).status).toBe(403)
  })

  it('refuses document creation by staff', async () => {
    const staff = await buildUser(payload, ['staff'])
    const token = await login(staff.email)
    const response = await call(POST, 'documents', { method: 'POST', token, body: { title: 'Nein', kind: 'news' } })
    expect(response.status).toBe(403)
  })
})
