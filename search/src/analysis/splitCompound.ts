import { loadLexicon, type Lexicon } from './lexicon/loadLexicon.ts'

/** A part of a compound, as offsets into the folded word (linking letters stay outside). */
export interface CompoundPart {
  start: number
  end: number
}

/** Fugenelemente: letters that join two parts ("Arbeit·s·zeit", "Kind·er·garten"). */
const LINKS = ['', 's', 'es', 'n', 'en', 'e', 'er', 'ens']
const MIN_PART = 3

/**
 * Splits a folded German word into the fewest known parts (dynamic programming over the lexicon: nouns anywhere,
 * verb stems and adjectives only before the last part, linking letters between parts), or null when it is not a
 * compound of known words. "arbeitszeitregelung" → arbeit|zeit|regelung.
 */
export function splitCompound(word: string, lexicon: Lexicon = loadLexicon()): CompoundPart[] | null {
  if (word.length < 2 * MIN_PART) return null
  const fewest = new Map<number, CompoundPart[] | null>()
  const from = (start: number): CompoundPart[] | null => {
    if (fewest.has(start)) return fewest.get(start)!
    let best: CompoundPart[] | null = null
    for (let end = word.length; end >= start + MIN_PART; end--) {
      const part = word.slice(start, end)
      const last = end === word.length
      if (!lexicon.nouns.has(part) && (last || !lexicon.modifiers.has(part))) continue
      if (last) {
        if (!best || best.length > 1) best = [{ start, end }]
        continue
      }
      for (const link of LINKS) {
        const next = end + link.length
        if (word.length - next < MIN_PART || !word.startsWith(link, end)) continue
        const rest = from(next)
        if (rest && (!best || best.length > rest.length + 1)) best = [{ start, end }, ...rest]
      }
    }
    fewest.set(start, best)
    return best
  }
  const parts = from(0)
  return parts && parts.length > 1 ? parts : null
}

/** The parts of a folded word as strings; the word itself when it is no compound. */
export function compoundParts(word: string): string[] {
  return splitCompound(word)?.map((part) => word.slice(part.start, part.end)) ?? [word]
}
