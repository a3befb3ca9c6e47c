import { EXPERIMENTAL_TableFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { SanitizedConfig } from 'payload'

/**
 * Payload's rich-text editor with tables (directives and work aids are full of them, and migrated ones keep theirs)
 * and a placeholder in the formal "Sie". Lexical merges its own German strings over the
 * config's translations ("Beginne zu tippen oder drücke '/' …"), so its placeholder is replaced through the editor's
 * option instead of `i18n.translations`.
 */
export const EDITOR_PLACEHOLDER = {
  de: 'Geben Sie hier den Text ein. Mit „/“ fügen Sie Überschriften, Listen und mehr ein …',
  en: "Start typing, or press '/' for headings, lists and more…",
}

export const richTextEditor = lexicalEditor({
  admin: { placeholder: EDITOR_PLACEHOLDER },
  features: ({ defaultFeatures }) => [...defaultFeatures, EXPERIMENTAL_TableFeature()],
})

/**
 * The editable area's `aria-placeholder` still reads Lexical's own string, which Lexical merged into the sanitized
 * config's translations: replaced there too, once the config is sanitized.
 */
export function withEditorPlaceholder(config: SanitizedConfig): SanitizedConfig {
  const translations = config.i18n.translations as unknown as Record<'de' | 'en', { lexical?: { general?: Record<string, string> } }>
  for (const lang of ['de', 'en'] as const) {
    const general = translations[lang]?.lexical?.general
    if (general) general.placeholder = EDITOR_PLACEHOLDER[lang]
  }
  return config
}
