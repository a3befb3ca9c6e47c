const PRE = '\u0001'
const POST = '\u0002'
export const highlightTags = { highlightPreTag: PRE, highlightPostTag: POST }
const WORD_BEFORE_PRE = new RegExp(`([\\p{L}\\p{N}]*)${PRE}`, 'gu')
const WORD_AFTER_POST = new RegExp(`${POST}([\\p{L}\\p{N}]*)`, 'gu')

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text as HTML that shows it literally. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char])

/**
 * Turns Meilisearch's highlighted text into safe HTML: everything is escaped, then only our private
 * highlight markers become <mark> elements. Text from documents can never inject markup.
 */
export function toSnippetHtml(highlighted: string): string {
  // Whole words only: Meilisearch marks the matched prefix of a longer word ("<Bürgergeld>bezugs") or the parts of a
  // compound separately ("<Arbeits><zeit>"); the mark grows to the word around it.
  const escaped = escapeHtml(
    highlighted
      .replaceAll(POST + PRE, '')
      .replace(WORD_BEFORE_PRE, `${PRE}$1`)
      .replace(WORD_AFTER_POST, `$1${POST}`),
  )
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
