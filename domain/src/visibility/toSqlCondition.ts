import type { Condition, VisibilityField } from './Condition.ts'

/** A PostgreSQL boolean expression and the values of its `$n` placeholders, in order. */
export interface SqlCondition {
  sql: string
  params: unknown[]
}

/**
 * Where each field lives in Payload's PostgreSQL schema for the `documents` collection (cms/src/migrations):
 * scalars are columns of `documents`, a hasMany relationship is a row per value in `documents_rels` under its `path`,
 * a hasMany select a row per value in its own table.
 */
type Column =
  | { kind: 'scalar'; column: string }
  | { kind: 'boolean'; column: string }
  | { kind: 'list'; table: string; column: string; path?: string }

const COLUMNS: Record<VisibilityField, Column> = {
  workflowStatus: { kind: 'scalar', column: 'workflow_status' },
  classification: { kind: 'scalar', column: 'classification' },
  ownerUnit: { kind: 'scalar', column: 'owner_unit_id' },
  responsible: { kind: 'scalar', column: 'responsible_id' },
  audienceAll: { kind: 'boolean', column: 'audience_all' },
  audienceUnits: { kind: 'list', table: 'documents_rels', column: 'org_units_id', path: 'audienceUnits' },
  audienceRoles: { kind: 'list', table: 'documents_audience_roles', column: 'value' },
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/

/**
 * A parameterised PostgreSQL expression for a condition over a `documents` row aliased `alias`; its placeholders start
 * at `$firstParam`. Values only ever travel as parameters. Columns are compared as text — ids, enums and all — so that
 * any string a viewer carries is a valid parameter and matches exactly when `evaluate` would. The expression is never
 * NULL, so it stays exact under `NOT` too.
 */
export function toSqlCondition(condition: Condition, alias: string, firstParam = 1): SqlCondition {
  if (!IDENTIFIER.test(alias)) throw new Error(`toSqlCondition: the table alias must be a plain SQL identifier, not ${JSON.stringify(alias)}`)
  if (!Number.isInteger(firstParam) || firstParam < 1) throw new Error(`toSqlCondition: the first parameter index must be a positive integer, not ${firstParam}`)
  const params: unknown[] = []
  const param = (value: unknown, type: string) => {
    params.push(value)
    return `$${firstParam + params.length - 1}::${type}`
  }

  const compile = (c: Condition): string => {
    switch (c.op) {
      case 'const':
        return String(c.value)
      case 'and':
      case 'or':
        return c.of.length === 0 ? String(c.op === 'and') : `(${c.of.map(compile).join(c.op === 'and' ? ' AND ' : ' OR ')})`
      case 'eq':
      case 'in': {
        const field = COLUMNS[c.field]
        const values = c.op === 'eq' ? [c.value] : c.values
        // A value of the other type never equals the field (as in `evaluate`), e.g. `true` for a status.
        if (field.kind === 'boolean') return c.op === 'eq' && typeof c.value === 'boolean' ? `${alias}.${field.column} IS NOT DISTINCT FROM ${param(c.value, 'boolean')}` : 'false'
        if (values.some((value) => typeof value !== 'string')) return 'false'
        const match = (column: string) => (c.op === 'eq' ? `${column}::text = ${param(c.value, 'text')}` : `${column}::text = ANY(${param([...c.values], 'text[]')})`)
        if (field.kind === 'scalar') return `(${alias}.${field.column} IS NOT NULL AND ${match(`${alias}.${field.column}`)})`
        const row = `${alias}_${field.table}`
        const path = field.path ? ` AND ${row}.path = '${field.path}'` : ''
        return `EXISTS (SELECT 1 FROM ${field.table} ${row} WHERE ${row}.parent_id = ${alias}.id${path} AND ${match(`${row}.${field.column}`)})`
      }
    }
  }
  return { sql: compile(condition), params }
}
