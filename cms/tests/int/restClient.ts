import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import config from '../../src/payload.config.ts'

// The handlers `src/app/(payload)/api/…/route.ts` export, called without a running Next server.
const handlers = { GET: REST_GET(config), POST: REST_POST(config), PATCH: REST_PATCH(config), DELETE: REST_DELETE(config) }
const graphql = GRAPHQL_POST(config)

export interface CallOptions {
  method?: keyof typeof handlers
  body?: unknown
  token?: string
  /** Further request headers, as a browser or a proxy would add them (`origin`, `cookie`, `x-forwarded-for`). */
  headers?: Record<string, string>
}

/** One REST call as a browser or script would make it: `path` below /api, with query string; a `FormData` body is sent as multipart. */
export async function rest(path: string, { method = 'GET', body, token, headers = {} }: CallOptions = {}): Promise<{ status: number; json: any; headers: Headers }> {
  const multipart = body instanceof FormData
  const response = await handlers[method](
    new Request(`http://127.0.0.1/api/${path}`, {
      method,
      headers: { ...(multipart ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `JWT ${token}` } : {}), ...headers },
      body: body === undefined ? undefined : multipart ? body : JSON.stringify(body),
    }),
    { params: Promise.resolve({ slug: path.split('?')[0].split('/') }) },
  )
  const text = await response.text()
  return { status: response.status, json: text ? JSON.parse(text) : null, headers: response.headers }
}

/** A GraphQL query over the real GraphQL route. */
export async function graphqlQuery(query: string, token?: string, headers: Record<string, string> = {}): Promise<{ status: number; json: any }> {
  const response = await graphql(
    new Request('http://127.0.0.1/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}), ...headers },
      body: JSON.stringify({ query }),
    }),
  )
  return { status: response.status, json: await response.json() }
}

/** Logs in over REST (factories create users with the password `test-password`). */
export async function loginAs(email: string): Promise<string> {
  const { status, json } = await rest('users/login', { method: 'POST', body: { email, password: 'test-password' } })
  if (status !== 200) throw new Error(`login of ${email} failed with ${status}`)
  return json.token as string
}
