import { foldedWords } from '../analysis/foldGerman.ts'
import { analyseQuery } from '../analysis/analyseQuery.ts'
import { lemmaOf } from '../analysis/lexicon/loadLexicon.ts'
import { compoundParts } from '../analysis/splitCompound.ts'
import type { SynonymGroup } from './starterSynonyms.ts'

/** A term as the index's analysed fields hold it in sequence: folded, compounds as parts, lemmas, every word kept. */
const asIndexed = (term: string) => foldedWords(term).flatMap(compoundParts).map((word) => lemmaOf(word)).join(' ')

/**
 * Meilisearch's synonym map for the groups. Keys are terms as an analysed query arrives (api/searchDocuments.ts), values
 * as the analysed fields hold them, so "Hartz IV" finds "Bürgergeld" and "KdU" finds "Kosten der Unterkunft".
 */
export function toMeiliSynonyms(groups: readonly SynonymGroup[]): Record<string, string[]> {
  const synonyms = new Map<string, Set<string>>()
  const add = (from: string, to: string) => {
    if (from === to) return
    const key = analyseQuery(from).terms
    const value = asIndexed(to)
    if (!key || !value || key === value) return
    if (!synonyms.has(key)) synonyms.set(key, new Set())
    synonyms.get(key)!.add(value)
  }
  for (const group of groups) {
    if ('terms' in group) for (const from of group.terms) for (const to of group.terms) add(from, to)
    else for (const from of group.from) for (const to of group.to) add(from, to)
  }
  return Object.fromEntries([...synonyms].map(([key, values]) => [key, [...values].sort()]))
}
