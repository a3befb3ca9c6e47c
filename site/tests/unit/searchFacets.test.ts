import { describe, expect, it } from 'vitest'
import { facetGroups, unitByLabel } from '../../src/lib/searchFacets.ts'
import { NO_FILTERS, type SearchFilters } from '../../src/lib/searchFilters.ts'

const units = [
  { id: '1', name: 'Amt für Soziale Dienste', shortCode: 'Amt 50', parentId: null },
  { id: '2', name: 'Wohngeld', shortCode: '50.2', parentId: '1' },
  { id: '3', name: 'Projektgruppe', shortCode: null, parentId: null },
]
const labels = { kind: (kind: string) => `Art:${kind}`, unit: unitByLabel(units) }
const facets = {
  kind: { directive: 3, form: 5 },
  orgUnit: { '50.2': 4, 'Amt 50': 4, Projektgruppe: 1, '99.9': 2 },
  topics: { Datenschutz: 2 },
}
const results = (filters: SearchFilters = NO_FILTERS) => ({ query: 'Antrag', filters, facets })

describe('facetGroups', () => {
  it('names kinds by label and units by name with the short code as secondary text, by count then name', () => {
    const [kind, orgUnit, topic] = facetGroups(results(), labels)
    expect(kind.options.map((option) => [option.label, option.count])).toEqual([['Art:form', 5], ['Art:directive', 3]])
    expect(orgUnit.options.map((option) => [option.label, option.secondary, option.count])).toEqual([
      ['Amt für Soziale Dienste', 'Amt 50', 4],
      ['Wohngeld', '50.2', 4],
      // an unknown label (e.g. the units could not be loaded) is shown as it is
      ['99.9', null, 2],
      ['Projektgruppe', null, 1],
    ])
    expect(topic.options).toEqual([{ value: 'Datenschutz', label: 'Datenschutz', secondary: null, count: 2, selected: false, href: '/search?q=Antrag&topic=Datenschutz' }])
  })

  it('links each value to the search with that filter added, keeping the others and going back to page 1', () => {
    const [kind] = facetGroups(results({ ...NO_FILTERS, topic: 'Datenschutz', validity: 'all' }), labels)
    expect(kind.options[0].href).toBe('/search?q=Antrag&kind=form&topic=Datenschutz&validity=all')
  })

  it('lists a selected value first, marked, linking to the search without it — even when nothing matches it any more', () => {
    const [kind, orgUnit] = facetGroups(results({ ...NO_FILTERS, kind: 'news', orgUnit: '50.2' }), labels)
    expect(kind.options[0]).toMatchObject({ value: 'news', count: 0, selected: true, href: '/search?q=Antrag&orgUnit=50.2' })
    expect(orgUnit.options[0]).toMatchObject({ value: '50.2', label: 'Wohngeld', selected: true, href: '/search?q=Antrag&kind=news' })
    expect(orgUnit.options.slice(1).every((option) => !option.selected)).toBe(true)
  })
})
