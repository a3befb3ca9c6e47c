import type { DocumentKind } from '@lotse/domain'
import { foldText } from '../identify/foldText.ts'

// Folder words (folded) → kind, as the departments name the kinds (@lotse/domain's KIND_LABELS): Weisungen and
// Erlasse are directives, Dienstanweisungen and the unit's own binding Arbeits- and Verfahrensanweisungen service
// instructions, how-tos (Anleitungen, Handbücher) work aids. 'part' words also count inside compounds
// ("Vergaberichtlinien", "Antragsformulare"); 'start' words only at the start of a word, because inside one they mean
// something else ("Zuweisungen" are allocations, "Zahlungsanweisungen" payment orders, "Jugendhilfe" a department).
// Longer words are tried first.
const WORDS: [string, 'part' | 'start', DocumentKind][] = (
  [
    ['verwaltungsvorschrift', 'part', 'directive'],
    ['weisung', 'start', 'directive'],
    ['erlass', 'start', 'directive'],
    ['richtlinie', 'part', 'policy'],
    ['leitlinie', 'part', 'policy'],
    ['grundsaetze', 'start', 'policy'],
    ['polic', 'start', 'policy'],
    ['guideline', 'start', 'policy'],
    ['arbeitshilfe', 'part', 'work-aid'],
    ['praxishilfe', 'part', 'work-aid'],
    ['ausfuellhilfe', 'part', 'work-aid'],
    ['handreichung', 'part', 'work-aid'],
    ['leitfad', 'part', 'work-aid'],
    ['leitfaed', 'part', 'work-aid'],
    ['checkliste', 'part', 'work-aid'],
    ['merkblatt', 'part', 'work-aid'],
    ['merkblaett', 'part', 'work-aid'],
    ['schulungsunterlage', 'part', 'work-aid'],
    ['anleitung', 'part', 'work-aid'],
    ['handbuch', 'part', 'work-aid'],
    ['handbuech', 'part', 'work-aid'],
    ['manual', 'start', 'work-aid'],
    ['dienstanweisung', 'part', 'instruction'],
    ['dienstvorschrift', 'part', 'instruction'],
    ['arbeitsanweisung', 'part', 'instruction'],
    ['verfahrensanweisung', 'part', 'instruction'],
    ['anweisung', 'start', 'instruction'],
    ['instruction', 'start', 'instruction'],
    ['formular', 'part', 'form'],
    ['vordruck', 'part', 'form'],
    ['forms', 'start', 'form'],
    ['rundschreiben', 'part', 'news'],
    ['rundbrief', 'part', 'news'],
    ['rundmail', 'part', 'news'],
    ['mitteilung', 'part', 'news'],
    ['news', 'start', 'news'],
    ['aktuelles', 'start', 'news'],
  ] satisfies [string, 'part' | 'start', DocumentKind][]
).toSorted(([a], [b]) => b.length - a.length)

/** The kind a folder name suggests ("Weisungen 2016" → directive, "Arbeitshilfen" → work-aid), the deepest folder first. */
export function kindFromFolders(folders: readonly string[]): DocumentKind | null {
  for (const folder of folders.toReversed()) {
    const words = foldText(folder).split(/[^\p{L}\p{N}]+/u).filter(Boolean)
    for (const [word, where, kind] of WORDS) {
      if (words.some((candidate) => (where === 'part' ? candidate.includes(word) : candidate.startsWith(word)))) return kind
    }
  }
  return null
}
