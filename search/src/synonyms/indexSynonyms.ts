import { STARTER_SYNONYMS, type SynonymGroup } from './starterSynonyms.ts'
import { toMeiliSynonyms } from './toMeiliSynonyms.ts'

/** The index's synonyms: the shipped starter list plus the groups editors keep in the CMS. */
export const indexSynonyms = (stored: readonly SynonymGroup[]): Record<string, string[]> => toMeiliSynonyms([...STARTER_SYNONYMS, ...stored])
