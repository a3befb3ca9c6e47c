import type { DocumentKind } from '@lotse/domain'

/** The statuses a migration may give a document: a draft for editors, or released (with an approver, four eyes). */
export const MAPPING_STATUSES = ['draft', 'published'] as const
export type MappingStatus = (typeof MAPPING_STATUSES)[number]

export interface MappingFields {
  kind?: DocumentKind
  /** Short code of the owning org unit, e.g. "50.2" or "Amt 50". */
  ownerUnit?: string
  topics?: string[]
  status?: MappingStatus
  /** E-mail of the person who approved publishing (needed with status published). */
  approvedBy?: string
}

export interface MappingRule extends MappingFields {
  /** Folder or file path relative to the imported root: a prefix ("Sozialamt/Weisungen") or a glob ("**\/Formulare/**"). */
  match: string
  /** Line of the rule in its file (for messages), 0 when built in code. */
  line: number
}

/** A mapping file: folder-path rules and the defaults for whatever no rule sets. See mapping.example.yaml. */
export interface Mapping {
  defaults: MappingFields
  rules: MappingRule[]
}
