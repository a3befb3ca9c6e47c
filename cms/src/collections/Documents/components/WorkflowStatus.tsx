'use client'
import type { WorkflowStatus as Status } from '@lotse/domain'
import { useFormFields, useTranslation } from '@payloadcms/ui'
import { statusLabels } from '../statusLabels.ts'

/** The header's status, in place of Payload's draft/published flag: the workflow status the sidebar shows too. */
export function WorkflowStatus() {
  const { i18n } = useTranslation()
  const status = useFormFields(([fields]) => fields.workflowStatus?.value as Status | undefined) ?? 'draft'
  const label = statusLabels[status]?.[i18n.language === 'en' ? 'en' : 'de'] ?? status
  return (
    <div className="lotse-workflow-status" style={{ whiteSpace: 'nowrap' }}>
      Status: <strong>{label}</strong>
    </div>
  )
}
