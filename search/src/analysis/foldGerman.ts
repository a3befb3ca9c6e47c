/**
 * One spelling for the ways German is typed: ß/ss, ä/ae/a, ö/oe/o, ü/ue/u fold to one form, lower case. Index text
 * and queries are folded alike, so "Strasse" finds "Straße" and "Buergergeld" finds "Bürgergeld". The folding is
 * lossy ("Quelle" → "qulle") but the same on both sides, which is all matching needs; folding twice changes nothing.
 */
export function foldGerman(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[äa]e+|ä/g, 'a')
    .replace(/[öo]e+|ö/g, 'o')
    .replace(/[üu]e+|ü/g, 'u')
    .replace(/[ßs]{2,}|ß/g, 's')
}

const WORD = /[\p{L}\p{N}]+/gu

/** The folded words of a text, in order. */
export const foldedWords = (text: string): string[] => foldGerman(text).match(WORD) ?? []
