/** The id of a relationship value, whether it arrives populated (an object) or as a bare id. */
export function idOf(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return 'id' in value ? idOf(value.id) : null
  // Ids are numbers (PostgreSQL) or strings (Meilisearch, query strings); anything else is no id.
  return typeof value === 'number' || typeof value === 'string' ? String(value) : null
}

/** The ids of a hasMany relationship value. */
export const idsOf = (values: unknown): string[] => (Array.isArray(values) ? values.map(idOf).filter((id): id is string => id !== null) : [])
