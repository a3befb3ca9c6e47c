import type { PayloadHandler } from 'payload'
import { managedScope } from '../access/managedScope.ts'
import { viewerOf } from '../access/viewerOf.ts'
import { loadAudienceProfiles } from '../collections/Acknowledgements/lib/audienceProfiles.ts'
import { jsonError } from '../utilities/jsonError.ts'
import { parseId } from '../utilities/parseId.ts'
import { sqlPool } from '../utilities/sqlPool.ts'
import { directiveCompletion } from './directiveCompletion.ts'
import { migrationProgress } from './migrationProgress.ts'
import { openFeedback } from './openFeedback.ts'
import { reviewQueue } from './reviewQueue.ts'

const REVIEW_WITHIN_DAYS = 30

/**
 * `GET /api/dashboard?page=N` — the manager's dashboard in one answer: read-confirmation completion per directive (a
 * page of 20) and per unit, documents due for review or expired, open feedback, and migration progress. Managers see
 * the units they manage and those below, admins all units; staff and editors 403. Every figure is aggregated in
 * PostgreSQL and counts only documents the person may read (scopedDocuments.ts) and people of their units.
 */
export const dashboard: PayloadHandler = async (req) => {
  const viewer = await viewerOf(req)
  if (!viewer) return jsonError(401, 'Log in first.')
  const managed = await managedScope(req)
  if (!managed) return jsonError(403, 'The dashboard is for managers (their units) and admins.')
  const rawPage = req.searchParams.get('page')
  const page = rawPage === null ? 1 : parseId(rawPage)
  if (!page) return jsonError(400, 'page must be a whole number from 1.')

  const { scope, chart } = managed
  const pool = sqlPool(req.payload)
  const profiles = await loadAudienceProfiles(pool, scope, chart)
  const [directives, review, feedback, migration] = await Promise.all([
    directiveCompletion(pool, viewer, scope, chart, profiles, page),
    reviewQueue(pool, viewer, scope, REVIEW_WITHIN_DAYS),
    openFeedback(pool, viewer, scope),
    migrationProgress(pool, viewer, scope),
  ])
  const unitIds = scope === 'all' ? [...chart.units.keys()] : scope
  const units = unitIds
    .map((id) => chart.units.get(id))
    .flatMap((unit) => (unit ? [{ id: unit.id, name: unit.name, shortCode: unit.shortCode }] : []))
    .sort((a, b) => a.shortCode.localeCompare(b.shortCode, 'de'))
  return Response.json({ scope: { all: scope === 'all', units }, directives, review, feedback, migration })
}
