import { visibleText } from './visibleText.ts'

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text → HTML text or attribute value: markup characters escaped, invisible characters made visible. */
export function escapeHtml(text: string | number): string {
  return visibleText(String(text)).replace(/[&<>"']/g, (c) => ENTITIES[c])
}
