import { localeOf, type Lang } from './i18n.ts'

const UNITS = ['B', 'KB', 'MB', 'GB'] as const

/** A file size as people read it: "850 B", "12 KB", "1,4 MB" (decimal comma in German). */
export function formatFileSize(bytes: number, lang: Lang): string {
  let value = bytes
  let unit = 0
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000
    unit++
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1
  return `${new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: digits }).format(value)} ${UNITS[unit]}`
}
