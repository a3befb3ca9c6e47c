import { stripVersionMarkers } from './stripVersionMarkers.ts'

/**
 * A file name as a title: no extension, no version or copy markers ("_final_NEU", "_v2", " (2)", "Kopie von",
 * "Copy of", " - Kopie"), underscores as spaces, URL escapes (%20) decoded. Dates, umlauts, hyphens ("Straßenverkehrs-
 * Zulassungs-Ordnung") and the author's capitalisation stay.
 */
export function cleanFileName(fileName: string): string {
  let name = fileName.normalize('NFC')
  if (/%[0-9a-f]{2}/i.test(name)) {
    try {
      name = decodeURIComponent(name)
    } catch {
      // Not URL-encoded after all ("100%iger Anteil"): keep the name as it is.
    }
  }
  const { base } = stripVersionMarkers(name.replace(/_/g, ' '), { keepDates: true })
  return base.replace(/\s+/g, ' ').trim()
}
