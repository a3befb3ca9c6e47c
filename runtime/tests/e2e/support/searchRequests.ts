import fc from 'fast-check'
import type { FuzzRequest } from './FuzzRequest.ts'
import { encodeComponent, hostileText } from './hostileText.ts'

const PARAMS = ['q', 'limit', 'offset', 'kind', 'orgUnit', 'topic', 'validity', 'filter', 'sort', 'q[]', 'limit[a]', 'attributesToRetrieve'] as const
const VALUES = ['directive', 'policy', 'work-aid', 'current', 'all', 'Arbeitszeit', '10', '0', '100', '101', '10000', '10001'] as const

const query = fc
  .array(
    fc.oneof(
      { arbitrary: fc.tuple(fc.constantFrom(...PARAMS), fc.oneof(hostileText, fc.constantFrom(...VALUES))), weight: 5 },
      { arbitrary: fc.tuple(hostileText, hostileText), weight: 1 },
    ),
    { maxLength: 5 },
  )
  .map((pairs) => (pairs.length ? `?${pairs.map(([key, value]) => `${encodeComponent(key)}=${encodeComponent(value)}`).join('&')}` : ''))

/** Requests to the search API: `/search` with every parameter (repeated, unknown, hostile), `/health`, other paths and methods. */
export function searchRequests(credentials: fc.Arbitrary<Record<string, string>>): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      method: fc.oneof({ arbitrary: fc.constant('GET'), weight: 9 }, { arbitrary: fc.constantFrom('POST', 'PUT', 'DELETE', 'OPTIONS', 'HEAD'), weight: 1 }),
      path: fc.oneof(
        { arbitrary: fc.constant('/search'), weight: 8 },
        { arbitrary: fc.constantFrom('/health', '/', '/search/', '/SEARCH', '/search/%00'), weight: 1 },
        { arbitrary: hostileText.map((segment) => `/${encodeComponent(segment)}`), weight: 1 },
      ),
      query,
      credentials,
      body: fc.option(hostileText, { nil: undefined }),
    })
    .map(({ method, path, query, credentials, body }) => ({
      method,
      path: path + query,
      headers: credentials,
      body: method === 'GET' || method === 'HEAD' ? undefined : body,
    }))
}
