import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import config from '../../src/payload.config.ts'
import { refuseMalformedRequests } from '../../src/utilities/refuseMalformedRequests.ts'

// The handlers `src/app/(payload)/api/…/route.ts` export, called without a running Next server.
const handlers = {
  GET: refuseMalformedRequests(config, REST_GET(config)),
  POST: refuseMalformedRequests(config, REST_POST(config)),
  PATCH: refuseMalformedRequests(config, REST_PATCH(config)),
  DELETE: refuseMalformedRequests(config, REST_DELETE(config)),
}
const graphql = refuseMalformedRequests(config, GRAPHQL_POST(config))

export interface CallOptions {
  method?: keyof typeof handlers
  body?: unknown
  token?: string
}

/** One REST call as a browser or script would make it: `path` below /api, with query string. */
export async function rest(path: string, { method = 'GET', body, token }: CallOptions = {}): Promise<{ status: number; json: any }> {
  const headers = { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) }
  const { status, text } = await send(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  return { status, json: text ? JSON.parse(text) : null }
}

/** A raw call below /api (REST or `graphql`) with exactly these headers and body, for requests no client should send. */
export async function send(path: string, init: { method: keyof typeof handlers; headers?: Record<string, string>; body?: string }): Promise<{ status: number; text: string }> {
  // As on the wire: a body comes with its length (the route guard tells bodies from no body by it).
  const headers = init.body === undefined ? init.headers : { ...init.headers, 'content-length': String(Buffer.byteLength(init.body)) }
  const request = new Request(`http://127.0.0.1/api/${path}`, { ...init, headers })
  const response =
    path === 'graphql'
      ? await graphql(request, undefined)
      : await handlers[init.method](request, { params: Promise.resolve({ slug: path.split('?')[0]!.split('/').map(decodeURIComponent) }) })
  return { status: response.status, text: await response.text() }
}

/** A GraphQL query over the real GraphQL route. */
export async function graphqlQuery(query: string, token?: string): Promise<{ status: number; json: any }> {
  const headers = { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) }
  const { status, text } = await send('graphql', { method: 'POST', headers, body: JSON.stringify({ query }) })
  return { status, json: JSON.parse(text) }
}

/** Logs in over REST (factories create users with the password `test-password`). */
export async function loginAs(email: string): Promise<string> {
  const { status, json } = await rest('users/login', { method: 'POST', body: { email, password: 'test-password' } })
  if (status !== 200) throw new Error(`login of ${email} failed with ${status}`)
  return json.token as string
}
