import { toMeiliFilter, visibilityCondition, type VisibilityViewer } from '@lotse/domain'

/**
 * The Meilisearch filter for what a viewer may find: the CMS's visibility rule, compiled.
 * `false` means the viewer can find nothing (the search is then not run at all).
 */
export const visibilityFilter = (viewer: VisibilityViewer): string | boolean => toMeiliFilter(visibilityCondition(viewer))
