'use client'
import { usePathname } from 'next/navigation.js'
import { useEffect, useState, type ReactNode } from 'react'

const VERSION_VIEW = /\/collections\/documents\/(\d+)\/versions\/\d+$/

/**
 * Payload's version view offers "restore" to everyone with update access to any document, though the server
 * (Documents/endpoints/restoreVersionAsDraft.ts) refuses people of other units. On a document's version view this
 * asks the workflow endpoint whether the person may change the document, and shows the button only then.
 */
export function RestoreButtonGuard({ children }: { children: ReactNode }) {
  const pathname = usePathname()
  const id = VERSION_VIEW.exec(pathname ?? '')?.[1]
  const [allowedFor, setAllowedFor] = useState<string | null>(null)
  useEffect(() => {
    if (!id) return
    const controller = new AbortController()
    fetch(`/api/documents/${id}/workflow`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((state: { mayChange?: boolean } | null) => setAllowedFor(state?.mayChange ? id : null))
      .catch(() => undefined)
    return () => controller.abort()
  }, [id])
  return (
    <>
      {id && allowedFor !== id && <style>{'.restore-version { display: none !important; }'}</style>}
      {children}
    </>
  )
}
