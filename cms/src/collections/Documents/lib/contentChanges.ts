import { idOf } from '@lotse/domain'
import type { FlattenedField } from 'payload'

/** Fields the workflow and the system maintain. Every other stored field is content: readers see it. */
export const WORKFLOW_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'createdAt',
  'updatedAt',
  '_status',
  'workflowStatus',
  'submittedBy',
  'publishedBy',
  'publishedAt',
  'acknowledgementRound',
  'acknowledgementRoundStartedAt',
  'supersededBy',
])

type Data = object | null | undefined

const valueOf = (data: Data, name: string): unknown => (data as Record<string, unknown> | null | undefined)?.[name]

const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)

/** JSON with sorted keys, so that the same content compares equal however its objects were built. */
function canonical(value: unknown): string {
  if (isEmpty(value)) return 'null'
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined)
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/** One field's value in a form that does not depend on how it arrived (a populated or bare relationship, a date string). */
function normalise(field: FlattenedField, value: unknown): string {
  if (isEmpty(value)) return 'null'
  if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
    return canonical(Array.isArray(value) ? value.map(idOf) : idOf(value))
  }
  if (field.type === 'date') {
    const time = new Date(value as string).getTime()
    return Number.isNaN(time) ? canonical(value) : String(time)
  }
  return canonical(value)
}

/**
 * The content fields (derived from the collection's fields, so a new field counts as content without being listed
 * here) whose values differ between two states of a document, by top-level name. Join and virtual fields are not
 * stored with the document and are left out.
 */
export function contentChanges(fields: FlattenedField[], before: Data, after: Data): string[] {
  return fields
    .filter((field) => !WORKFLOW_FIELDS.has(field.name) && field.type !== 'join' && !('virtual' in field && field.virtual))
    .filter((field) => differs(field, valueOf(before, field.name), valueOf(after, field.name)))
    .map((field) => field.name)
}

function differs(field: FlattenedField, before: unknown, after: unknown): boolean {
  if ((field.type === 'group' || field.type === 'tab') && 'flattenedFields' in field) {
    return field.flattenedFields.some((sub) => differs(sub, valueOf(before as Data, sub.name), valueOf(after as Data, sub.name)))
  }
  return normalise(field, before) !== normalise(field, after)
}
