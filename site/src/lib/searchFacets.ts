import type { TaxonomyEntry } from './taxonomyClient.ts'
import type { SearchResults } from './searchClient.ts'
import { searchHref, type SearchFilters } from './searchFilters.ts'

export type FacetKey = 'kind' | 'orgUnit' | 'topic'

/** One value to filter by: what it is called, how many of the viewer's matches have it, and the link that toggles it. */
export interface FacetOption {
  value: string
  label: string
  /** Shown after the label, quieter (a unit's short code). */
  secondary: string | null
  count: number
  selected: boolean
  /** Sets this filter (or, when selected, removes it), keeping the query and the other filters; back to page 1. */
  href: string
}

export interface FacetGroup {
  key: FacetKey
  options: FacetOption[]
}

/** What a facet value is called: kinds by their translated label, units by name (code as secondary), topics as is. */
export interface FacetLabels {
  kind: (value: string) => string
  /** The unit's name and short code for its facet value, when known. */
  unit: (value: string) => { name: string; shortCode: string | null } | undefined
}

const API_KEY: Record<FacetKey, keyof SearchResults['facets']> = { kind: 'kind', orgUnit: 'orgUnit', topic: 'topics' }

/**
 * The filter groups of a result page, from the API's facet counts. A selected value stays listed (with count 0 when
 * nothing matches any more), so it can always be removed again. Values are ordered by count, then by label.
 */
export function facetGroups(results: Pick<SearchResults, 'query' | 'filters' | 'facets'>, labels: FacetLabels): FacetGroup[] {
  const { query, filters, facets } = results
  return (['kind', 'orgUnit', 'topic'] as const).map((key) => {
    const counts = { ...facets[API_KEY[key]] }
    const selectedValue = filters[key]
    if (selectedValue && !(selectedValue in counts)) counts[selectedValue] = 0
    const options = Object.entries(counts).map(([value, count]): FacetOption => {
      const selected = value === selectedValue
      const next: SearchFilters = { ...filters, [key]: selected ? null : value }
      const unit = key === 'orgUnit' ? labels.unit(value) : undefined
      const label = key === 'kind' ? labels.kind(value) : (unit?.name ?? value)
      const secondary = unit?.shortCode && unit.shortCode !== label ? unit.shortCode : null
      return { value, label, secondary, count, selected, href: searchHref(query, next) }
    })
    options.sort((a, b) => Number(b.selected) - Number(a.selected) || b.count - a.count || a.label.localeCompare(b.label, 'de'))
    return { key, options }
  })
}

/** The search index labels a unit by its short code (its name where it has none): find the unit for such a label. */
export function unitByLabel(units: TaxonomyEntry[]): FacetLabels['unit'] {
  const byLabel = new Map<string, TaxonomyEntry>()
  for (const unit of units) byLabel.set(unit.name, unit)
  for (const unit of units) if (unit.shortCode) byLabel.set(unit.shortCode, unit)
  return (label) => byLabel.get(label)
}
