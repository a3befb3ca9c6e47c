import type { DocumentBanner } from './documentBanner.ts'
import type { Translate } from './i18n.ts'

export interface BannerText {
  title: string
  /** Sentences under the title. */
  lines: string[]
  /** One line for the printed page's running header: status and validity. */
  printLine: string
}

/** The words of a status banner, in the viewer's language; `date` formats a date for them. */
export function describeBanner(banner: DocumentBanner, t: Translate, date: (value: Date) => string): BannerText {
  switch (banner.state) {
    case 'inForce': {
      const lines = [
        ...(banner.from ? [t('document.banner.inForceSince', { date: date(banner.from) })] : []),
        banner.until ? t('document.banner.inForceUntil', { date: date(banner.until) }) : t('document.banner.inForceOpen'),
      ]
      const validity = [
        banner.from && t('document.validFrom', { date: date(banner.from) }),
        banner.until ? t('document.validUntil', { date: date(banner.until) }) : t('document.meta.validUntilOpen'),
      ].filter(Boolean).join(', ')
      return { title: t('document.banner.inForce'), lines, printLine: t('document.print.status', { status: t('document.banner.inForce'), validity }) }
    }
    case 'notYetInForce': {
      const validity = [t('document.validFrom', { date: date(banner.from) }), banner.until && t('document.validUntil', { date: date(banner.until) })].filter(Boolean).join(', ')
      return {
        title: t('document.banner.notYet'),
        lines: [t('document.banner.notYetText', { date: date(banner.from) })],
        printLine: t('document.print.status', { status: t('document.banner.notYet'), validity }),
      }
    }
    case 'expired':
      return {
        title: t('document.banner.expired'),
        lines: [t('document.banner.expiredText', { date: date(banner.since) })],
        printLine: t('document.print.status', { status: t('document.banner.expired'), validity: t('document.validUntil', { date: date(banner.since) }) }),
      }
    case 'superseded':
      return { title: t('document.banner.superseded'), lines: [t('document.banner.supersededText')], printLine: `${t('document.banner.superseded')} – ${t('document.banner.supersededText')}` }
    case 'withdrawn': {
      const text = t('document.banner.withdrawnText')
      return { title: t('document.banner.withdrawn'), lines: [text], printLine: `${t('document.banner.withdrawn')} – ${text}` }
    }
    case 'draft': {
      const title = banner.inReview ? t('document.banner.inReview') : t('document.banner.draft')
      const text = banner.inReview ? t('document.banner.inReviewText') : t('document.banner.draftText')
      return { title, lines: [text], printLine: `${title} – ${text}` }
    }
  }
}
