'use client'
import { Button, toast, useConfig, useDocumentInfo, useForm, useFormModified, useLocale, useTranslation } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useRef, useState } from 'react'
import type { WorkflowAction } from '../lib/workflowActions.ts'
import { useWorkflowState } from './useWorkflowState.ts'
import { textsFor } from './workflowTexts.ts'

const errorOf = async (response: Response) => ((await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null)?.errors?.[0]?.message

/**
 * The document's workflow bar, in place of Payload's publish button: only the steps the lifecycle rule allows this
 * person now (GET /api/documents/:id/workflow), each one save that the server judges like any other.
 * "Zur Prüfung geben" saves the form with the new status, so edits and submission are one click.
 */
export function WorkflowActions() {
  const { i18n } = useTranslation()
  const t = textsFor(i18n.language)
  const { id } = useDocumentInfo()
  const { submit } = useForm()
  const modified = useFormModified()
  const { code: locale } = useLocale()
  const { config } = useConfig()
  const { state, reload } = useWorkflowState()
  const [busy, setBusy] = useState(false)
  const [comment, setComment] = useState('')
  const dialog = useRef<HTMLDialogElement>(null)

  const submitForReview = async () => {
    const search = `?locale=${locale}&depth=0&fallback-locale=null&draft=true`
    const action = formatAdminURL({ apiRoute: config.routes.api, path: `/documents${id ? `/${id}` : ''}${search}` })
    await submit({ action, method: id ? 'PATCH' : 'POST', overrides: { _status: 'draft', workflowStatus: 'in-review' } })
    reload()
  }

  const run = async (action: WorkflowAction, note?: string) => {
    if (modified) return void toast.error(t.saveFirst)
    setBusy(true)
    try {
      const response = await fetch(`/api/documents/${id}/workflow`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action, comment: note }),
      })
      if (!response.ok) return void toast.error((await errorOf(response)) ?? t.failed)
      const { id: target } = (await response.json()) as { id: number }
      toast.success(t.done[action])
      // A fresh view shows the saved state everywhere (header, sidebar, version count); a successor opens for editing.
      window.location.assign(formatAdminURL({ adminRoute: config.routes.admin, path: `/collections/documents/${target}` }))
    } finally {
      setBusy(false)
    }
  }

  const onClick = (action: WorkflowAction) => {
    if (action === 'submit') return void submitForReview()
    if (action === 'return') return dialog.current?.showModal()
    if (action === 'withdraw' && !window.confirm(t.withdrawConfirm)) return
    return void run(action)
  }

  const confirmReturn = () => {
    if (!comment.trim()) return void toast.error(t.commentRequired)
    dialog.current?.close()
    void run('return', comment.trim())
  }

  const actions = state?.actions ?? []
  return (
    <div className="lotse-workflow-actions" style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
      {actions.map((action) => (
        <Button
          key={action}
          id={`lotse-${action}`}
          buttonStyle={action === 'submit' || action === 'approve' ? 'primary' : 'secondary'}
          size="medium"
          margin={false}
          disabled={busy}
          onClick={() => onClick(action)}
        >
          {t[action]}
        </Button>
      ))}
      <dialog ref={dialog} aria-labelledby="lotse-return-title" style={{ maxWidth: 520, padding: 24, borderRadius: 4, border: '1px solid #767676' }}>
        <h2 id="lotse-return-title" style={{ marginTop: 0, fontSize: 20 }}>
          {t.returnTitle}
        </h2>
        <label htmlFor="lotse-return-comment" style={{ display: 'block', marginBottom: 8 }}>
          {t.returnLabel}
        </label>
        <textarea id="lotse-return-comment" required rows={5} maxLength={2000} value={comment} onChange={(event) => setComment(event.target.value)} style={{ width: '100%', boxSizing: 'border-box' }} />
        <div style={{ display: 'flex', gap: 8, marginTop: 16 }}>
          <Button id="lotse-return-confirm" buttonStyle="primary" size="medium" margin={false} onClick={confirmReturn}>
            {t.returnConfirm}
          </Button>
          <Button buttonStyle="secondary" size="medium" margin={false} onClick={() => dialog.current?.close()}>
            {t.cancel}
          </Button>
        </div>
      </dialog>
    </div>
  )
}
