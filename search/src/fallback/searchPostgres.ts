import type { VisibilityViewer } from '@lotse/domain'
import type pg from 'pg'
import type { SearchHit } from '../api/presentHit.ts'
import type { SearchQuery } from '../api/searchQuery.ts'
import type { SearchResponse } from '../api/searchDocuments.ts'
import { toSnippetHtml } from '../api/snippet.ts'
import { searchableCondition } from './searchableCondition.ts'
import { toPrefixTsQuery } from './toPrefixTsQuery.ts'

/** The text search configuration and column the CMS migration `search_fulltext` creates: the contract with it. */
const CONFIG = `'lotse_german'::regconfig`
/** Display label of a unit or topic, as `buildSearchRecord` labels them (short code first). */
const UNIT_LABEL = `coalesce(nullif(ou.short_code, ''), ou.name)`
/** The text nodes of the Lexical body, as one string (for the snippets of one page only). */
const BODY_TEXT = `(SELECT string_agg(t, ' ') FROM jsonb_array_elements_text(jsonb_path_query_array(d.body, 'strict $.** ? (exists(@.text)).text')) t)`
/** Our private highlight markers (snippet.ts) around matches; the same characters are removed from the text first. */
const HEADLINE_OPTIONS = `'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxFragments=1, MaxWords=30, MinWords=12, ShortWord=2'`
/**
 * At most this many matches are ranked, counted and faceted: a common word matches most of a large collection, and
 * ranking each match reads its whole tsvector (seconds at 100,000 documents). Degraded answers say they may be less
 * complete; `estimatedTotalHits` then says "at least this many".
 */
const CANDIDATES = 300
/** Snippets are cut from the start of a long text: ts_headline parses all it is given. */
const SNIPPET_SOURCE_CHARS = 8_000

interface Row {
  total: string
  hits: Array<{ id: number; title: string; kind: string; status: string; valid_from: string | null; source_path: string | null; org_unit: string | null; snippet: string | null }> | null
  kinds: Record<string, number> | null
  units: Record<string, number> | null
  topics: Record<string, number> | null
}

/**
 * Degraded mode: answers a search from PostgreSQL full-text search while Meilisearch is unavailable, in the same
 * response shape (plus `degraded: true`), over the same documents, filtered by the same rule. One round trip: up to
 * `CANDIDATES` matches (any word, via the GIN index on `search_vector`) are ranked once — documents with every word
 * first, then by ts_rank_cd scaled below 1 — then counted, paged and faceted.
 */
export async function searchPostgres(pool: pg.Pool, viewer: VisibilityViewer, query: SearchQuery): Promise<SearchResponse & { degraded: true }> {
  const started = performance.now()
  const tsquery = toPrefixTsQuery(query.q)
  const searchable = searchableCondition(viewer, query.validity, 2)
  if (searchable === false || (query.q.trim() && tsquery === null)) return { hits: [], estimatedTotalHits: 0, facets: {}, processingTimeMs: 0, degraded: true }

  const params: unknown[] = [tsquery?.any ?? null, ...searchable.params]
  const param = (value: unknown) => `$${params.push(value)}`
  const filters = [searchable.sql]
  // The tsquery is written into the condition itself (not taken from the CTE), so the planner can use the GIN index.
  if (tsquery !== null) filters.push(`d.search_vector @@ to_tsquery(${CONFIG}, $1::text)`)
  if (query.kind) filters.push(`d.kind::text = ${param(query.kind)}`)
  if (query.orgUnit) filters.push(`EXISTS (SELECT 1 FROM org_units ou WHERE ou.id = d.owner_unit_id AND ${UNIT_LABEL} = ${param(query.orgUnit)})`)
  if (query.topic) {
    filters.push(`EXISTS (SELECT 1 FROM documents_rels r JOIN topics tp ON tp.id = r.topics_id WHERE r.parent_id = d.id AND r.path = 'topics' AND tp.name = ${param(query.topic)})`)
  }
  const all = param(tsquery?.all ?? null)
  const limit = param(query.limit)
  const offset = param(query.offset)

  const { rows } = await pool.query<Row>(
    `WITH q AS (SELECT to_tsquery(${CONFIG}, $1::text) AS query, to_tsquery(${CONFIG}, ${all}::text) AS every),
     matches AS MATERIALIZED (
       SELECT d.id, d.kind, d.owner_unit_id,
              CASE WHEN q.query IS NULL THEN 0 ELSE ts_rank_cd(d.search_vector, q.query, 32) + (d.search_vector @@ q.every)::int END AS rank
         FROM documents d, q WHERE ${filters.join(' AND ')} LIMIT ${CANDIDATES}),
     page AS (SELECT id, rank FROM matches ORDER BY rank DESC, id DESC LIMIT ${limit} OFFSET ${offset})
     SELECT (SELECT count(*) FROM matches) AS total,
       (SELECT json_agg(json_build_object(
           'id', d.id, 'title', d.title, 'kind', d.kind, 'status', d.workflow_status, 'valid_from', d.valid_from,
           'source_path', d.source_path, 'org_unit', ${UNIT_LABEL},
           'snippet', ts_headline(${CONFIG},
              translate(left(concat_ws(E'\\n', nullif(d.summary, ''), ${BODY_TEXT}), ${SNIPPET_SOURCE_CHARS}), chr(1) || chr(2), ''),
              coalesce(q.query, ''::tsquery), ${HEADLINE_OPTIONS})
         ) ORDER BY page.rank DESC, page.id DESC)
         FROM page JOIN documents d ON d.id = page.id LEFT JOIN org_units ou ON ou.id = d.owner_unit_id, q) AS hits,
       (SELECT json_object_agg(kind, n) FROM (SELECT kind, count(*) AS n FROM matches WHERE kind IS NOT NULL GROUP BY kind) k) AS kinds,
       (SELECT json_object_agg(label, n) FROM (
          SELECT ${UNIT_LABEL} AS label, count(*) AS n FROM matches m JOIN org_units ou ON ou.id = m.owner_unit_id GROUP BY 1) u) AS units,
       (SELECT json_object_agg(name, n) FROM (
          SELECT tp.name, count(DISTINCT m.id) AS n FROM matches m
            JOIN documents_rels r ON r.parent_id = m.id AND r.path = 'topics' JOIN topics tp ON tp.id = r.topics_id GROUP BY tp.name) t) AS topics`,
    params,
  )
  const row = rows[0]
  const hits: SearchHit[] = (row.hits ?? []).map((hit) => ({
    id: String(hit.id),
    title: hit.title,
    kind: hit.kind,
    snippet: toSnippetHtml(hit.snippet ?? ''),
    url: `/documents/${hit.id}`,
    sourcePath: hit.source_path,
    orgUnit: hit.org_unit,
    validFrom: hit.valid_from === null ? null : new Date(hit.valid_from).toISOString(),
    status: hit.status,
    // The fallback searches the documents' own text; attachments are searchable through Meilisearch only.
    attachment: null,
  }))
  const facets: Record<string, Record<string, number>> = {}
  if (row.kinds) facets.kind = row.kinds
  if (row.units) facets.orgUnit = row.units
  if (row.topics) facets.topics = row.topics
  return { hits, estimatedTotalHits: Number(row.total), facets, processingTimeMs: Math.round(performance.now() - started), degraded: true }
}
