import { createHash } from 'node:crypto'

/** Below this many letters and digits two texts being equal says little ("Antrag", an empty scan): no text key. */
export const MIN_TEXT_CHARACTERS = 40

/**
 * A key that is equal for texts equal in their letters and digits (case, whitespace, punctuation, line breaks and
 * Unicode forms aside): the same document saved as DOCX and as PDF. null for texts too short to tell.
 */
export function normalisedTextKey(text: string): string | null {
  const letters = text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
  return letters.length < MIN_TEXT_CHARACTERS ? null : createHash('sha256').update(letters).digest('base64')
}
