import { deTranslations } from '@payloadcms/translations/languages/de'
import type { SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import configPromise from '../../src/payload.config.ts'
import { formalGerman } from '../../src/admin/formalGerman.ts'
import { EDITOR_PLACEHOLDER } from '../../src/admin/richTextEditor.ts'

// The config reads its environment when imported; loading it connects to nothing.
vi.hoisted(() => {
  process.env.DATABASE_URI ??= 'postgres://lotse:unused@127.0.0.1:1/unused'
  process.env.PAYLOAD_SECRET ??= 'unit-test-secret-0123456789abcdef0123'
})

// Pronouns and verb forms of the informal address, and the imperatives Payload uses ("Erstelle …", "Gib …", "drücke").
const informal =
  /(?<![\p{L}])(du|dich|dir|dein\p{L}*|Du|Dich|Dir|Dein\p{L}*|bist|hast|kannst|möchtest|willst|wirst|erhältst|Erstelle|Bearbeite|Entferne|Beginne|Wähle|Gib|Klicke|klicke|Drücke|drücke|Tippe|tippe|Speichere|Setze|Überprüfe|überprüfe|Versuche|versuche|verknüpfe|kopiere|ignoriere|Lade|Füge|Gehe|gehe)(?![\p{L}])/u

/** Every string of a translation tree, keyed `section:key`. */
const strings = (tree: object, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : strings(value as object, `${prefix}${key}:`)))

let config: SanitizedConfig
// Sanitizing the whole config takes a few seconds on a loaded machine.
beforeAll(async () => {
  config = await configPromise
}, 60_000)

describe('formal German in the admin', () => {
  it('leaves no string of Payload that says "du" once Lotse overrides apply', () => {
    const overridden = new Set(strings(formalGerman).map(([key]) => key))
    const left = strings(deTranslations).filter(([key, text]) => informal.test(text) && !overridden.has(key))
    expect(left.map(([key]) => key)).toEqual([])
  })

  it('overrides only keys Payload has, and says "Sie" in each', () => {
    const payloadKeys = new Set(strings(deTranslations).map(([key]) => key))
    const own = strings(formalGerman)
    expect(own.filter(([key]) => !payloadKeys.has(key)).map(([key]) => key)).toEqual([])
    expect(own.filter(([, text]) => informal.test(text)).map(([key]) => key)).toEqual([])
  })

  it('leaves no string of the rich-text editor (Lexical and its features) that says "du"', () => {
    const lexical = strings((config.i18n.translations as unknown as { de: { lexical: object } }).de.lexical, 'lexical:')
    expect(lexical.length).toBeGreaterThan(10)
    expect(lexical.filter(([, text]) => informal.test(text)).map(([key]) => key)).toEqual([])
    // Also read as the editable area's aria-placeholder.
    expect(lexical.find(([key]) => key === 'lexical:general:placeholder')?.[1]).toBe(EDITOR_PLACEHOLDER.de)
  })

  it('gives the rich-text editor a placeholder in the formal "Sie"', () => {
    const body = config.collections.find((collection) => collection.slug === 'documents')!.flattenedFields.find((field) => field.name === 'body')!
    const editor = 'editor' in body ? (body.editor as { FieldComponent: { serverProps: { admin: { placeholder: unknown } } } }) : null
    expect(editor?.FieldComponent.serverProps.admin.placeholder).toEqual(EDITOR_PLACEHOLDER)
    expect(informal.test(EDITOR_PLACEHOLDER.de)).toBe(false)
  })
})
