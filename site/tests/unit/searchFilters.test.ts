import { describe, expect, it } from 'vitest'
import { filterParams, hasNarrowingFilter, NO_FILTERS, parseSearchFilters, searchHref } from '../../src/lib/searchFilters.ts'

describe('parseSearchFilters', () => {
  it('reads kind, unit, topic and validity', () => {
    const filters = parseSearchFilters(new URLSearchParams('kind=directive&orgUnit=+50.2+&topic=Arbeitszeit&validity=all'))
    expect(filters).toEqual({ kind: 'directive', orgUnit: '50.2', topic: 'Arbeitszeit', validity: 'all' })
    expect(hasNarrowingFilter(filters)).toBe(true)
  })

  it('drops unknown kinds, empty or over-long values, and any validity but "all"', () => {
    const filters = parseSearchFilters(new URLSearchParams(`kind=secret&orgUnit=+&topic=${'x'.repeat(101)}&validity=none`))
    expect(filters).toEqual(NO_FILTERS)
    expect(hasNarrowingFilter(filters)).toBe(false)
  })
})

describe('searchHref', () => {
  it('keeps the query and the filters set, leaves out defaults and page 1', () => {
    expect(searchHref('Reise kosten', NO_FILTERS)).toBe('/search?q=Reise+kosten')
    expect(searchHref('a&b', { kind: 'form', orgUnit: 'Amt 50', topic: null, validity: 'all' }, 3)).toBe(
      '/search?q=a%26b&kind=form&orgUnit=Amt+50&validity=all&page=3',
    )
  })

  it('turns the filters into the search API parameters', () => {
    expect(filterParams({ kind: null, orgUnit: null, topic: 'Datenschutz', validity: 'current' })).toEqual([['topic', 'Datenschutz']])
  })
})
