import { foldText } from './foldText.ts'
import { stripVersionMarkers, type VersionMarker } from './stripVersionMarkers.ts'

export interface VersionStem {
  /** Same for every copy and version of one document in a folder: folded, markers and separators removed. */
  stem: string
  /** Hint where the name puts the file among its versions, higher = later: _alt < _Entwurf < x < x (2) < x_v3 < x_final < x_final_NEU. */
  rank: number
  /** Date written into the name (ISO, or a year), a later tie-breaker than rank. */
  date: string | null
  /** The name says it is a copy ("Kopie von x", "x - Kopie", "x (2)"): such files are also compared across folders. */
  copy: boolean
  markers: VersionMarker[]
}

const RANKS: Record<VersionMarker['kind'], number> = { old: -20, draft: -10, copy: 0, version: 0, date: 0, revised: 5, new: 10, final: 50 }

/** "x.docx", "x_v2.docx", "x_final_NEU.docx", "x (2).docx", "Kopie von x.docx", "X - Kopie.docx", "x_alt.docx" → one stem. */
export function versionStem(fileName: string): VersionStem {
  const { base, markers } = stripVersionMarkers(fileName)
  let rank = 0
  for (const marker of markers) rank += RANKS[marker.kind] + (marker.kind === 'copy' || marker.kind === 'version' ? marker.n : 0)
  const dates = markers.flatMap((marker) => (marker.kind === 'date' ? [marker.date] : []))
  return {
    stem: foldText(base).replace(/[^\p{L}\p{N}]+/gu, ' ').trim(),
    rank,
    date: dates.toSorted().at(-1) ?? null,
    copy: markers.some((marker) => marker.kind === 'copy'),
    markers,
  }
}
