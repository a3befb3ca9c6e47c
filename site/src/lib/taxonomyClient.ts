import { cmsRequest, expectOk } from './cmsRequest.ts'
import { payloadQuery } from './payloadQuery.ts'
import type { Viewer } from './Viewer.ts'

/** An org unit or a topic: what the browse pages, the org tree and the search filters name it by. */
export interface TaxonomyEntry {
  id: string
  name: string
  /** Units: the short code ("50.2"); topics have none. */
  shortCode: string | null
  parentId: string | null
}

/** The CMS answers at most 250 records a request: pages of that size, up to 5,000 entries (more than any org chart). */
const PAGE_SIZE = 250
const MAX_PAGES = 20

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null)
const idOf = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? String(value) : text(value))

export function toTaxonomyEntry(raw: unknown): TaxonomyEntry | null {
  const rec = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>
  const id = idOf(rec.id)
  const name = text(rec.name)
  if (!id || !name) return null
  const parent = typeof rec.parent === 'object' && rec.parent !== null ? (rec.parent as Record<string, unknown>).id : rec.parent
  return { id, name, shortCode: text(rec.shortCode), parentId: idOf(parent) }
}

async function listEntries(viewer: Viewer, collection: 'org-units' | 'topics', withCode: boolean): Promise<TaxonomyEntry[]> {
  const entries: TaxonomyEntry[] = []
  for (let page = 1; page <= MAX_PAGES; page++) {
    const query = payloadQuery({
      limit: PAGE_SIZE,
      page,
      depth: 0,
      sort: withCode ? 'shortCode' : 'name',
      select: withCode ? { name: true, shortCode: true, parent: true } : { name: true, parent: true },
    })
    const body = expectOk(await cmsRequest(viewer, `/api/${collection}?${query}`), `the ${collection} list`)
    entries.push(...(Array.isArray(body.docs) ? body.docs : []).map(toTaxonomyEntry).filter((entry) => entry !== null))
    if (body.hasNextPage !== true) break
  }
  return entries
}

/** Every org unit (the CMS lets every signed-in person read the org chart), with the viewer's token. */
export function listOrgUnits(viewer: Viewer): Promise<TaxonomyEntry[]> {
  return listEntries(viewer, 'org-units', true)
}

/** Every topic, with the viewer's token. */
export function listTopics(viewer: Viewer): Promise<TaxonomyEntry[]> {
  return listEntries(viewer, 'topics', false)
}
