import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import config from '../../src/payload.config.ts'
import { refuseMalformedRequests } from '../../src/utilities/refuseMalformedRequests.ts'
import { refuseOversizedGraphQL } from '../../src/utilities/refuseOversizedGraphQL.ts'

// The handlers `src/app/(payload)/api/…/route.ts` export, called without a running Next server.
const handlers = {
  GET: refuseMalformedRequests(config, REST_GET(config)),
  POST: refuseMalformedRequests(config, REST_POST(config)),
  PATCH: refuseMalformedRequests(config, REST_PATCH(config)),
  DELETE: refuseMalformedRequests(config, REST_DELETE(config)),
}
const graphql = refuseMalformedRequests(config, refuseOversizedGraphQL(GRAPHQL_POST(config)))

export interface CallOptions {
  method?: keyof typeof handlers
  body?: unknown
  token?: string
  /** Further request headers, as a browser or a proxy would add them (`origin`, `cookie`, `x-forwarded-for`). */
  headers?: Record<string, string>
}

/** One REST call as a browser or script would make it: `path` below /api, with query string; a `FormData` body is sent as multipart. */
export async function rest(path: string, { method = 'GET', body, token, headers = {} }: CallOptions = {}): Promise<{ status: number; json: any; headers: Headers }> {
  const encoded = body instanceof FormData ? new Response(body) : undefined
  const contentType = encoded?.headers.get('content-type') ?? 'application/json'
  const payload = encoded ? new Uint8Array(await encoded.arrayBuffer()) : body === undefined ? undefined : JSON.stringify(body)
  const sent = { 'content-type': contentType, ...(token ? { authorization: `JWT ${token}` } : {}), ...headers }
  const response = await send(path, { method, headers: sent, body: payload })
  return { status: response.status, json: response.text ? JSON.parse(response.text) : null, headers: response.headers }
}

/** A raw call below /api (REST or `graphql`) with exactly these headers and body, for requests no client should send. */
export async function send(
  path: string,
  init: { method: keyof typeof handlers; headers?: Record<string, string>; body?: string | Uint8Array<ArrayBuffer> },
): Promise<{ status: number; text: string; headers: Headers }> {
  // As on the wire: a body comes with its length (the route guard tells bodies from no body by it).
  const length = typeof init.body === 'string' ? Buffer.byteLength(init.body) : init.body?.byteLength
  const headers = length === undefined ? init.headers : { ...init.headers, 'content-length': String(length) }
  const request = new Request(`http://127.0.0.1/api/${path}`, { ...init, headers })
  const response =
    path === 'graphql'
      ? await graphql(request, undefined)
      : await handlers[init.method](request, { params: Promise.resolve({ slug: path.split('?')[0].split('/').map(decodeURIComponent) }) })
  return { status: response.status, text: await response.text(), headers: response.headers }
}

/** A GraphQL query over the real GraphQL route. */
export async function graphqlQuery(query: string, token?: string, headers: Record<string, string> = {}): Promise<{ status: number; json: any }> {
  const sent = { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}), ...headers }
  const { status, text } = await send('graphql', { method: 'POST', headers: sent, body: JSON.stringify({ query }) })
  return { status, json: JSON.parse(text) }
}

/** Logs in over REST (factories create users with the password `test-password`). */
export async function loginAs(email: string): Promise<string> {
  const { status, json } = await rest('users/login', { method: 'POST', body: { email, password: 'test-password' } })
  if (status !== 200) throw new Error(`login of ${email} failed with ${status}`)
  return json.token as string
}
