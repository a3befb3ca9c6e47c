import type { TextFieldSingleValidation } from 'payload'

const MAX_TERMS = 30
const MAX_TERM_LENGTH = 100

/** Terms as the search service reads them (search/src/synonyms/readStoredSynonyms.ts): separated by commas or semicolons. */
export const splitTerms = (value: string | null | undefined) => (value ?? '').split(/[,;]/).map((term) => term.trim()).filter(Boolean)

/** A group needs two terms (or one and its meaning); each term a word or a short phrase. */
export const validateTerms: TextFieldSingleValidation = (value, { siblingData, req }) => {
  const terms = splitTerms(value)
  const meaning = splitTerms((siblingData as { meaning?: string | null }).meaning)
  const german = req.i18n?.language !== 'en'
  if (terms.length < (meaning.length ? 1 : 2)) {
    return german
      ? 'Bitte mindestens zwei Begriffe durch Komma getrennt eingeben (oder einen Begriff und „Gemeint ist“).'
      : 'Enter at least two terms separated by commas (or one term and "Meaning").'
  }
  if (terms.length > MAX_TERMS) return german ? `Höchstens ${MAX_TERMS} Begriffe je Gruppe.` : `At most ${MAX_TERMS} terms per group.`
  const tooLong = terms.find((term) => term.length > MAX_TERM_LENGTH)
  if (tooLong) return german ? `„${tooLong.slice(0, 30)}…“ ist zu lang (höchstens ${MAX_TERM_LENGTH} Zeichen).` : `"${tooLong.slice(0, 30)}…" is too long (at most ${MAX_TERM_LENGTH} characters).`
  return true
}
