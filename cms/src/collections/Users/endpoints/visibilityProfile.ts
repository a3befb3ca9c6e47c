import type { PayloadHandler } from 'payload'
import { viewerOf } from '../../../access/viewerOf.ts'
import { jsonError } from '../../../utilities/jsonError.ts'

/**
 * `GET /api/users/visibility` — the caller's visibility profile (roles, unit, the units above it, managed units),
 * so that the search service applies the very same rule without knowing the org chart.
 */
export const visibilityProfile: PayloadHandler = async (req) => {
  const viewer = await viewerOf(req)
  return viewer ? Response.json({ viewer }) : jsonError(401, 'Log in first.')
}
