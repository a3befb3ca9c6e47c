import fc from 'fast-check'
import type { FuzzRequest } from './FuzzRequest.ts'
import { fuzzBody, jsonValue } from './fuzzBody.ts'
import { encodeComponent, hostileText } from './hostileText.ts'

const COLLECTIONS = [
  'documents', 'files', 'topics', 'acknowledgements', 'feedback', 'users', 'org-units', 'audit-log', 'migration-runs',
  'search-outbox', 'payload-preferences', 'payload-locked-documents', 'payload-migrations', 'no-such-collection',
] as const

/** Field paths of Lotse's collections, with relationship paths, version paths and system fields. */
const FIELDS = [
  'id', 'title', 'kind', 'workflowStatus', 'classification', 'ownerUnit', 'ownerUnit.name', 'responsible', 'responsible.email',
  'topics', 'audienceUnits', 'audienceRoles', 'summary', 'body', 'legalBasis', 'attachments', 'versionLabel', 'changeNote',
  'materialChange', 'supersedes', 'supersedes.title', 'supersededBy', 'validFrom', 'validUntil', 'reviewDue',
  'requiresAcknowledgement', 'acknowledgeWithinDays', 'acknowledgementRound', 'source.path', 'source.sha256', 'source.modifiedAt',
  'submittedBy', 'publishedBy', 'publishedAt', 'createdAt', 'updatedAt', '_status', 'parent', 'version.title', 'version.ownerUnit',
  'latest', 'autosave', 'document', 'document.ownerUnit', 'user', 'round', 'acknowledgedAt', 'comment', 'status', 'createdBy',
  'email', 'name', 'roles', 'orgUnit', 'managerOf', 'shortCode', 'op', 'attempts', 'filename', 'mimeType', 'filesize', 'url',
  'extractedText', 'password', 'key', 'value', 'a.b.c.d', '', 'no_such_field',
] as const

const OPERATORS = [
  'equals', 'not_equals', 'in', 'not_in', 'all', 'exists', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal',
  'like', 'not_like', 'contains', 'near', 'within', 'intersects', 'no_such_operator',
] as const

/** Where a `where` condition sits: at the top, inside and/or, nested. */
const WHERE_PREFIXES = ['where', 'where[and][0]', 'where[or][1]', 'where[and][0][or][0]', 'where[and][x]'] as const

const PARAMS = [
  'page', 'limit', 'depth', 'sort', 'draft', 'trash', 'pagination', 'locale', 'fallback-locale', 'fallbackLocale', 'select[title]',
  'select[no_such]', 'populate[documents][title]', 'joins[attachments][limit]', 'joins[attachments][where][id][equals]', 'where',
  'from', 'to', 'withinDays', 'src', 'allSessions', 'autosave', 'overrideLock', 'data', 'depth[0]', 'page[]',
] as const

const queryPair = fc.oneof(
  {
    arbitrary: fc.tuple(fc.constantFrom(...WHERE_PREFIXES), fc.constantFrom(...FIELDS), fc.constantFrom(...OPERATORS), hostileText).map(
      ([prefix, field, operator, value]) => `${prefix}[${field}][${operator}]=${encodeComponent(value)}`,
    ),
    weight: 5,
  },
  { arbitrary: fc.tuple(fc.constantFrom(...PARAMS), hostileText).map(([key, value]) => `${key}=${encodeComponent(value)}`), weight: 4 },
  { arbitrary: fc.tuple(hostileText, hostileText).map(([key, value]) => `${encodeComponent(key)}=${encodeComponent(value)}`), weight: 1 },
)
const query = fc.array(queryPair, { maxLength: 4 }).map((pairs) => (pairs.length ? `?${pairs.join('&')}` : ''))

/** An id in a path: real ids of the demo content, hostile strings, odd numbers. */
const pathId = fc.oneof({ arbitrary: fc.integer({ min: 1, max: 40 }).map(String), weight: 2 }, { arbitrary: hostileText, weight: 5 })

type Route = readonly [method: string, template: string]

