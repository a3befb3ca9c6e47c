/** A query as analytics groups it: Unicode-normalised, lower case, inner whitespace collapsed, at most 200 characters. */
export const normaliseSearchQuery = (q: string): string => q.normalize('NFC').toLocaleLowerCase('de').replace(/\s+/g, ' ').trim().slice(0, 200)
