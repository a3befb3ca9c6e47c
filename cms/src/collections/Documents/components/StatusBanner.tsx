'use client'
import { useFormFields, useTranslation } from '@payloadcms/ui'

type Tone = 'warning' | 'info' | 'error'

const texts = {
  de: {
    superseded: 'Ersetzt: Diese Fassung gilt nicht mehr.',
    successor: 'Nachfolger',
    withdrawn: 'Zurückgezogen: Dieses Dokument gilt nicht mehr.',
    expired: 'Abgelaufen: gültig bis',
    future: 'Noch nicht in Kraft: gültig ab',
    review: 'Überprüfung überfällig seit',
  },
  en: {
    superseded: 'Superseded: this version is no longer valid.',
    successor: 'Successor',
    withdrawn: 'Withdrawn: this document is no longer valid.',
    expired: 'Expired: valid until',
    future: 'Not yet in force: valid from',
    review: 'Review overdue since',
  },
}

const colours: Record<Tone, { background: string; border: string }> = {
  error: { background: '#fdecea', border: '#b3261e' },
  warning: { background: '#fff4e5', border: '#8a5300' },
  info: { background: '#e8f1fb', border: '#0b4f9c' },
}

/** A banner at the top of the edit view when the document is superseded, withdrawn, expired, not yet valid or overdue for review. */
export function StatusBanner() {
  const { i18n } = useTranslation()
  const t = i18n.language === 'en' ? texts.en : texts.de
  const { status, validFrom, validUntil, reviewDue, supersededBy } = useFormFields(([fields]) => ({
    status: fields.workflowStatus?.value as string | undefined,
    validFrom: fields.validFrom?.value as string | undefined,
    validUntil: fields.validUntil?.value as string | undefined,
    reviewDue: fields.reviewDue?.value as string | undefined,
    supersededBy: fields.supersededBy?.value as string | number | { id: string | number } | undefined,
  }))
  const date = (value: string) => new Date(value).toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'de-DE')
  const now = Date.now()
  const banners: { tone: Tone; text: string; link?: string }[] = []
  if (status === 'superseded') {
    const successor = typeof supersededBy === 'object' ? supersededBy?.id : supersededBy
    banners.push({ tone: 'error', text: t.superseded, link: successor ? `/admin/collections/documents/${successor}` : undefined })
  }
  if (status === 'withdrawn') banners.push({ tone: 'error', text: t.withdrawn })
  if (validUntil && new Date(validUntil).getTime() < now) banners.push({ tone: 'warning', text: `${t.expired} ${date(validUntil)}` })
  if (validFrom && new Date(validFrom).getTime() > now) banners.push({ tone: 'info', text: `${t.future} ${date(validFrom)}` })
  if (reviewDue && new Date(reviewDue).getTime() < now) banners.push({ tone: 'warning', text: `${t.review} ${date(reviewDue)}` })
  if (banners.length === 0) return null
  return (
    <div role="status" style={{ display: 'grid', gap: 8, marginBottom: 16 }}>
      {banners.map((banner) => (
        <p key={banner.text} style={{ margin: 0, padding: '10px 14px', borderLeft: `4px solid ${colours[banner.tone].border}`, background: colours[banner.tone].background, color: '#1a1a1a' }}>
          <strong>{banner.text}</strong>
          {banner.link ? (
            <>
              {' '}
              <a href={banner.link}>{t.successor} →</a>
            </>
          ) : null}
        </p>
      ))}
    </div>
  )
}