/** Payload's REST routes of every collection (`:c` = collection slug, `:id` = an id). */
const COLLECTION_ROUTES: Route[] = [
  ['GET', '/api/:c'], ['GET', '/api/:c/count'], ['GET', '/api/:c/:id'], ['GET', '/api/:c/versions'], ['GET', '/api/:c/versions/:id'],
  ['POST', '/api/:c'], ['PATCH', '/api/:c'], ['DELETE', '/api/:c'], ['PATCH', '/api/:c/:id'], ['DELETE', '/api/:c/:id'],
  ['POST', '/api/:c/:id/duplicate'], ['POST', '/api/:c/access/:id'], ['POST', '/api/:c/access'], ['POST', '/api/:c/versions/:id'],
  ['GET', '/api/:c/file/:id'], ['GET', '/api/:c/paste-url/:id'], ['PUT', '/api/:c/:id'], ['OPTIONS', '/api/:c'], ['HEAD', '/api/:c/:id'],
]

/** Auth endpoints (users), Lotse's own endpoints (README) and the root endpoints. */
const OTHER_ROUTES: Route[] = [
  ['POST', '/api/users/login'], ['POST', '/api/users/logout'], ['GET', '/api/users/me'], ['POST', '/api/users/refresh-token'],
  ['POST', '/api/users/forgot-password'], ['POST', '/api/users/reset-password'], ['POST', '/api/users/unlock'],
  ['POST', '/api/users/verify/:id'], ['POST', '/api/users/first-register'], ['GET', '/api/users/init'], ['GET', '/api/users/access'],
  ['POST', '/api/users/:id/api-key/reveal'], ['GET', '/api/users/visibility'], ['GET', '/api/documents/:id/compare'],
  ['GET', '/api/documents/review-due'], ['POST', '/api/acknowledgements/confirm/:id'], ['GET', '/api/acknowledgements/pending'],
  ['GET', '/api/acknowledgements/status/:id'], ['GET', '/api/access'], ['GET', '/api/payload-preferences/:id'],
  ['POST', '/api/payload-preferences/:id'], ['DELETE', '/api/payload-preferences/:id'], ['GET', '/api/:id'], ['GET', '/api/globals/:id'],
]

const METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS', 'HEAD'] as const

const restPath = fc
  .record({
    route: fc.oneof({ arbitrary: fc.constantFrom(...COLLECTION_ROUTES), weight: 3 }, { arbitrary: fc.constantFrom(...OTHER_ROUTES), weight: 2 }),
    collection: fc.constantFrom(...COLLECTIONS),
    id: pathId,
    otherMethod: fc.option(fc.constantFrom(...METHODS), { freq: 8, nil: undefined }),
    query,
  })
  .map(({ route: [method, template], collection, id, otherMethod, query }) => ({
    method: otherMethod ?? method,
    path: template.replace(':c', collection).replace(':id', encodeComponent(id)) + query,
  }))

/** A GraphQL literal for a hostile value: a string, a number as is, or raw text (a syntax error). */
const graphqlLiteral = fc.oneof(
  hostileText.map((value) => JSON.stringify(value)),
  fc.constantFrom('1.5', '1e99', '-1', '0', '2147483648', '99999999999999999999', 'null', 'true', '[1, "abc"]', '{}'),
  hostileText,
)

