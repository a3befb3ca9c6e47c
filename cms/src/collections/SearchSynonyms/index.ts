import type { CollectionConfig } from 'payload'
import { isEditorOrAdmin } from '../../access/isEditorOrAdmin.ts'
import { validateTerms } from './validateTerms.ts'

/**
 * Synonyms and abbreviations editors maintain for the search ("Hartz IV" = "Bürgergeld", "AU" = "Arbeitsunfähigkeit").
 * The search service polls this table and updates the index within about a second (search/src/synonyms/SynonymSync.ts);
 * a starter list for social administration ships with the search service and applies in addition.
 */
export const SearchSynonyms: CollectionConfig = {
  slug: 'search-synonyms',
  labels: { singular: { de: 'Suchbegriff', en: 'Search synonym' }, plural: { de: 'Suchbegriffe', en: 'Search synonyms' } },
  admin: {
    useAsTitle: 'terms',
    defaultColumns: ['terms', 'meaning', 'updatedAt'],
    group: { de: 'Suche', en: 'Search' },
    description: {
      de: 'Begriffe, die in der Suche dasselbe finden sollen – etwa Abkürzungen, alte oder umgangssprachliche Namen. Änderungen wirken nach etwa einer Sekunde.',
      en: 'Terms that should find the same in search — abbreviations, old or colloquial names. Changes apply after about a second.',
    },
  },
  access: { read: isEditorOrAdmin, create: isEditorOrAdmin, update: isEditorOrAdmin, delete: isEditorOrAdmin },
  fields: [
    {
      name: 'terms',
      type: 'text',
      required: true,
      validate: validateTerms,
      label: { de: 'Begriffe', en: 'Terms' },
      admin: {
        description: {
          de: 'Durch Komma getrennt, z. B. „AU, Arbeitsunfähigkeit, Krankmeldung“. Jeder Begriff findet alle anderen.',
          en: 'Separated by commas, e.g. "AU, Arbeitsunfähigkeit, Krankmeldung". Each term finds all the others.',
        },
      },
    },
    {
      name: 'meaning',
      type: 'text',
      label: { de: 'Gemeint ist (nur in eine Richtung)', en: 'Meaning (one way only)' },
      admin: {
        description: {
          de: 'Optional. Wenn gesetzt, finden die Begriffe nur diese Bedeutungen, nicht umgekehrt – z. B. „AZ“ → „Arbeitszeit, Aktenzeichen“.',
          en: 'Optional. When set, the terms find only these meanings, not the other way round — e.g. "AZ" → "Arbeitszeit, Aktenzeichen".',
        },
      },
    },
  ],
}
