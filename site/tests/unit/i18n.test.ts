import { describe, expect, it } from 'vitest'
import { LANGS, messages, resolveLang, translator, type MessageKey } from '../../src/lib/i18n.ts'
import { DOCUMENT_KINDS, DOCUMENT_STATUSES, kindLabelKey, statusLabelKey } from '../../src/lib/documentKinds.ts'

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('i18n dictionary', () => {
  const keys = Object.keys(messages.de).sort()

  it.each(LANGS)('%s has exactly the same keys as German, none empty', (lang) => {
    expect(Object.keys(messages[lang]).sort()).toEqual(keys)
    for (const key of keys) expect(messages[lang][key as MessageKey].trim(), `${lang}:${key}`).not.toBe('')
  })

  it.each(keys)('%s uses the same placeholders in every language', (key) => {
    const expected = placeholders(messages.de[key as MessageKey])
    for (const lang of LANGS) expect(placeholders(messages[lang][key as MessageKey]), lang).toEqual(expected)
  })

  it('has a label for every document kind and status', () => {
    for (const kind of DOCUMENT_KINDS) expect(keys).toContain(kindLabelKey(kind))
    for (const status of DOCUMENT_STATUSES) expect(keys).toContain(statusLabelKey(status))
    expect(kindLabelKey('mystery')).toBe('kind.unknown')
  })

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translator('de')('home.greeting', { name: 'Ada' })).toBe('Guten Tag, Ada!')
    expect(translator('en')('searchPage.countMany', { count: 3, query: 'x' })).toBe('3 results for “x”')
    expect(translator('en')('home.greeting')).toBe('Hello, {name}!')
  })
})

describe('resolveLang', () => {
  it.each([
    [{}, 'de'],
    [{ cookie: 'en' }, 'en'],
    [{ cookie: 'en', acceptLanguage: 'de-DE' }, 'en'],
    [{ cookie: 'fr', acceptLanguage: 'en-GB,en;q=0.9' }, 'en'],
    [{ acceptLanguage: 'fr-FR,fr;q=0.9,en;q=0.8,de;q=0.7' }, 'en'],
    [{ acceptLanguage: 'en;q=0.5,de;q=0.9' }, 'de'],
    [{ acceptLanguage: 'en;q=0' }, 'de'],
    [{ acceptLanguage: 'fr, it' }, 'de'],
    [{ acceptLanguage: ';;;,,=q' }, 'de'],
  ] as const)('%j → %s', (input, expected) => {
    expect(resolveLang(input)).toBe(expected)
  })
})
