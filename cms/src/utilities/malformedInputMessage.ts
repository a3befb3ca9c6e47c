/** busboy's messages for a multipart body it cannot read (Payload passes them on as they are). */
const MULTIPART_ERRORS = new Set([
  'Malformed content type',
  'Malformed part header',
  'Malformed urlencoded form',
  'Missing Content-Type',
  'Multipart: Boundary not found',
  'Unexpected end of file',
  'Unexpected end of form',
])

/** Why the caller's input, not the server, is at fault — or undefined when it is not. */
export function malformedInputMessage(error: unknown): string | undefined {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; cause = cause.cause, depth++) {
    // PostgreSQL's class 22, "data exception": a value in the query does not fit its column (an id that is not a
    // whole number or is too large, a date out of range, a NUL character, a negative page or limit, …).
    const code = (cause as { code?: unknown }).code
    if (typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code)) {
      return `A value in the request does not fit its field (${cause.message}). Ids are whole numbers from 1 to 2147483647; page and limit are whole numbers ≥ 1 and ≥ 0.`
    }
    // "operator does not exist": a `where` operator the field's type does not have (`like` on a number or a date).
    if (code === '42883') return `An operator in the query does not apply to its field (${cause.message}).`
    // JSON that Payload parses itself: the `where` and `data` query parameters and a multipart body's `_payload`.
    if (cause instanceof SyntaxError) return `Malformed JSON in the request: ${cause.message}`
    if (MULTIPART_ERRORS.has(cause.message)) return `Malformed multipart body: ${cause.message}`
  }
  return undefined
}
