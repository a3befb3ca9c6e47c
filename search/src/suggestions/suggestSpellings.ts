import type pg from 'pg'
import { QUERY_STOP_WORDS } from '../analysis/queryStopWords.ts'
import { foldGerman } from '../analysis/foldGerman.ts'

/** Fewer hits than this and the answer carries spelling suggestions. */
export const FEW_HITS = 3
/** How alike (pg_trgm similarity) a vocabulary word must be to a query word to be suggested for it. */
const MIN_SIMILARITY = 0.4
const MAX_SUGGESTIONS = 3
const WORD = /[\p{L}]{4,}/gu

/**
 * "Did you mean": the query with each word the vocabulary does not know replaced by the most similar word it knows
 * (trigram similarity, then how many documents hold it) — up to three variants, from the alternatives for the first
 * unknown word. The vocabulary holds only what every member of staff can find (refreshVocabulary.ts), so suggestions
 * are the same for every viewer and reveal nothing of restricted documents. Words already known, short words and
 * question words stay as typed.
 */
export async function suggestSpellings(pool: pg.Pool, query: string): Promise<string[]> {
  const words = [...new Set(query.match(WORD) ?? [])].filter((word) => !QUERY_STOP_WORDS.has(foldGerman(word))).slice(0, 8)
  if (words.length === 0) return []
  const { rows } = await pool.query<{ word: string; known: boolean; candidates: string[] | null }>(
    `SELECT q.word,
            EXISTS (SELECT 1 FROM search_vocabulary v WHERE v.folded = lower(q.word)) AS known,
            ARRAY(SELECT v.term FROM search_vocabulary v
                   WHERE v.folded % lower(q.word) AND similarity(v.folded, lower(q.word)) >= $2
                   ORDER BY similarity(v.folded, lower(q.word)) DESC, v.documents DESC, v.term LIMIT ${MAX_SUGGESTIONS}) AS candidates
       FROM unnest($1::text[]) AS q(word)`,
    [words, MIN_SIMILARITY],
  )
  const fixes = new Map(rows.filter((row) => !row.known && row.candidates?.length).map((row) => [row.word, row.candidates!]))
  if (fixes.size === 0) return []
  const [first, alternatives] = [...fixes][0]
  const suggestions = alternatives.map((alternative) =>
    query.replace(WORD, (word) => (word === first ? alternative : (fixes.get(word)?.[0] ?? word))).replace(/\s+/g, ' ').trim(),
  )
  return [...new Set(suggestions)].filter((suggestion) => suggestion !== query.trim())
}
