import type { TaxonomyEntry } from './taxonomyClient.ts'

export interface TaxonomyNode extends TaxonomyEntry {
  children: TaxonomyNode[]
}

/** Orders short codes as people read them: "50.2" before "50.10", "Amt 10" before "Amt 50". */
export function compareEntries(a: TaxonomyEntry, b: TaxonomyEntry): number {
  const options = { numeric: true, sensitivity: 'base' } as const
  return (a.shortCode ?? a.name).localeCompare(b.shortCode ?? b.name, 'de', options) || a.name.localeCompare(b.name, 'de', options)
}

/**
 * The entries as a tree. An entry whose parent is unknown (or that sits in a cycle the CMS should have refused) becomes
 * a root, so nothing is ever lost from the list.
 */
export function taxonomyTree(entries: TaxonomyEntry[]): TaxonomyNode[] {
  const nodes = new Map(entries.map((entry) => [entry.id, { ...entry, children: [] as TaxonomyNode[] }]))
  const inCycle = (id: string) => {
    const seen = new Set<string>()
    for (let at = nodes.get(id)?.parentId ?? null; at !== null && !seen.has(at); at = nodes.get(at)?.parentId ?? null) {
      if (at === id) return true
      seen.add(at)
    }
    return false
  }
  const roots: TaxonomyNode[] = []
  for (const node of nodes.values()) {
    const parent = node.parentId !== null ? nodes.get(node.parentId) : undefined
    if (parent && !inCycle(node.id)) parent.children.push(node)
    else roots.push(node)
  }
  const sort = (list: TaxonomyNode[]) => {
    list.sort(compareEntries)
    list.forEach((node) => sort(node.children))
  }
  sort(roots)
  return roots
}

/** The entry's ancestors, outermost first (for the breadcrumb); stops at a cycle. */
export function ancestorsOf(entries: TaxonomyEntry[], id: string): TaxonomyEntry[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]))
  const path: TaxonomyEntry[] = []
  const seen = new Set([id])
  for (let parentId = byId.get(id)?.parentId ?? null; parentId !== null && !seen.has(parentId); ) {
    const parent = byId.get(parentId)
    if (!parent) break
    path.unshift(parent)
    seen.add(parentId)
    parentId = parent.parentId
  }
  return path
}
