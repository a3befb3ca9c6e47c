/** At most this many words of a query reach PostgreSQL: enough for any real question, bounded cost. */
const MAX_WORDS = 12

/**
 * `to_tsquery` texts for what a person typed: `any` matches documents with at least one of the words, `all` those with
 * every word (ranked first), as Meilisearch also returns documents that match only some words. Each word counts as a
 * prefix (so "Arbeitszeit" finds "Arbeitszeitregelung", as Meilisearch's compound splitting does, and a word still
 * being typed matches). Only letters and digits travel, so the texts are always valid tsquery syntax. Null when
 * nothing searchable is left.
 */
export function toPrefixTsQuery(q: string): { any: string; all: string } | null {
  const words = q.normalize('NFC').match(/[\p{L}\p{N}]+/gu)?.slice(0, MAX_WORDS) ?? []
  if (words.length === 0) return null
  const terms = words.map((word) => `${word}:*`)
  return { any: terms.join(' | '), all: terms.join(' & ') }
}
