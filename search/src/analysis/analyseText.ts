import { foldedWords } from './foldGerman.ts'
import { lemmaOf } from './lexicon/loadLexicon.ts'
import { splitCompound } from './splitCompound.ts'

/**
 * A folded word and what a query may look for in it: every run of its compound parts ("arbeitszeitregelung" →
 * "arbeitszeit", "zeitregelung", "arbeit", …) and the lemmas of the word and its parts ("personalgesprache" →
 * "personalgesprach", "gesprach").
 */
function searchableForms(word: string): string[] {
  const parts = splitCompound(word)
  if (!parts) return [...new Set([word, lemmaOf(word)])]
  const lastPart = parts[parts.length - 1]
  const lemma = lemmaOf(word.slice(lastPart.start))
  const forms = new Set([word, word.slice(0, lastPart.start) + lemma])
  for (let first = 0; first < parts.length; first++) {
    for (let last = first + 1; last < parts.length; last++) {
      forms.add(word.slice(parts[first].start, parts[last].end))
      if (last === parts.length - 1) forms.add(word.slice(parts[first].start, lastPart.start) + lemma)
    }
  }
  // The parts' lemmas last and in order, so a query of the parts matches them as a phrase ("wohn geld antrag").
  const partLemmas = parts.map((part) => lemmaOf(word.slice(part.start, part.end)))
  return [...[...forms].filter((form) => !partLemmas.includes(form)), ...partLemmas]
}

/**
 * The analysed form of a text for the index's lower-ranked fields: folded words, each followed by its compound parts
 * and lemmas, so a query for a part, a shorter compound or another inflection matches whole words — without the engine
 * cutting words into fragments.
 */
export function analyseText(text: string): string {
  const cache = new Map<string, string>()
  return foldedWords(text)
    .map((word) => {
      let analysed = cache.get(word)
      if (analysed === undefined) cache.set(word, (analysed = searchableForms(word).join(' ')))
      return analysed
    })
    .join(' ')
}
