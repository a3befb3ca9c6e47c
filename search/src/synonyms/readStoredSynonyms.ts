import type pg from 'pg'
import type { SynonymGroup } from './starterSynonyms.ts'

export interface StoredSynonyms {
  groups: SynonymGroup[]
  /** Changes whenever a group is added, edited or removed. */
  signature: string
}

/** Terms as editors type them: separated by commas or semicolons. */
const termsOf = (text: string | null) => (text ?? '').split(/[,;]/).map((term) => term.trim()).filter(Boolean)

const UNDEFINED_TABLE = '42P01'

/** The synonym groups editors keep in the CMS (collection `search-synonyms`); none before the CMS created its table. */
export async function readStoredSynonyms(db: pg.Pool | pg.Client): Promise<StoredSynonyms> {
  const result = await db
    .query<{ id: number; terms: string | null; meaning: string | null; updated_at: Date }>('SELECT id, terms, meaning, updated_at FROM search_synonyms ORDER BY id')
    .catch((error: { code?: string }) => {
      if (error.code === UNDEFINED_TABLE) return { rows: [] }
      throw error
    })
  const { rows } = result
  const groups = rows.map((row): SynonymGroup => (termsOf(row.meaning).length ? { from: termsOf(row.terms), to: termsOf(row.meaning) } : { terms: termsOf(row.terms) }))
  return { groups, signature: rows.map((row) => `${row.id}@${row.updated_at.toISOString()}`).join(',') }
}
