import fc from 'fast-check'
import { hostileText } from './hostileText.ts'

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'APPLICATION/JSON',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/octet-stream',
  '*/*;;;',
  '',
] as const

/** A JSON value built from the given keys (field names worth hitting) and hostile leaves. */
export function jsonValue(keys: readonly string[]): fc.Arbitrary<unknown> {
  const key = fc.oneof({ arbitrary: fc.constantFrom(...keys), weight: 4 }, { arbitrary: fc.string({ maxLength: 10 }), weight: 1 })
  const { value } = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      hostileText,
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('value'), { maxLength: 3 }),
      fc.dictionary(key, tie('value'), { maxKeys: 5 }),
    ),
  }))
  return value
}

/** A request body with its content type (or none): valid JSON objects, any JSON, form data, multipart, junk. */
export function fuzzBody(keys: readonly string[]): fc.Arbitrary<{ contentType: string | undefined; body: string | undefined }> {
  const object = fc.dictionary(fc.constantFrom(...keys), jsonValue(keys), { maxKeys: 6 })
  const form = fc
    .array(fc.tuple(fc.constantFrom(...keys), hostileText), { maxLength: 5 })
    .map((pairs) => new URLSearchParams(pairs.map(([k, v]): [string, string] => [k, v.replace(/[\uD800-\uDFFF]/g, '')])).toString())
  const multipart = fc
    .array(fc.tuple(fc.constantFrom('_payload', 'file', ...keys), hostileText), { maxLength: 3 })
    .map((parts) => parts.map(([name, value]) => `--x\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join('') + '--x--\r\n')
  return fc.oneof(
    { arbitrary: fc.record({ contentType: fc.constant('application/json'), body: object.map((o) => JSON.stringify(o)) }), weight: 5 },
    { arbitrary: fc.record({ contentType: fc.constantFrom(...CONTENT_TYPES), body: object.map((o) => JSON.stringify(o)) }), weight: 2 },
    { arbitrary: fc.record({ contentType: fc.constant('application/json'), body: jsonValue(keys).map((v) => JSON.stringify(v) ?? '') }), weight: 2 },
    { arbitrary: fc.record({ contentType: fc.constantFrom(...CONTENT_TYPES), body: hostileText }), weight: 3 },
    { arbitrary: fc.record({ contentType: fc.constant('application/x-www-form-urlencoded'), body: form }), weight: 2 },
    { arbitrary: fc.record({ contentType: fc.constant('multipart/form-data; boundary=x'), body: multipart }), weight: 2 },
    { arbitrary: fc.record({ contentType: fc.constant(undefined), body: fc.option(hostileText, { nil: undefined }) }), weight: 1 },
  )
}
