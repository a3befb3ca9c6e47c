import fs from 'node:fs'

export interface Lexicon {
  /** Noun forms, folded; they may stand anywhere in a compound, last part included. */
  nouns: ReadonlySet<string>
  /** The lemma of an inflected noun form ("antrage" → "antrag"). */
  lemmas: ReadonlyMap<string, string>
  /** Verb stems and adjectives: they may only begin or continue a compound. */
  modifiers: ReadonlySet<string>
}

let loaded: Lexicon | undefined

const readLines = (name: string) => fs.readFileSync(new URL(name, import.meta.url), 'utf8').split('\n').filter(Boolean)

/** The shipped German word lists (≈ 3 MB, see README.md), read once on first use. */
export function loadLexicon(): Lexicon {
  if (loaded) return loaded
  const nouns = new Set<string>()
  const lemmas = new Map<string, string>()
  for (const line of readLines('./nouns.txt')) {
    const [form, lemma] = line.split('\t')
    nouns.add(form)
    if (lemma) lemmas.set(form, lemma)
  }
  loaded = { nouns, lemmas, modifiers: new Set(readLines('./modifiers.txt')) }
  return loaded
}

/** The lemma of a folded word, or the word itself. */
export const lemmaOf = (word: string, lexicon: Lexicon = loadLexicon()): string => lexicon.lemmas.get(word) ?? word
