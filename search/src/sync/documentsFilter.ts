import { meiliString as quote } from '@lotse/domain'

/** The Meilisearch filter for every index entry (record and chunks) of the given documents. */
export const documentsFilter = (documentIds: string[]): string => `documentId IN [${documentIds.map(quote).join(', ')}]`
