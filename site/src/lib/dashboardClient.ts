import { SiteError } from './SiteError.ts'
import { cmsRequest, expectOk } from './cmsRequest.ts'
import type { Viewer } from './Viewer.ts'

export interface UnitRef {
  id: string
  name: string
  shortCode: string
}

export interface UnitCompletion {
  unit: UnitRef
  addressed: number
  acknowledged: number
}

export interface DirectiveCompletion {
  id: string
  title: string
  round: number
  dueAt: Date
  overdue: boolean
  addressed: number
  acknowledged: number
  units: UnitCompletion[]
}

export interface ReviewItem {
  id: string
  title: string
  unit: string
  reason: 'expired' | 'reviewOverdue' | 'reviewSoon'
  /** The date the reason refers to: expired since / review due on. */
  date: Date
}

export interface FeedbackItem {
  id: string
  kind: string
  comment: string | null
  createdAt: Date
  document: { id: string; title: string; unit: string }
}

export interface MigrationUnit {
  unit: string
  counts: Record<'draft' | 'in-review' | 'published' | 'other', number>
}

export interface MigrationRun {
  id: string
  root: string
  status: string
  finishedAt: Date | null
  documents: number
}

/** The manager's dashboard as the CMS computed it for the viewer's units. */
export interface Dashboard {
  allUnits: boolean
  units: UnitRef[]
  directives: { page: number; pages: number; total: number; items: DirectiveCompletion[] }
  review: { withinDays: number; total: number; items: ReviewItem[] }
  feedback: { total: number; byKind: Record<string, number>; items: FeedbackItem[] }
  migration: { units: MigrationUnit[]; runs: MigrationRun[] }
}

/** One directive's current round per unit, with who is missing. */
export interface CompletionDetail {
  document: { id: string; title: string; dueAt: Date; overdue: boolean }
  totals: { addressed: number; acknowledged: number }
  units: (UnitCompletion & { missing: { id: string; name: string }[] })[]
}

type Rec = Record<string, unknown>
const rec = (value: unknown): Rec => (typeof value === 'object' && value !== null ? (value as Rec) : {})
const list = (value: unknown): Rec[] => (Array.isArray(value) ? value.map(rec) : [])
const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0)
const text = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '')
const date = (value: unknown): Date | null => {
  const parsed = typeof value === 'string' ? new Date(value) : null
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed : null
}
const unitRef = (value: unknown): UnitRef => {
  const unit = rec(value)
  return { id: text(unit.id), name: text(unit.name), shortCode: text(unit.shortCode) }
}
const unitCompletion = (value: Rec): UnitCompletion => ({ unit: unitRef(value.unit), addressed: num(value.addressed), acknowledged: num(value.acknowledged) })
const MIGRATION_STATUSES = ['draft', 'in-review', 'published'] as const

/** Throws `forbidden` on 403 (not a manager or admin), `unauthenticated`, `upstream_*`. */
function expectDashboardOk(response: Awaited<ReturnType<typeof cmsRequest>>, what: string): Rec {
  if (response.status === 403) throw new SiteError('forbidden', `CMS refused ${what} (403)`)
  if (response.status === 404) throw new SiteError('not_found', `CMS has no ${what} for this viewer (404)`)
  return expectOk(response, what)
}

/** The dashboard for the viewer's units; `page` pages the directives. */
export async function getDashboard(viewer: Viewer, page: number): Promise<Dashboard> {
  const body = expectDashboardOk(await cmsRequest(viewer, `/api/dashboard?page=${page}`), 'the dashboard')
  const scope = rec(body.scope)
  const directives = rec(body.directives)
  const review = rec(body.review)
  const feedback = rec(body.feedback)
  const migration = rec(body.migration)
  const byUnit = new Map<string, MigrationUnit>()
  for (const row of list(migration.units)) {
    const entry = byUnit.get(text(row.unit)) ?? { unit: text(row.unit), counts: { draft: 0, 'in-review': 0, published: 0, other: 0 } }
    const raw = text(row.status)
    const status: keyof MigrationUnit['counts'] = (MIGRATION_STATUSES as readonly string[]).includes(raw) ? (raw as (typeof MIGRATION_STATUSES)[number]) : 'other'
    entry.counts[status] += num(row.count)
    byUnit.set(entry.unit, entry)
  }
  return {
    allUnits: scope.all === true,
    units: list(scope.units).map(unitRef),
    directives: {
      page: num(directives.page) || 1,
      pages: num(directives.pages),
      total: num(directives.total),
      items: list(directives.directives).flatMap((row): DirectiveCompletion[] => {
        const dueAt = date(row.dueAt)
        return dueAt ? [{ id: text(row.id), title: text(row.title), round: num(row.round), dueAt, overdue: row.overdue === true, addressed: num(row.addressed), acknowledged: num(row.acknowledged), units: list(row.units).map(unitCompletion) }] : []
      }),
    },
    review: {
      withinDays: num(review.withinDays),
      total: num(review.total),
      items: list(review.documents).flatMap((row): ReviewItem[] => {
        const reason = row.reason === 'expired' || row.reason === 'reviewOverdue' ? row.reason : 'reviewSoon'
        const when = date(reason === 'expired' ? row.validUntil : row.reviewDue)
        return when ? [{ id: text(row.id), title: text(row.title), unit: text(row.unit), reason, date: when }] : []
      }),
    },
    feedback: {
      total: num(feedback.total),
      byKind: Object.fromEntries(Object.entries(rec(feedback.byKind)).map(([kind, count]) => [kind, num(count)])),
      items: list(feedback.items).flatMap((row): FeedbackItem[] => {
        const createdAt = date(row.createdAt)
        const doc = rec(row.document)
        return createdAt ? [{ id: text(row.id), kind: text(row.kind), comment: typeof row.comment === 'string' && row.comment.trim() ? row.comment.trim() : null, createdAt, document: { id: text(doc.id), title: text(doc.title), unit: text(doc.unit) } }] : []
      }),
    },
    migration: {
      units: [...byUnit.values()],
      runs: list(migration.runs).map((row) => ({ id: text(row.id), root: text(row.root), status: text(row.status), finishedAt: date(row.finishedAt), documents: num(row.documents) })),
    },
  }
}

/** Who of the viewer's units has confirmed one directive's current round (`not_found` when they may not read it or it asks for none). */
export async function getCompletionDetail(viewer: Viewer, documentId: string): Promise<CompletionDetail> {
  const response = await cmsRequest(viewer, `/api/acknowledgements/status/${encodeURIComponent(documentId)}`)
  if (response.status === 400) throw new SiteError('not_found', `document ${documentId} asks for no read confirmation`)
  const body = expectDashboardOk(response, `the completion of document ${documentId}`)
  const doc = rec(body.document)
  const totals = rec(body.totals)
  const dueAt = date(doc.dueAt)
  if (!dueAt) throw new SiteError('upstream_failed', `CMS answered the completion of document ${documentId} without a due date`)
  return {
    document: { id: text(doc.id), title: text(doc.title), dueAt, overdue: doc.overdue === true },
    totals: { addressed: num(totals.addressed), acknowledged: num(totals.acknowledged) },
    units: list(body.units).map((row) => ({ ...unitCompletion(row), missing: list(row.missing).map((person) => ({ id: text(person.id), name: text(person.name) })) })),
  }
}
