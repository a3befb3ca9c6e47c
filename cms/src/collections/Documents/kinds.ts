/** Kinds of documents an administration publishes. Labels appear in the admin UI. */
export const kindOptions = [
  { value: 'directive', label: { de: 'Dienstanweisung', en: 'Directive' } },
  { value: 'policy', label: { de: 'Richtlinie', en: 'Policy' } },
  { value: 'work-aid', label: { de: 'Arbeitshilfe', en: 'Work aid' } },
  { value: 'instruction', label: { de: 'Anleitung', en: 'Instruction' } },
  { value: 'form', label: { de: 'Formular', en: 'Form' } },
  { value: 'news', label: { de: 'Mitteilung', en: 'News' } },
] as const
