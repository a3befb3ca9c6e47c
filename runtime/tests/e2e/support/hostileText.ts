import fc from 'fast-check'

/** Values that broke or nearly broke parsers somewhere: ids out of range, numbers in odd notations, NUL, bad UTF-16. */
export const HOSTILE_STRINGS = [
  '', ' ', '0', '-0', '-1', '1', '2', '7', '1.5', '1e99', '1e-7', '-1e308', 'NaN', 'Infinity', '-Infinity', '0x1F', '0b11', '1_000',
  '2147483647', '2147483648', '-2147483649', '9007199254740993', '99999999999999999999999', '1,abc', '1,2,3', ',', 'abc',
  'null', 'undefined', 'true', 'false', '[]', '{}', '[object Object]', '{"a":1}', '{"a":', '\u0000', 'a\u0000b', '%00', '%', '%zz',
  "'", '"', '\\', "' OR 1=1 --", '../../etc/passwd', '//evil.example', '<script>alert(1)</script>', '🙂', '\uD800', 'ß',
  'ä'.repeat(300), 'a'.repeat(5000), '2026-13-45', '0000-00-00', '9999-12-31T23:59:59Z', '+275760-09-13T00:00:00Z', 'a.b.c',
  '__proto__', 'constructor', 'documents', 'id', 'title', '-title', 'draft', 'published', 'staff', 'admin',
]

/** A string argument to any endpoint: mostly the hostile list, sometimes generated text (any code unit included). */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_STRINGS), weight: 6 },
  { arbitrary: fc.integer({ min: -5, max: 60 }).map(String), weight: 2 },
  { arbitrary: fc.double().map(String), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ maxLength: 20 }), weight: 1 },
)

/** `encodeURIComponent`, except that a lone surrogate becomes the bytes it would have had (invalid UTF-8 on purpose). */
export function encodeComponent(value: string): string {
  return [...value]
    .map((char) => {
      try {
        return encodeURIComponent(char)
      } catch {
        return '%ED%A0%80'
      }
    })
    .join('')
}
