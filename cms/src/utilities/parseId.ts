/** PostgreSQL `serial` ids are 4-byte integers. */
const MAX_ID = 2_147_483_647

/**
 * A record id from a path or query string: a whole number from 1 to 2147483647, or `undefined` for anything else
 * (fractions, exponents, `NaN`, NUL, numbers the database cannot hold), so endpoints answer 4xx instead of letting
 * PostgreSQL reject the value with a 500.
 */
export function parseId(value: unknown): number | undefined {
  const text = typeof value === 'number' ? String(value) : value
  if (typeof text !== 'string' || !/^[1-9]\d{0,9}$/.test(text)) return undefined
  const id = Number(text)
  return id <= MAX_ID ? id : undefined
}
