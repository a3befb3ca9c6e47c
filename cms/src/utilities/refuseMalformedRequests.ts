import { APIError, type SanitizedConfig } from 'payload'
import { jsonError } from './jsonError.ts'
import { malformedInputMessage } from './malformedInputMessage.ts'
import { misplacedGeoOperator } from './misplacedGeoOperator.ts'

type RouteArgs = { params?: Promise<{ slug?: string[] }> } | undefined

const BODY_METHODS = new Set(['POST', 'PATCH', 'PUT'])

/** A request Payload would answer with 500 although the caller is at fault, answered here with the right 4xx. */
function routeRefusal(request: Request, slug: string[], config: SanitizedConfig): Response | undefined {
  const [first, route] = slug
  // Payload looks the first segment up in a plain object: `__proto__` or `constructor` would be "a collection".
  if (first && first in Object.prototype) return jsonError(404, `There is no ${request.method} ${new URL(request.url).pathname}.`)
  const collection = config.collections.find((each) => each.slug === first)
  if (!collection) return undefined
  // Payload routes /versions and /verify for every collection and then queries tables that only exist with the feature.
  if (route === 'versions' && !collection.versions) return jsonError(404, `${collection.slug} keeps no versions.`)
  if (route === 'verify' && !(collection.auth && collection.auth.verify)) return jsonError(404, `${collection.slug} has no email verification.`)
  const geo = misplacedGeoOperator(new URL(request.url).searchParams, collection.slug, config)
  return geo ? jsonError(400, geo) : undefined
}

/**
 * The body as Payload will read it, or the 4xx answer for a body it cannot read. Payload reads a body only when its
 * type is exactly `application/json` or multipart; any other body, no body and a JSON value that is not an object
 * would reach the operations and hooks as `data` they do not expect (undefined, `false`, a number) and fail with 500.
 */
async function readableBody(request: Request): Promise<Request | Response> {
  const methodOverride = request.headers.get('x-payload-http-method-override') ?? request.headers.get('x-http-method-override')
  if (!BODY_METHODS.has(request.method) || methodOverride === 'GET') return request
  const hasBody = Number(request.headers.get('content-length') ?? 0) > 0 || request.headers.has('transfer-encoding')
  const contentType = request.headers.get('content-type') ?? ''
  const mediaType = contentType.split(';', 1)[0]
  if (mediaType.includes('multipart/')) {
    return hasBody && /;\s*boundary=./.test(contentType) ? request : jsonError(400, 'A multipart body needs a boundary in its Content-Type, and content.')
  }
  // No body reads as an empty object: endpoints that take none ignore it, creates and updates report missing fields.
  if (!hasBody) return new Request(request, { headers: { ...Object.fromEntries(request.headers), 'content-type': 'application/json' }, body: '{}' })
  if (mediaType !== 'application/json') {
    return jsonError(415, `Send the body as application/json (or multipart/form-data for uploads), not as "${contentType || 'no content type'}".`)
  }
  let data: unknown
  try {
    data = JSON.parse(await request.clone().text())
  } catch (error) {
    return jsonError(400, `Malformed JSON in the body: ${(error as Error).message}`)
  }
  return data && typeof data === 'object' && !Array.isArray(data) ? request : jsonError(400, 'The body must be a JSON object.')
}

/**
 * Wraps one of Payload's Next route handlers (REST or GraphQL, `src/app/(payload)/api`) so that malformed requests get
 * a 4xx where Payload would answer 5xx: bodies it cannot read, routes of features a collection does not have, geo
 * operators on other fields, client errors it throws outside its own error handling (GraphQL body parsing) and its 501
 * for collections without REST. Errors inside operations are classified by the `answerMalformedInput` hook.
 */
export function refuseMalformedRequests<Args extends RouteArgs>(
  config: Promise<SanitizedConfig>,
  handler: (request: Request, args: Args) => Promise<Response>,
): (request: Request, args: Args) => Promise<Response> {
  return async (incoming, args) => {
    const slug = (await args?.params)?.slug
    const refusal = slug && routeRefusal(incoming, slug, await config)
    if (refusal) return refusal
    const request = await readableBody(incoming)
    if (request instanceof Response) return request
    try {
      const response = await handler(request, args)
      return response.status === 501 ? jsonError(404, `There is no ${request.method} ${new URL(request.url).pathname}.`) : response
    } catch (error) {
      if (error instanceof APIError && error.status >= 400 && error.status < 500) return jsonError(error.status, error.message)
      const message = malformedInputMessage(error)
      if (message) return jsonError(400, message)
      throw error
    }
  }
}
