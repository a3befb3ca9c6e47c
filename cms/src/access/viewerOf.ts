import type { VisibilityViewer } from '@lotse/domain'
import type { PayloadRequest } from 'payload'
import type { User } from '../payload-types.ts'
import { idOf, idsOf } from '@lotse/domain'
import { loadOrgChart } from '../utilities/orgChart.ts'

declare module 'payload' {
  interface RequestContext {
    /** The request's viewer, computed once per request and user by `viewerOf`. */
    viewer?: { userId: string; viewer: VisibilityViewer }
  }
}

/** What the visibility rule needs to know about a user. */
export async function visibilityViewerOf(req: PayloadRequest, user: Pick<User, 'id' | 'roles' | 'orgUnit' | 'managerOf'>): Promise<VisibilityViewer> {
  const orgUnit = idOf(user.orgUnit)
  const unitPath = orgUnit ? (await loadOrgChart(req)).pathOf(orgUnit) : []
  return { id: String(user.id), roles: [...(user.roles ?? [])], orgUnit, unitPath, managerOf: idsOf(user.managerOf) }
}

/** The signed-in person of a request as the visibility rule sees them, or null for anonymous requests. Cached per request. */
export async function viewerOf(req: PayloadRequest): Promise<VisibilityViewer | null> {
  const user = req.user
  if (!user || user.collection !== 'users') return null
  // Some internal requests (e.g. access checks while populating) arrive without a context object.
  const context = (req.context ??= {})
  // Keyed by user: a Local API call may pass another `user` along with this `req`.
  if (context.viewer?.userId !== String(user.id)) context.viewer = { userId: String(user.id), viewer: await visibilityViewerOf(req, user) }
  return context.viewer.viewer
}
