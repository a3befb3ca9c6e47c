import type { Classification, DocumentKind, WorkflowStatus } from './vocabulary.ts'

/** A word of the vocabulary as people read it, in German and English. */
export interface Label {
  de: string
  en: string
}

/**
 * Kinds of documents, named as the departments name them. The one place for these words: the admin's select, the
 * site and anything else that shows a kind read them from here. The stored values (DOCUMENT_KINDS) never change
 * with a label.
 */
export const KIND_LABELS = {
  directive: { de: 'Weisung', en: 'Directive' },
  policy: { de: 'Richtlinie', en: 'Policy' },
  'work-aid': { de: 'Arbeitshilfe', en: 'Work aid' },
  instruction: { de: 'Dienstanweisung', en: 'Service instruction' },
  form: { de: 'Formular', en: 'Form' },
  news: { de: 'Mitteilung', en: 'News' },
} as const satisfies Record<DocumentKind, Label>

/** Workflow statuses, as the admin and the site name them. */
export const STATUS_LABELS = {
  draft: { de: 'Entwurf', en: 'Draft' },
  'in-review': { de: 'In Prüfung', en: 'In review' },
  published: { de: 'Veröffentlicht', en: 'Published' },
  superseded: { de: 'Ersetzt', en: 'Superseded' },
  withdrawn: { de: 'Zurückgezogen', en: 'Withdrawn' },
} as const satisfies Record<WorkflowStatus, Label>

/** Information classifications. */
export const CLASSIFICATION_LABELS = {
  public: { de: 'Öffentlich', en: 'Public' },
  internal: { de: 'Intern', en: 'Internal' },
  confidential: { de: 'Vertraulich', en: 'Confidential' },
} as const satisfies Record<Classification, Label>
