import { DOCUMENT_KINDS } from '@lotse/domain'
import { randomSource } from '../randomSource.ts'
import { COMPOUNDS, NOUNS } from './germanCorpus.ts'

/** The query string of one `GET /search`. */
export type BenchQuery = Record<string, string>

/**
 * Staff-style searches over the corpus's words, the same on every run: single compounds (common ones more often),
 * a compound and a noun, questions, half-typed words, typos, and some with a kind or unit filter.
 */
export function benchQueries(count: number, unitLabels: string[]): BenchQuery[] {
  const random = randomSource(42)
  const typo = (word: string) => {
    const at = random.int(1, word.length - 2)
    return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)
  }
  return Array.from({ length: count }, (): BenchQuery => {
    const compound = random.skewed(COMPOUNDS).word
    const roll = random.next()
    if (roll < 0.35) return { q: compound }
    if (roll < 0.55) return { q: `${compound} ${random.skewed(NOUNS)}` }
    if (roll < 0.65) return { q: random.pick([`wie beantrage ich ${compound}`, `wer ist zuständig für ${random.skewed(NOUNS)}`, `was gilt bei ${compound}`]) }
    if (roll < 0.75) return { q: compound.slice(0, random.int(5, Math.min(9, compound.length))) }
    if (roll < 0.8) return { q: typo(compound) }
    if (roll < 0.92) return { q: random.skewed(NOUNS), kind: random.pick(DOCUMENT_KINDS) }
    return { q: compound, orgUnit: random.pick(unitLabels) }
  })
}
