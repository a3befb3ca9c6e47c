import { foldText } from '../identify/foldText.ts'

const SIZE = 3

/** FNV-1a, 32 bit: cheap and spread enough for a few thousand shingles per document. */
function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/**
 * The text's word 3-shingles ("der antrag ist", "antrag ist zu", …) as sorted unique 32-bit hashes. Words are folded
 * (case, umlauts) and punctuation is dropped, so a PDF's line breaks and a DOCX's paragraphs of the same text agree.
 * A text of fewer than three words is one shingle of all of them.
 */
export function shingles(text: string): Uint32Array {
  const words = foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean)
  const hashes = new Set<number>()
  if (words.length > 0 && words.length < SIZE) hashes.add(hash(words.join(' ')))
  for (let i = 0; i + SIZE <= words.length; i++) hashes.add(hash(words.slice(i, i + SIZE).join(' ')))
  return Uint32Array.from(hashes).sort()
}
