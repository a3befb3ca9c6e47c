import { deTranslations } from '@payloadcms/translations/languages/de'
import { describe, expect, it } from 'vitest'
import { formalGerman } from '../../src/admin/formalGerman.ts'

// Pronouns and verb forms of the informal address, and the imperatives Payload uses ("Erstelle …", "Gib …").
const informal = /(?<![\p{L}])(du|dich|dir|dein\p{L}*|Du|Dich|Dir|Dein\p{L}*|bist|hast|kannst|möchtest|willst|wirst|erhältst|Erstelle|Wähle|Gib|Klicke|klicke|Speichere|Setze|Überprüfe|überprüfe|Versuche|versuche|verknüpfe|kopiere|ignoriere|Lade|Füge|Gehe|gehe)(?![\p{L}])/u

/** Every string of a translation tree, keyed `section:key`. */
const strings = (tree: object, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : strings(value as object, `${prefix}${key}:`)))

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
})
