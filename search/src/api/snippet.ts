const PRE = '\u0001'
const POST = '\u0002'
export const highlightTags = { highlightPreTag: PRE, highlightPostTag: POST }

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * Turns Meilisearch's highlighted text into safe HTML: everything is escaped, then only our private
 * highlight markers become <mark> elements. Text from documents can never inject markup.
 */
export function toSnippetHtml(highlighted: string): string {
  // Meilisearch highlights the parts of a split German compound separately ("Arbeits" + "zeit"): join them.
  const escaped = highlighted.replaceAll(POST + PRE, '').replace(/[&<>"']/g, (char) => ESCAPES[char])
  let open = false
  let html = ''
  for (const char of escaped) {
    if (char === PRE && !open) {
      html += '<mark>'
      open = true
    } else if (char === POST && open) {
      html += '</mark>'
      open = false
    } else if (char !== PRE && char !== POST) {
      html += char
    }
  }
  return open ? `${html}</mark>` : html
}
