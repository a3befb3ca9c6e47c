const FOLDS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' }

/**
 * Case- and umlaut-insensitive form of a text for comparisons: "Straßenverkehrsgesetz", "STRASSENVERKEHRSGESETZ" and
 * "Strassenverkehrsgesetz" fold alike, and so do "Änderung" and "Aenderung" (people typed umlauts both ways for decades).
 * Other accents are dropped (é → e). Never shown to anyone.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => FOLDS[c])
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
}
