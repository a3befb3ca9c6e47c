import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { MAX_PAGE_SIZE } from './listLimits.ts'

const LIST_OPERATIONS = new Set(['read', 'findVersions', 'readDistinct'])

function invalidLimit(value: unknown): boolean {
  if (value === undefined) return false
  const limit = Number(value)
  return !Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE
}

/**
 * A REST list asks for at most `MAX_PAGE_SIZE` documents, for the list and for each join, and cannot turn paging off
 * (`limit=0`, `pagination=false`): one request must not make the server read and send a whole collection. Checked on
 * the caller's query string, so the CMS's own lookups inside a request stay free.
 */
export const checkRestListLimits: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (req.payloadAPI !== 'REST' || !LIST_OPERATIONS.has(operation)) return args
  const query = (req.query ?? {}) as { limit?: unknown; pagination?: unknown; joins?: unknown }
  const joins = query.joins && typeof query.joins === 'object' ? Object.values(query.joins as Record<string, unknown>) : []
  const joinLimits = joins.map((join) => (join && typeof join === 'object' ? (join as { limit?: unknown }).limit : undefined))
  if (invalidLimit(query.limit) || joinLimits.some(invalidLimit) || String(query.pagination) === 'false') {
    throw new APIError(`limit must be a whole number from 1 to ${MAX_PAGE_SIZE} (and paging cannot be turned off); ask for further pages with page=2, 3, …`, 400, null, true)
  }
  return args
}
