import type { ServerProps } from 'payload'
import type { ReactNode } from 'react'
import { hasRole } from '../../access/hasRole.ts'
import { inboxTexts } from './inboxTexts.ts'
import { loadInbox } from './loadInbox.ts'

const edit = (id: number) => `/admin/collections/documents/${id}`

function Section({ id, title, empty, children }: { id: string; title: string; empty: string; children: ReactNode[] }) {
  return (
    <section aria-labelledby={id} style={{ marginBottom: 24 }}>
      <h2 id={id} style={{ marginBottom: 8 }}>
        {title} ({children.length})
      </h2>
      {children.length ? <ul style={{ margin: 0, paddingLeft: 20, display: 'grid', gap: 6 }}>{children}</ul> : <p style={{ margin: 0 }}>{empty}</p>}
    </section>
  )
}

/**
 * The admin's start page for editors and managers: what waits for them, read with their own access. A server
 * component ahead of Payload's collection cards.
 */
export async function ReviewInbox({ payload, user, i18n }: ServerProps) {
  if (!user || !hasRole(user, 'editor', 'manager', 'admin')) return null
  const t = i18n.language === 'en' ? inboxTexts.en : inboxTexts.de
  const inbox = await loadInbox(payload, user)
  const date = (value: string) => new Date(value).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'de-DE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' })
  const day = (value: string) => new Date(value).toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric' })
  return (
    <div className="lotse-inbox" style={{ marginBottom: 32 }}>
      <h1 style={{ marginBottom: 16 }}>{t.heading}</h1>
      <Section id="lotse-inbox-waiting" title={t.waiting} empty={t.waitingEmpty}>
        {inbox.waiting.map((entry) => (
          <li key={entry.id}>
            <a href={edit(entry.id)}>{entry.title}</a> – {t.submittedBy} {entry.by ?? t.unknown}, {date(entry.at)}
            {entry.compareHref ? (
              <>
                {' '}
                · <a href={entry.compareHref}>{t.compare}</a>
              </>
            ) : null}
          </li>
        ))}
      </Section>
      <Section id="lotse-inbox-drafts" title={t.drafts} empty={t.draftsEmpty}>
        {inbox.drafts.map((entry) => (
          <li key={entry.id}>
            <a href={edit(entry.id)}>{entry.title}</a> – {date(entry.at)}
            {entry.comment ? (
              <div style={{ marginTop: 4, padding: '6px 10px', borderLeft: '4px solid #8a5300', background: '#fff4e5', color: '#1a1a1a' }}>
                <strong>
                  {t.returned} {entry.by ?? t.unknown}:
                </strong>{' '}
                {entry.comment}
              </div>
            ) : null}
          </li>
        ))}
      </Section>
      <Section id="lotse-inbox-review" title={t.reviewDue} empty={t.reviewDueEmpty}>
        {inbox.reviewDue.map((entry) => (
          <li key={entry.id}>
            <a href={edit(entry.id)}>{entry.title}</a> – {entry.overdue ? t.overdue : t.due} {day(entry.at)}
          </li>
        ))}
      </Section>
      <Section id="lotse-inbox-feedback" title={t.feedback} empty={t.feedbackEmpty}>
        {inbox.feedback.map((entry, index) => (
          <li key={`${entry.id}-${index}`}>
            <a href={edit(entry.id)}>{entry.title}</a> – {t.kinds[entry.kind] ?? entry.kind}, {date(entry.at)}
            {entry.comment ? `: „${entry.comment}“` : ''}
          </li>
        ))}
      </Section>
    </div>
  )
}
