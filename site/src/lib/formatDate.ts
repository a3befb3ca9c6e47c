import { localeOf, type Lang } from './i18n.ts'

/** A date as people read it in their language ("24. November 2026", "24 November 2026"). */
export function formatDate(date: Date, lang: Lang, timeZone: string): string {
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long', timeZone }).format(date)
}

/** Machine-readable value for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString()
}
