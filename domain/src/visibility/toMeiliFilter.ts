import type { Condition } from './Condition.ts'

/** A string literal in Meilisearch's filter syntax. */
export const meiliString = (value: string) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`

/**
 * A Meilisearch filter expression for a condition: `true` means "no filter needed", `false` "nothing can match"
 * (the caller then skips the search rather than sending a filter that would be easy to get wrong).
 */
export function toMeiliFilter(condition: Condition): string | boolean {
  switch (condition.op) {
    case 'const':
      return condition.value
    case 'eq':
      return `${condition.field} = ${typeof condition.value === 'boolean' ? String(condition.value) : meiliString(condition.value)}`
    case 'in':
      return `${condition.field} IN [${condition.values.map(meiliString).join(', ')}]`
    case 'and':
    case 'or':
      return `(${condition.of.map((c) => toMeiliFilter(c)).join(condition.op === 'and' ? ' AND ' : ' OR ')})`
  }
}