const GRAPHQL_TEMPLATES = [
  (v: string, n: string) => `{ Documents(where: { id: { equals: ${v} } }, page: ${n}, limit: ${n}) { docs { id title } totalDocs } }`,
  (v: string, n: string) => `{ Documents(where: { id: { in: [${v}, ${n}] } }, sort: ${v}) { docs { id } } }`,
  (v: string) => `{ Document(id: ${v}) { id title supersedes { title } } }`,
  (v: string, n: string) => `{ versionsDocuments(where: { parent: { equals: ${v} } }, page: ${n}) { docs { id } } }`,
  (v: string) => `{ versionDocument(id: ${v}) { id version { title } } }`,
  (v: string) => `{ countDocuments(where: { ownerUnit: { equals: ${v} } }) { totalDocs } }`,
  (v: string, n: string) => `{ Users(limit: ${n}, where: { orgUnit: { in: ${v} } }) { docs { email } } }`,
  (v: string) => `{ Feedbacks(where: { document: { equals: ${v} } }) { docs { id } } }`,
  (v: string) => `mutation { createFeedback(data: { document: ${v}, kind: outdated, comment: ${v} }) { id } }`,
  (v: string) => `mutation { updateDocument(id: ${v}, data: { title: ${v} }) { id } }`,
  (v: string) => `mutation { loginUser(email: ${v}, password: ${v}) { token } }`,
  (v: string) => `mutation { forgotPasswordUser(email: ${v}) }`,
  () => `{ meUser { user { id } } }`,
  (v: string) => `query ($id: Int) { Document(id: $id) { id } } ${v}`,
  (v: string) => `{ __type(name: ${v}) { name } }`,
  (_v: string, n: string) => `{ ${'Documents { docs { supersedes { '.repeat(Math.min(Math.abs(Number(n)) || 1, 30))} id ${'} } '.repeat(Math.min(Math.abs(Number(n)) || 1, 30))} }`,
]

const graphqlBody = fc.oneof(
  {
    arbitrary: fc
      .record({
        template: fc.constantFrom(...GRAPHQL_TEMPLATES),
        v: graphqlLiteral,
        n: graphqlLiteral,
        variables: fc.option(jsonValue(['id', 'where', 'data']), { nil: undefined }),
        operationName: fc.option(hostileText, { nil: undefined }),
      })
      .map(({ template, v, n, variables, operationName }) => JSON.stringify({ query: template(v, n), variables, operationName })),
    weight: 6,
  },
  { arbitrary: jsonValue(['query', 'variables', 'operationName', 'extensions']).map((value) => JSON.stringify(value) ?? ''), weight: 2 },
  { arbitrary: hostileText, weight: 2 },
)

const graphqlRequest = fc
  .record({
    method: fc.oneof({ arbitrary: fc.constant('POST'), weight: 9 }, { arbitrary: fc.constantFrom('GET', 'PUT', 'OPTIONS'), weight: 1 }),
    path: fc.oneof({ arbitrary: fc.constant('/api/graphql'), weight: 9 }, { arbitrary: query.map((q) => `/api/graphql${q}`), weight: 1 }, { arbitrary: fc.constant('/api/graphql-playground'), weight: 1 }),
    contentType: fc.oneof(
      { arbitrary: fc.constant('application/json'), weight: 8 },
      { arbitrary: fc.constantFrom('text/plain', 'application/graphql', 'application/x-www-form-urlencoded', 'multipart/form-data', ''), weight: 2 },
    ),
    body: graphqlBody,
  })
  .map(({ method, path, contentType, body }) => ({ method, path, contentType: contentType || undefined, body: method === 'GET' ? undefined : body }))

const restRequest = fc
  .record({ target: restPath, body: fuzzBody([...FIELDS, 'data', 'file', 'token', 'password']) })
  .map(({ target, body }) => ({ ...target, ...(target.method === 'GET' || target.method === 'HEAD' ? { contentType: undefined, body: undefined } : body) }))

/**
 * Requests to every REST route of every collection (versions, auth and upload routes included), Lotse's own endpoints
 * and GraphQL, with hostile ids, `where`/`page`/`limit`/`sort`/… values and bodies of every content type.
 * `credentials` are the headers that sign the caller in (none for anonymous callers).
 */
export function cmsRequests(credentials: fc.Arbitrary<Record<string, string>>): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({ request: fc.oneof({ arbitrary: restRequest, weight: 4 }, { arbitrary: graphqlRequest, weight: 1 }), credentials })
    .map(({ request: { method, path, contentType, body }, credentials }) => ({
      method,
      path,
      headers: { ...credentials, ...(contentType === undefined ? {} : { 'content-type': contentType }) },
      body: method === 'GET' || method === 'HEAD' ? undefined : body,
    }))
}
