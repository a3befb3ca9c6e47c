import { toPayloadWhere, visibilityCondition, type WhereQuery } from '@lotse/domain'
import type { Access, Where } from 'payload'
import { viewerOf } from './viewerOf.ts'

/**
 * Read access by the visibility rule (@lotse/domain), as a `Where` the database evaluates — for documents themselves
 * (no prefix), their versions (`version.`) and attachments (`document.`). Anonymous requests read nothing.
 */
export const visibleThrough =
  (prefix = ''): Access =>
  async ({ req }) => {
    const viewer = await viewerOf(req)
    if (!viewer) return false
    const where = toPayloadWhere(visibilityCondition(viewer), prefix)
    return typeof where === 'boolean' ? where : (where satisfies WhereQuery as Where)
  }

export const canReadDocuments = visibleThrough()
