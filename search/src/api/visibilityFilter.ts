import type { Viewer } from './Viewer.ts'

/**
 * The Meilisearch filter for what a viewer may find. Only published documents are in the index; this filter
 * states it again so that a stray record fails closed. A viewer without any role finds nothing.
 */
export function visibilityFilter(viewer: Viewer): string {
  if (viewer.roles.length === 0) return 'status = "__none__"'
  return 'status = "published"'
}
