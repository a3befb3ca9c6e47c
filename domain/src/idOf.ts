/** The id of a relationship value, whether it arrives populated (an object) or as a bare id. */
export function idOf(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return 'id' in value ? idOf((value as { id: unknown }).id) : null
  return String(value)
}

/** The ids of a hasMany relationship value. */
export const idsOf = (values: unknown): string[] => (Array.isArray(values) ? values.map(idOf).filter((id): id is string => id !== null) : [])
