import type { VisibilityViewer } from '@lotse/domain'
import type pg from 'pg'
import { searchableCondition } from '../fallback/searchableCondition.ts'

/**
 * A staff member of no unit, with no other role and responsible for nothing: what they can find, every member of
 * staff can. Suggestions come from these documents only, so a suggestion never shows a word that only a restricted or
 * confidential document contains — to anyone.
 */
const EVERYONE: VisibilityViewer = { id: '', roles: ['staff'], orgUnit: null, unitPath: [], managerOf: [] }

/** Letters of German words (and other Latin-script words); digits and punctuation separate words. */
const NON_LETTERS = `'[^A-Za-zÀ-ÖØ-öø-ÿß]+'`
/** The text nodes of the Lexical body (as search/src/fallback reads them), cut: frequent terms show early enough. */
const BODY_TEXT = `left((SELECT string_agg(t, ' ') FROM jsonb_array_elements_text(jsonb_path_query_array(d.body, 'strict $.** ? (exists(@.text)).text')) t), 20000)`

/**
 * Rebuilds `search_vocabulary` (cms migration `search_vocabulary`): the words of the titles, summaries and topics of
 * the documents every member of staff can find, and the body words found in at least two of them, with their most
 * common spelling and how many documents hold them. One transaction: searches see the old or the new vocabulary.
 */
export async function refreshVocabulary(pool: pg.Pool): Promise<number> {
  const visible = searchableCondition(EVERYONE, 'all', 1)
  if (visible === false) throw new Error('refreshVocabulary: every member of staff must be able to find something')
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    await client.query('DELETE FROM search_vocabulary')
    const { rowCount } = await client.query(
      `WITH docs AS (
         SELECT d.id,
                concat_ws(' ', d.title, d.summary, (SELECT string_agg(tp.name, ' ') FROM documents_rels r JOIN topics tp ON tp.id = r.topics_id
                                                     WHERE r.parent_id = d.id AND r.path = 'topics')) AS head,
                ${BODY_TEXT} AS body
           FROM documents d WHERE ${visible.sql}),
       words AS (
         SELECT id, word, true AS head FROM docs, regexp_split_to_table(docs.head, ${NON_LETTERS}) AS word
         UNION ALL
         SELECT id, word, false AS head FROM docs, regexp_split_to_table(coalesce(docs.body, ''), ${NON_LETTERS}) AS word)
       INSERT INTO search_vocabulary (term, folded, documents)
       SELECT mode() WITHIN GROUP (ORDER BY word), lower(word), count(DISTINCT id)
         FROM words WHERE char_length(word) >= 4
        GROUP BY lower(word) HAVING bool_or(head) OR count(DISTINCT id) >= 2`,
      visible.params,
    )
    await client.query('COMMIT')
    return rowCount ?? 0
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    client.release()
  }
}
