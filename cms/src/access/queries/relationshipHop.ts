import type { FlattenedField } from 'payload'

/** Segments that name the related document itself rather than a field of it (`supersedes.id`, polymorphic parts). */
const OWN_KEYS = new Set(['id', 'value', 'relationTo'])

const isRelation = (field: FlattenedField) => field.type === 'relationship' || field.type === 'upload' || field.type === 'join'

function subFields(field: FlattenedField): FlattenedField[] | null {
  if (field.type === 'group' || field.type === 'tab' || field.type === 'array') return field.flattenedFields
  if (field.type === 'blocks') return (field.blocks ?? []).flatMap((block) => block.flattenedFields ?? [])
  return null
}

/**
 * The part of a query or sort path that reaches into a related document (`supersedes` of `supersedes.summary`), or null
 * when the path stays within the queried collection. A query as the operand of a relationship (Payload's nested
 * `contains: { … }`) reaches into the related documents too. GraphQL's `__` separators count as dots. Unknown fields are
 * left to Payload's own validation, which rejects them.
 */
export function relationshipHop(fields: FlattenedField[], path: string, nestedQuery = false): string | null {
  const segments = path.replace(/__/g, '.').split('.')
  let current: FlattenedField[] | null = fields
  for (const [i, segment] of segments.entries()) {
    const field: FlattenedField | undefined = current?.find((candidate) => candidate.name === segment)
    if (!field) return null
    const rest = segments.slice(i + 1)
    if (isRelation(field)) {
      const staysOnRelation = rest.length === 0 ? !nestedQuery : rest.length === 1 && OWN_KEYS.has(rest[0])
      return staysOnRelation ? null : segments.slice(0, i + 1).join('.')
    }
    current = subFields(field)
    if (!current) return null
  }
  return null
}
