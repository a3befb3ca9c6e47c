import fc from 'fast-check'
import type { FuzzRequest } from './FuzzRequest.ts'
import { fuzzBody } from './fuzzBody.ts'
import { encodeComponent, hostileText } from './hostileText.ts'

/** The site's routes (site/src/pages) with a hostile segment where a route takes one, and paths that match none. */
const path = fc.oneof(
  { arbitrary: fc.constantFrom('/', '/login', '/lang', '/logout', '/search', '/health', '/404', '/500'), weight: 6 },
  { arbitrary: fc.oneof(fc.integer({ min: 1, max: 40 }).map(String), hostileText).map((id) => `/documents/${encodeComponent(id)}`), weight: 3 },
  { arbitrary: hostileText.map((segment) => `/${encodeComponent(segment)}`), weight: 1 },
  { arbitrary: hostileText.map((segment) => `/_astro/${encodeComponent(segment)}`), weight: 1 },
  { arbitrary: fc.constantFrom('/documents', '/documents/', '/documents/1/x', '/login/', '//login', '/search/..%2flogin'), weight: 1 },
)

const PARAMS = ['next', 'q', 'page', 'kind', 'validity', 'orgUnit', 'topic', 'reason', 'lang', 'offset', 'limit'] as const
const query = fc
  .array(
    fc.oneof(
      { arbitrary: fc.tuple(fc.constantFrom(...PARAMS), hostileText), weight: 5 },
      { arbitrary: fc.tuple(hostileText, hostileText), weight: 1 },
    ),
    { maxLength: 4 },
  )
  .map((pairs) => (pairs.length ? `?${pairs.map(([key, value]) => `${encodeComponent(key)}=${encodeComponent(value)}`).join('&')}` : ''))

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'] as const

/** Requests to every page and endpoint of the site, GET and POST (forms, JSON, no or odd content types) and other methods. */
export function siteRequests(credentials: fc.Arbitrary<Record<string, string>>): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      method: fc.oneof({ arbitrary: fc.constantFrom('GET', 'POST'), weight: 8 }, { arbitrary: fc.constantFrom(...METHODS), weight: 1 }),
      path,
      query,
      credentials,
      body: fuzzBody(['email', 'password', 'next', 'lang', 'q', 'id']),
    })
    .map(({ method, path, query, credentials, body }) => ({
      method,
      path: path + query,
      headers: { ...credentials, ...(method === 'GET' || method === 'HEAD' || body.contentType === undefined ? {} : { 'content-type': body.contentType }) },
      body: method === 'GET' || method === 'HEAD' ? undefined : body.body,
    }))
}
