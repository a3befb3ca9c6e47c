import { RELEASED_STATUSES, type Role } from '../vocabulary.ts'
import { and, eq, FALSE, isIn, or, TRUE, type Condition } from './Condition.ts'

/** What visibility needs to know about a person; the CMS computes it from the user and the org-unit tree. */
export interface VisibilityViewer {
  id: string
  roles: Role[]
  /** The unit the person belongs to. */
  orgUnit: string | null
  /** Their unit and all units above it: an audience naming a parent unit includes its sub-units. */
  unitPath: string[]
  /** Units they manage. */
  managerOf: string[]
}

/** Whether a document's audience names the person: all staff, one of their units or a unit above, or one of their roles. */
export function audienceCondition(viewer: VisibilityViewer): Condition {
  return or(eq('audienceAll', true), isIn('audienceUnits', viewer.unitPath), isIn('audienceRoles', viewer.roles))
}

/** Members of the owner unit, managers of it, and the responsible person. */
const owningSideCondition = (viewer: VisibilityViewer): Condition =>
  or(viewer.orgUnit ? eq('ownerUnit', viewer.orgUnit) : FALSE, isIn('ownerUnit', viewer.managerOf), eq('responsible', viewer.id))

/**
 * Whether the person reads a document's unreleased states — its drafts and attachments nobody has approved yet: the
 * editors and managers on its owning side, and admins.
 */
export function draftReaderCondition(viewer: VisibilityViewer): Condition {
  if (viewer.roles.includes('admin')) return TRUE
  return viewer.roles.includes('editor') || viewer.roles.includes('manager') ? owningSideCondition(viewer) : FALSE
}

/**
 * THE visibility rule (DESIGN.md), written once:
 * a person may read a document when
 *   it is released (published, superseded, withdrawn) — or they are an editor/manager on its owning side,
 *   and its audience includes them (all staff, one of their units or above, or one of their roles) — or they are on its owning side,
 *   and its classification allows it: confidential only for the owning side.
 * The owning side: members of the owner unit, managers of it, and the responsible person. Admins read everything;
 * a person without any role reads nothing.
 */
export function visibilityCondition(viewer: VisibilityViewer): Condition {
  if (viewer.roles.length === 0) return FALSE
  if (viewer.roles.includes('admin')) return TRUE
  const owningSide = owningSideCondition(viewer)
  return and(
    or(isIn('workflowStatus', RELEASED_STATUSES), draftReaderCondition(viewer)),
    or(audienceCondition(viewer), owningSide),
    or(isIn('classification', ['public', 'internal']), owningSide),
  )
}

/**
 * Whether a document asks the person for a read confirmation: it is addressed to them and they may read it (the two
 * checks the acknowledgement endpoints make), as one condition so that PostgreSQL can count the people it holds for.
 */
export const addressedReaderCondition = (viewer: VisibilityViewer): Condition => and(visibilityCondition(viewer), audienceCondition(viewer))
