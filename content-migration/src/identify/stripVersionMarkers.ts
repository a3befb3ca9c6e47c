/** What a file name says about its place among copies of the same document. */
export type VersionMarker =
  | { kind: 'copy'; n: number }
  | { kind: 'version'; n: number }
  | { kind: 'final' | 'new' | 'old' | 'draft' | 'revised' }
  | { kind: 'date'; date: string }

const EXTENSION = /\.[a-z][a-z0-9]{0,4}$/i
// Markers at the end need a separator before them ("x_final", "x - Kopie", "x v2"), so a name that merely ends in
// such letters ("Schulfinal", "Anlage 2") keeps them. A bare trailing number is never a marker: "Anlage 2" and
// "Anlage 3" are different documents.
const SUFFIXES: [RegExp, (m: RegExpExecArray) => VersionMarker][] = [
  [/[\s_-]+(?:kopie|copy)(?:\s*\((\d{1,3})\))?$/i, (m) => ({ kind: 'copy', n: m[1] ? Number(m[1]) : 1 })],
  [/\s*\((\d{1,3})\)$/, (m) => ({ kind: 'copy', n: Number(m[1]) })],
  [/[\s_-]+(?:v|ver|vers|version|rev)[\s._]?(\d{1,3}(?:[._]\d{1,3})?)$/i, (m) => ({ kind: 'version', n: Number(m[1].replace('_', '.')) })],
  [/[\s_-]+(?:final|finale|endg(?:ue|ü)ltig|endfassung|fertig)$/i, () => ({ kind: 'final' })],
  [/[\s_-]+(?:neu|new|neueste?|aktuell)$/i, () => ({ kind: 'new' })],
  [/[\s_-]+(?:alt|old|veraltet|bak|backup|sicherung)$/i, () => ({ kind: 'old' })],
  [/[\s_-]+(?:entwurf|draft)$/i, () => ({ kind: 'draft' })],
  [/[\s_-]+(?:korr|korrigiert|korrektur|(?:ue|ü)berarbeitet|revised)$/i, () => ({ kind: 'revised' })],
  [/[\s_-]+(?:stand[\s_-]*)?(\d{4}-\d{2}-\d{2}|(?:19|20)\d{6}|\d{1,2}\.\d{1,2}\.\d{4})$/i, (m) => ({ kind: 'date', date: isoDate(m[1]) })],
  // A bare year only when glued on with _ or - ("Weisung_2019"): "Haushaltsplan 2019" names a different document
  // than "Haushaltsplan 2020".
  [/[_-]+(?:stand[\s_-]*)?((?:19|20)\d{2})$/i, (m) => ({ kind: 'date', date: m[1] })],
]
const PREFIXES: [RegExp, (m: RegExpExecArray) => VersionMarker][] = [
  [/^(?:kopie|copy)(?:[\s_]*\((\d{1,3})\))?[\s_]+(?:von|of)[\s_]+/i, (m) => ({ kind: 'copy', n: m[1] ? Number(m[1]) : 1 })],
  [/^((?:19|20)\d{2}-\d{2}-\d{2}|(?:19|20)\d{6})[\s_-]+/, (m) => ({ kind: 'date', date: isoDate(m[1]) })],
]

function isoDate(text: string): string {
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text)
  if (german) return `${german[3]}-${german[2].padStart(2, '0')}-${german[1].padStart(2, '0')}`
  return /^\d{8}$/.test(text) ? `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6)}` : text
}

/**
 * Splits a file name into the document's base name (no extension, no "Kopie von", "_final_NEU", "_v2", " (2)",
 * " - Kopie", "_alt", "_2019") and the markers it carried. Dates stay in the base when `keepDates` is set (for titles:
 * "2019-03-01 Weisung" is a meaningful title). A name that is nothing but a marker ("Entwurf.odt", "neu.docx") stays.
 */
export function stripVersionMarkers(fileName: string, options: { keepDates?: boolean } = {}): { base: string; markers: VersionMarker[] } {
  let base = fileName.normalize('NFC').trim().replace(EXTENSION, '')
  const markers: VersionMarker[] = []
  for (let changed = true; changed; ) {
    changed = false
    for (const [pattern, marker] of [...SUFFIXES, ...PREFIXES]) {
      const match = pattern.exec(base)
      if (!match) continue
      const found = marker(match)
      if (found.kind === 'date' && options.keepDates) continue
      const rest = (match.index === 0 && pattern.source.startsWith('^') ? base.slice(match[0].length) : base.slice(0, match.index)).trim()
      if (!/[\p{L}\p{N}]/u.test(rest)) continue
      base = rest
      markers.push(found)
      changed = true
    }
  }
  return { base: base.replace(/^[\s_-]+|[\s_-]+$/g, ''), markers }
}
