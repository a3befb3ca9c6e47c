/**
 * Kinds of documents an administration publishes, named as the departments name them. Labels appear in the admin
 * UI; the stored values are @lotse/domain's vocabulary and stay as they are (search and site filter on them).
 */
export const kindOptions = [
  { value: 'directive', label: { de: 'Weisung', en: 'Directive' } },
  { value: 'policy', label: { de: 'Richtlinie', en: 'Policy' } },
  { value: 'work-aid', label: { de: 'Arbeitshilfe', en: 'Work aid' } },
  { value: 'instruction', label: { de: 'Dienstanweisung', en: 'Service instruction' } },
  { value: 'form', label: { de: 'Formular', en: 'Form' } },
  { value: 'news', label: { de: 'Mitteilung', en: 'News' } },
] as const
