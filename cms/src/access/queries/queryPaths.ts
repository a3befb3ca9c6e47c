import type { Where } from 'payload'

const LOGIC = new Set(['and', 'or'])
const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

export interface QueryPath {
  path: string
  /** The operators applied to it (`equals`, `like`, `near`, …). */
  operators: string[]
  /** Whether an operand is itself a query (Payload's nested relationship queries, e.g. `topics: { contains: { … } }`). */
  nestedQuery: boolean
}

/** Every field path a `where` names, through any depth of `and`/`or` (GraphQL's `AND`/`OR` included). */
export function queryPaths(where: Where | undefined | null): QueryPath[] {
  if (!isPlainObject(where)) return []
  return Object.entries(where).flatMap(([key, value]): QueryPath[] => {
    if (LOGIC.has(key.toLowerCase())) return (Array.isArray(value) ? value : [value]).flatMap((inner) => queryPaths(inner as Where))
    if (!isPlainObject(value)) return [{ path: key, operators: [], nestedQuery: false }]
    const nestedQuery = Object.values(value).some((operand) => isPlainObject(operand) || (Array.isArray(operand) && operand.some(isPlainObject)))
    return [{ path: key, operators: Object.keys(value), nestedQuery }]
  })
}

/** The field paths of a sort: a string (comma-separated allowed) or a list, each with an optional `-`/`+`. */
export function sortPaths(sort: unknown): string[] {
  const entries = Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []
  return entries.filter((entry): entry is string => typeof entry === 'string').map((entry) => entry.trim().replace(/^[-+]/, '')).filter(Boolean)
}
