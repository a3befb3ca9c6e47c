'use client'
import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useWorkflowState } from './useWorkflowState.ts'
import { textsFor } from './workflowTexts.ts'

const box = { margin: 0, padding: '10px 14px', borderLeft: '4px solid #0b4f9c', background: '#e8f1fb', color: '#1a1a1a' }

/**
 * Above the form: the reviewer's comment on a returned draft, why this person cannot approve, and for a version in
 * review the link to Payload's comparison with the version published last (content and metadata).
 */
export function WorkflowNotice() {
  const { i18n } = useTranslation()
  const t = textsFor(i18n.language)
  const { id } = useDocumentInfo()
  const { state } = useWorkflowState()
  if (!id || !state) return null
  const date = (value: string) => new Date(value).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'de-DE', { dateStyle: 'medium', timeStyle: 'short' })
  const { latest, published } = state.versions
  const showCompare = state.status === 'in-review' && latest
  if (!state.returned && !state.blocked.length && !showCompare) return null
  return (
    <section className="lotse-workflow-notice" aria-label={t.status} style={{ display: 'grid', gap: 8, marginBottom: 16 }}>
      {state.returned ? (
        <p style={{ ...box, borderLeftColor: '#8a5300', background: '#fff4e5' }}>
          <strong>
            {t.returnedBy} {state.returned.by}, {date(state.returned.at)}:
          </strong>{' '}
          <span style={{ whiteSpace: 'pre-wrap' }}>{state.returned.comment}</span>
        </p>
      ) : null}
      {state.blocked.map((reason) => (
        <p key={reason} style={box}>
          {reason}
        </p>
      ))}
      {showCompare ? (
        <p style={box}>
          {published ? (
            <a id="lotse-compare" href={`/admin/collections/documents/${id}/versions/${latest}?versionFrom=${published}`}>
              {t.compare} →
            </a>
          ) : (
            <>
              {t.compareNew}{' '}
              <a id="lotse-compare" href={`/admin/collections/documents/${id}/versions/${latest}`}>
                {t.viewVersion} →
              </a>
            </>
          )}
        </p>
      ) : null}
    </section>
  )
}
