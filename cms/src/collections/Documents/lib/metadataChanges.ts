import type { Document } from '../../../payload-types.ts'

/** The metadata a reader compares between two versions besides the text: validity, version, kind, legal basis. */
export const COMPARED_FIELDS = ['versionLabel', 'kind', 'validFrom', 'validUntil', 'legalBasis', 'requiresAcknowledgement'] as const satisfies readonly (keyof Document)[]

export type ComparedField = (typeof COMPARED_FIELDS)[number]

export interface MetadataChange {
  field: ComparedField
  from: string | boolean | null
  to: string | boolean | null
}

type Comparable = Partial<Pick<Document, ComparedField>>

const valueOf = (doc: Comparable, field: ComparedField): string | boolean | null => {
  const value = doc[field]
  return value === undefined || value === null || value === '' ? null : value
}

/** Which of those fields differ between two versions, with both values (dates as ISO strings). */
export function metadataChanges(before: Comparable, after: Comparable): MetadataChange[] {
  return COMPARED_FIELDS.flatMap((field) => {
    const from = valueOf(before, field)
    const to = valueOf(after, field)
    const same = typeof from === 'string' && typeof to === 'string' && field.startsWith('valid') ? new Date(from).getTime() === new Date(to).getTime() : from === to
    return same ? [] : [{ field, from, to }]
  })
}
