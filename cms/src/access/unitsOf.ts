import type { VisibilityViewer } from '@lotse/domain'

/** The units whose documents a person works on: the unit they belong to and the units they manage. */
export const unitsOf = (viewer: Pick<VisibilityViewer, 'orgUnit' | 'managerOf'>): string[] => [
  ...new Set([...(viewer.orgUnit ? [viewer.orgUnit] : []), ...viewer.managerOf]),
]
