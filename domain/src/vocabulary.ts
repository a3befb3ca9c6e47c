/** The words Lotse's parts share. The CMS builds its select fields from these lists; search and site validate against them. */
export const ROLES = ['staff', 'manager', 'editor', 'admin'] as const
export type Role = (typeof ROLES)[number]

export const DOCUMENT_KINDS = ['directive', 'policy', 'work-aid', 'instruction', 'form', 'news'] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

export const CLASSIFICATIONS = ['public', 'internal', 'confidential'] as const
export type Classification = (typeof CLASSIFICATIONS)[number]

export const WORKFLOW_STATUSES = ['draft', 'in-review', 'published', 'superseded', 'withdrawn'] as const
export type WorkflowStatus = (typeof WORKFLOW_STATUSES)[number]

/** Statuses in which a document has been released to its audience (superseded and withdrawn ones stay readable, with a banner). */
export const RELEASED_STATUSES = ['published', 'superseded', 'withdrawn'] as const satisfies readonly WorkflowStatus[]
