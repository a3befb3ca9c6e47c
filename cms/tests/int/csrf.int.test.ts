import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { User } from '../../src/payload-types.ts'
import { buildUser } from './factories.ts'
import { getTestPayload } from './getTestPayload.ts'
import { graphqlQuery, loginAs, rest } from './restClient.ts'

// The site's origin as `npm start` passes it, set before the config (and its env) is loaded by the imports above.
const siteOrigin = vi.hoisted(() => {
  process.env.SITE_URL = 'http://127.0.0.1:4321'
  return 'http://127.0.0.1:4321'
})

let payload: Payload
let staff: User
let token: string

beforeAll(async () => {
  payload = await getTestPayload()
  staff = await buildUser(payload, ['staff'])
  token = await loginAs(staff.email)
})
afterAll(() => payload.destroy())

/** A browser's request carrying the staff member's login cookie, sent by a page of `origin` (or with the given headers). */
const withCookie = (path: string, headers: Record<string, string>, method: 'GET' | 'POST' = 'GET') =>
  rest(path, { method, headers: { cookie: `payload-token=${token}`, ...headers } })

describe('the login cookie and other origins (CSRF)', () => {
  it.each([
    ['a foreign page', { origin: 'http://evil.example' }],
    ['a page on another port of the CMS host', { origin: 'http://127.0.0.1:8080' }],
    ['a cross-site request without Origin', { 'sec-fetch-site': 'cross-site' }],
    ['a script without Origin or Sec-Fetch-Site', {}],
  ])('%s gets no user from the cookie', async (_case, headers) => {
    expect((await withCookie('users/me', headers)).json).toMatchObject({ user: null })
    expect((await withCookie('users/logout', headers, 'POST')).status).not.toBe(200)
    expect((await graphqlQuery('{ meUser { user { email } } }', undefined, { cookie: `payload-token=${token}`, ...headers })).json.data?.meUser?.user).toBeNull()
  })

  it.each([
    ['the admin under 127.0.0.1', { origin: 'http://127.0.0.1:3000' }],
    ['the admin under localhost', { origin: 'http://localhost:3000' }],
    ['the admin’s own same-origin GET', { 'sec-fetch-site': 'same-origin' }],
    ['the site', { origin: siteOrigin }],
  ])('%s gets the user from the cookie', async (_case, headers) => {
    expect((await withCookie('users/me', headers)).json).toMatchObject({ user: { email: staff.email } })
  })

  it('a token sent in the Authorization header (site and search API, server to server) works whatever the origin', async () => {
    expect((await rest('users/me', { token, headers: { origin: 'http://evil.example' } })).json).toMatchObject({ user: { email: staff.email } })
  })
})
