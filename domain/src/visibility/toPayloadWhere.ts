import type { Condition } from './Condition.ts'

/** Payload's `Where` shape, declared here so this workspace needs no Payload at run time; it is assignable to Payload's type. */
export type WhereQuery = { [field: string]: unknown }

/**
 * A Payload access result for a condition: `true`/`false`, or a `Where` that the database evaluates.
 * `prefix` addresses the same fields elsewhere: `version.` in the versions table, `document.` across a relationship.
 */
export function toPayloadWhere(condition: Condition, prefix = ''): WhereQuery | boolean {
  switch (condition.op) {
    case 'const':
      return condition.value
    case 'eq':
      return { [prefix + condition.field]: { equals: condition.value } }
    case 'in':
      return { [prefix + condition.field]: { in: [...condition.values] } }
    case 'and':
    case 'or':
      return { [condition.op]: condition.of.map((c) => toPayloadWhere(c, prefix) as WhereQuery) }
  }
}
