'use client'
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'
import type { WorkflowAction } from '../lib/workflowActions.ts'

export interface ClientWorkflowState {
  status: string
  actions: WorkflowAction[]
  blocked: string[]
  returned: { comment: string; by: string; at: string } | null
  versions: { latest: string | null; published: string | null }
}

/** The workflow state of the open document from `GET /api/documents/:id/workflow`, fetched again when its status changes. */
export function useWorkflowState(): { state: ClientWorkflowState | null; reload: () => void } {
  const { id } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields.workflowStatus?.value as string | undefined)
  const [state, setState] = useState<ClientWorkflowState | null>(null)
  const [round, setRound] = useState(0)
  useEffect(() => {
    if (!id) return
    const controller = new AbortController()
    fetch(`/api/documents/${id}/workflow`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((json: ClientWorkflowState | null) => setState(json))
      // Aborted when the status changes again or the view closes; the next fetch answers.
      .catch(() => undefined)
    return () => controller.abort()
  }, [id, status, round])
  const reload = useCallback(() => setRound((n) => n + 1), [])
  return { state: id ? state : { status: 'draft', actions: ['submit'], blocked: [], returned: null, versions: { latest: null, published: null } }, reload }
}
