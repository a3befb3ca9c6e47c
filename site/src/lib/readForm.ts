const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data']

/**
 * The posted form of a request, or the 4xx answer when the body is not a form (JSON, no content type, a broken
 * multipart body): `request.formData()` throws on those, which would otherwise surface as a 500.
 */
export async function readForm(request: Request): Promise<FormData | Response> {
  const mediaType = (request.headers.get('content-type') ?? '').split(';', 1)[0].trim().toLowerCase()
  if (!FORM_TYPES.includes(mediaType)) {
    return new Response('Send the form as application/x-www-form-urlencoded or multipart/form-data.', { status: 415, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  }
  try {
    return await request.formData()
  } catch {
    return new Response('The form could not be read.', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  }
}
