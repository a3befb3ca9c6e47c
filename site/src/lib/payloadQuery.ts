/** A value of a Payload REST query: `where`, `select`, `populate`, `sort`, `limit`, … nested as Payload reads them. */
export type QueryValue = string | number | boolean | QueryValue[] | { [key: string]: QueryValue }

/**
 * A Payload REST query string in the bracket notation Payload's `qs` parser reads:
 * `{ where: { kind: { in: ['a', 'b'] } } }` → `where[kind][in][0]=a&where[kind][in][1]=b`.
 */
export function payloadQuery(query: Record<string, QueryValue>): string {
  const pairs: string[] = []
  const walk = (prefix: string, value: QueryValue) => {
    if (Array.isArray(value)) value.forEach((item, index) => walk(`${prefix}[${index}]`, item))
    else if (typeof value === 'object') for (const [key, inner] of Object.entries(value)) walk(`${prefix}[${key}]`, inner)
    else pairs.push(`${encodeURIComponent(prefix)}=${encodeURIComponent(String(value))}`)
  }
  for (const [key, value] of Object.entries(query)) walk(key, value)
  return pairs.join('&')
}
