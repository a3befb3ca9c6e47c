import { lexicalEditor } from '@payloadcms/richtext-lexical'

/**
 * Payload's rich-text editor with a placeholder in the formal "Sie". Lexical merges its own German strings over the
 * config's translations ("Beginne zu tippen oder drücke '/' …"), so its placeholder is replaced through the editor's
 * option instead of `i18n.translations`.
 */
export const EDITOR_PLACEHOLDER = {
  de: 'Geben Sie hier den Text ein. Mit „/“ fügen Sie Überschriften, Listen und mehr ein …',
  en: "Start typing, or press '/' for headings, lists and more…",
}

export const richTextEditor = lexicalEditor({ admin: { placeholder: EDITOR_PLACEHOLDER } })
