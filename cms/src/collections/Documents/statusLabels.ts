import type { WorkflowStatus } from '@lotse/domain'

/** How the admin names each workflow status. */
export const statusLabels = {
  draft: { de: 'Entwurf', en: 'Draft' },
  'in-review': { de: 'In Prüfung', en: 'In review' },
  published: { de: 'Veröffentlicht', en: 'Published' },
  superseded: { de: 'Ersetzt', en: 'Superseded' },
  withdrawn: { de: 'Zurückgezogen', en: 'Withdrawn' },
} satisfies Record<WorkflowStatus, { de: string; en: string }>
