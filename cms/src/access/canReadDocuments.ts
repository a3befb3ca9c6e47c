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

const ownState = visibleThrough('version.')
const currentState = visibleThrough('parent.')

/**
 * A version is readable when the rule allows it for the version's own state *and* for the document as it is now:
 * raising a document's classification or narrowing its audience also closes its history.
 */
export const canReadVersions: Access = async (args) => {
  const [own, current] = await Promise.all([ownState(args), currentState(args)])
  if (own === false || current === false) return false
  if (own === true) return current
  if (current === true) return own
  return { and: [own, current] }
}
