import { describe, expect, it } from 'vitest'
import { readSearchClick, resultHref } from '../../src/lib/searchClick.ts'

const SEARCH = '0b6f5c2e-3d4a-4f1b-9c8d-7e6f5a4b3c2d'
const params = (href: string) => new URL(href, 'http://site.test').searchParams

describe('search result click links', () => {
  it('go through /search/click and, read back with the same session, record the click and lead to the document', () => {
    const href = resultHref('token-a', SEARCH, '42')
    expect(href).toMatch(/^\/search\/click\?s=0b6f5c2e-[^&]+&d=42&sig=[\w-]{22}$/)
    expect(readSearchClick(params(href), 'token-a')).toEqual({ location: '/documents/42', documentId: '42', searchId: SEARCH })
  })

  it('lead to the document without recording when the link was signed for another session or tampered with', () => {
    const href = resultHref('token-a', SEARCH, '42')
    expect(readSearchClick(params(href), 'token-b')).toEqual({ location: '/documents/42', documentId: '42', searchId: null })
    const otherDocument = params(href)
    otherDocument.set('d', '43')
    expect(readSearchClick(otherDocument, 'token-a')).toEqual({ location: '/documents/43', documentId: '43', searchId: null })
    const otherSearch = params(href)
    otherSearch.set('s', 'ffffffff-3d4a-4f1b-9c8d-7e6f5a4b3c2d')
    expect(readSearchClick(otherSearch, 'token-a')?.searchId).toBeNull()
    expect(readSearchClick(new URLSearchParams({ d: '42', s: SEARCH }), 'token-a')?.searchId).toBeNull()
    expect(readSearchClick(new URLSearchParams({ d: '42', s: SEARCH, sig: 'x'.repeat(22) }), 'token-a')?.searchId).toBeNull()
  })

  it.each(['', '//evil.example', 'https://evil.example/', '/documents/1', '../admin', '1/../../x', '%2F%2Fevil', 'x'.repeat(65)])(
    'never redirect anywhere but a document path (d=%s is refused)',
    (documentId) => {
      expect(readSearchClick(new URLSearchParams({ d: documentId, s: SEARCH }), 'token-a')).toBeNull()
    },
  )

  it('link straight to the document when the search has no id', () => {
    expect(resultHref('token-a', null, '42')).toBe('/documents/42')
    expect(resultHref('token-a', 'not-a-uuid', '42')).toBe('/documents/42')
  })
})
