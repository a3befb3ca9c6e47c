import { isDocumentKind, type DocumentKind } from './documentKinds.ts'
import { cmsRequest, expectOk } from './cmsRequest.ts'
import { payloadQuery, type QueryValue } from './payloadQuery.ts'
import type { Viewer } from './Viewer.ts'

/** A document in a list (start page, browse pages): what a line needs, nothing more. */
export interface DocumentListItem {
  id: string
  title: string
  kind: DocumentKind | null
  publishedAt: Date | null
  validFrom: Date | null
  changeNote: string | null
  versionLabel: string | null
}

function date(value: unknown): Date | null {
  if (typeof value !== 'string') return null
  const parsed = new Date(value)
  return Number.isNaN(parsed.getTime()) ? null : parsed
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null)

export function toListItem(raw: unknown): DocumentListItem | null {
  const rec = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>
  const id = typeof rec.id === 'number' ? String(rec.id) : text(rec.id)
  const title = text(rec.title)
  if (!id || !title) return null
  return {
    id,
    title,
    kind: isDocumentKind(rec.kind) ? rec.kind : null,
    publishedAt: date(rec.publishedAt),
    validFrom: date(rec.validFrom),
    changeNote: text(rec.changeNote),
    versionLabel: text(rec.versionLabel),
  }
}

/** Published and in force at `now`: the same rule as search's default (`validity=current`). */
export function inForceWhere(now: Date): QueryValue {
  const iso = now.toISOString()
  return {
    and: [
      { workflowStatus: { equals: 'published' } },
      { or: [{ validFrom: { exists: false } }, { validFrom: { less_than_equal: iso } }] },
      { or: [{ validUntil: { exists: false } }, { validUntil: { greater_than: iso } }] },
    ],
  }
}

/** Documents the viewer may read that match `where` (the CMS adds its visibility rule), as list items. */
export async function listDocuments(viewer: Viewer, where: QueryValue, options: { sort?: string; limit?: number } = {}): Promise<DocumentListItem[]> {
  const query = payloadQuery({
    where,
    sort: options.sort ?? '-publishedAt',
    limit: options.limit ?? 10,
    depth: 0,
    select: { title: true, kind: true, publishedAt: true, validFrom: true, changeNote: true, versionLabel: true },
  })
  const body = expectOk(await cmsRequest(viewer, `/api/documents?${query}`), 'a document list')
  const docs = Array.isArray(body.docs) ? body.docs : []
  return docs.map(toListItem).filter((item): item is DocumentListItem => item !== null)
}

/** One page of a document list, with how many pages there are (counted by the CMS under its visibility rule). */
export interface DocumentListPage {
  items: DocumentListItem[]
  page: number
  pages: number
  total: number
}

const nonNegative = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : fallback)

/**
 * Page `page` of the documents the viewer may read that match `where`, by title. The totals come from the CMS's
 * answer to the viewer's own query, so they count only documents the viewer may read.
 */
export async function listDocumentPage(viewer: Viewer, where: QueryValue, page: number, limit: number): Promise<DocumentListPage> {
  const query = payloadQuery({
    where,
    sort: 'title',
    limit,
    page,
    depth: 0,
    select: { title: true, kind: true, publishedAt: true, validFrom: true, changeNote: true, versionLabel: true },
  })
  const body = expectOk(await cmsRequest(viewer, `/api/documents?${query}`), 'a document list')
  const docs = Array.isArray(body.docs) ? body.docs : []
  const items = docs.map(toListItem).filter((item): item is DocumentListItem => item !== null)
  return { items, page, pages: Math.max(1, nonNegative(body.totalPages, 1)), total: nonNegative(body.totalDocs, items.length) }
}
