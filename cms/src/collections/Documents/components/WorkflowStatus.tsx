'use client'
import { STATUS_LABELS, type WorkflowStatus as Status } from '@lotse/domain'
import { useFormFields, useTranslation } from '@payloadcms/ui'

/** The header's status, in place of Payload's draft/published flag: the workflow status the sidebar shows too. */
export function WorkflowStatus() {
  const { i18n } = useTranslation()
  const status = useFormFields(([fields]) => fields.workflowStatus?.value as Status | undefined) ?? 'draft'
  const label = STATUS_LABELS[status]?.[i18n.language === 'en' ? 'en' : 'de'] ?? status
  return (
    <div className="lotse-workflow-status" style={{ whiteSpace: 'nowrap' }}>
      Status: <strong>{label}</strong>
    </div>
  )
}
