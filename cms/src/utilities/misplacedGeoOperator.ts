import type { FlattenedField, SanitizedConfig } from 'payload'

const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])

/** `{ path, operator }` of every condition in a `where`, however nested in `and`/`or`. */
function conditionsOf(where: unknown): Array<{ path: string; operator: string }> {
  if (!where || typeof where !== 'object') return []
  return Object.entries(where as Record<string, unknown>).flatMap(([key, value]) =>
    /^(and|or)$/i.test(key)
      ? Object.values((value ?? {})).flatMap(conditionsOf)
      : value && typeof value === 'object'
        ? Object.keys(value).map((operator) => ({ path: key, operator }))
        : [],
  )
}

/** The `where` of a query string, in either form Payload reads: `where[a][0][field][op]=…` or `where=<JSON>`. */
function whereOf(searchParams: URLSearchParams): unknown[] {
  const wheres: unknown[] = []
  for (const [key, value] of searchParams) {
    if (key === 'where') {
      try {
        wheres.push(JSON.parse(value))
      } catch {
        // Malformed JSON is refused later, by the afterError hook, with Payload's own parse error.
      }
      continue
    }
    const segments = /^where((?:\[[^\]]*\])+)$/.exec(key)?.[1]?.slice(1, -1).split('][')
    const operator = segments?.pop()
    const path = segments?.filter((segment) => !/^(and|or|\d+)$/i.test(segment)).pop()
    if (operator && path) wheres.push({ [path]: { [operator]: value } })
  }
  return wheres
}

/** The field a dotted path names, through groups and relationships, or undefined. */
function fieldAt(path: string, fields: FlattenedField[], config: SanitizedConfig): FlattenedField | undefined {
  let field: FlattenedField | undefined
  for (const name of path.split('.')) {
    field = fields.find((each) => each.name === name)
    if (!field) return undefined
    if ('flattenedFields' in field) fields = field.flattenedFields
    else if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
      const relationTo = field.relationTo
      fields = config.collections.find((each) => each.slug === relationTo)?.flattenedFields ?? []
    }
  }
  return field
}

/**
 * A geo operator (`near`, `within`, `intersects`) on a field that is not a point, or undefined. Payload accepts them on
 * any field, and its Postgres adapter then fails with a TypeError (500): the operators exist only for point fields.
 */
export function misplacedGeoOperator(searchParams: URLSearchParams, collectionSlug: string, config: SanitizedConfig): string | undefined {
  const collection = config.collections.find((each) => each.slug === collectionSlug)
  if (!collection) return undefined
  for (const { path, operator } of whereOf(searchParams).flatMap(conditionsOf)) {
    if (!GEO_OPERATORS.has(operator)) continue
    // Version queries name the document's fields under `version.`.
    const field = fieldAt(path.replace(/^version\./, ''), collection.flattenedFields, config)
    if (field?.type !== 'point') return `The operator "${operator}" works on point fields only; ${path} is ${field ? `a ${field.type} field` : 'no field'}.`
  }
  return undefined
}
