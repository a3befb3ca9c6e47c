import type { FlattenedField, SanitizedConfig, Where } from 'payload'
import { queryPaths } from '../access/queries/queryPaths.ts'

const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])

/** The `where` of a query string, in either form Payload reads: `where[a][0][field][op]=…` or `where=<JSON>`. */
function whereOf(searchParams: URLSearchParams): Where[] {
  const wheres: Where[] = []
  for (const [key, value] of searchParams) {
    if (key === 'where') {
      try {
        wheres.push(JSON.parse(value) as Where)
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
  for (const { path, operators } of whereOf(searchParams).flatMap(queryPaths)) {
    const operator = operators.find((each) => GEO_OPERATORS.has(each))
    if (!operator) continue
    // Version queries name the document's fields under `version.`.
    const field = fieldAt(path.replace(/^version\./, ''), collection.flattenedFields, config)
    if (field?.type !== 'point') return `The operator "${operator}" works on point fields only; ${path} is ${field ? `a ${field.type} field` : 'no field'}.`
  }
  return undefined
}
