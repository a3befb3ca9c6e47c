import type { VisibilityViewer } from '@lotse/domain'

/**
 * Whose searches a person may see in analytics: editors and admins all, managers those of the units they manage (and
 * their sub-units), anyone else none (`null`: 403).
 */
export function analyticsScope(viewer: VisibilityViewer): 'all' | { units: string[] } | null {
  if (viewer.roles.includes('admin') || viewer.roles.includes('editor')) return 'all'
  if (viewer.roles.includes('manager') && viewer.managerOf.length > 0) return { units: viewer.managerOf }
  return null
}
