/** Fields of a document that visibility depends on; the same names in Payload, in the search index and here. */
export interface VisibilityFacts {
  workflowStatus: string
  classification: string
  ownerUnit: string | null
  responsible: string | null
  /** True when the audience lists neither units nor roles, i.e. all staff (stored, so that every backend can filter on it). */
  audienceAll: boolean
  audienceUnits: string[]
  audienceRoles: string[]
}
export type VisibilityField = keyof VisibilityFacts

/**
 * A boolean condition over those fields: small enough to evaluate in memory and to compile
 * to a Payload `Where`, a Meilisearch filter and PostgreSQL, so the four cannot drift apart in meaning.
 */
export type Condition =
  | { op: 'const'; value: boolean }
  | { op: 'and' | 'or'; of: Condition[] }
  | { op: 'eq'; field: VisibilityField; value: string | boolean }
  /** A scalar field is one of the values, or an array field shares at least one of them. */
  | { op: 'in'; field: VisibilityField; values: readonly string[] }

export const TRUE: Condition = { op: 'const', value: true }
export const FALSE: Condition = { op: 'const', value: false }

export const eq = (field: VisibilityField, value: string | boolean): Condition => ({ op: 'eq', field, value })
export const isIn = (field: VisibilityField, values: readonly string[]): Condition => (values.length ? { op: 'in', field, values } : FALSE)

/** Conjunction with constants folded away (an empty `and` is true). */
export function and(...of: Condition[]): Condition {
  if (of.some((c) => c.op === 'const' && !c.value)) return FALSE
  const rest = of.filter((c) => c.op !== 'const')
  return rest.length === 0 ? TRUE : rest.length === 1 ? rest[0] : { op: 'and', of: rest }
}

/** Disjunction with constants folded away (an empty `or` is false). */
export function or(...of: Condition[]): Condition {
  if (of.some((c) => c.op === 'const' && c.value)) return TRUE
  const rest = of.filter((c) => c.op !== 'const')
  return rest.length === 0 ? FALSE : rest.length === 1 ? rest[0] : { op: 'or', of: rest }
}

export function evaluate(condition: Condition, facts: VisibilityFacts): boolean {
  switch (condition.op) {
    case 'const':
      return condition.value
    case 'and':
      return condition.of.every((c) => evaluate(c, facts))
    case 'or':
      return condition.of.some((c) => evaluate(c, facts))
    case 'eq': {
      const actual = facts[condition.field]
      return Array.isArray(actual) ? actual.includes(condition.value as string) : actual === condition.value
    }
    case 'in': {
      const actual = facts[condition.field]
      return Array.isArray(actual) ? actual.some((v) => condition.values.includes(v)) : typeof actual === 'string' && condition.values.includes(actual)
    }
  }
}
