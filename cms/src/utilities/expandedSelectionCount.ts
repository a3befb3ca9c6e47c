// The CommonJS copy of graphql, as Payload uses it (see limits/limitGraphQLCost.ts).
import type { DocumentNode, FragmentDefinitionNode, SelectionSetNode } from 'graphql'
import { Kind } from 'graphql/language/kinds.js'

/**
 * How many fields a GraphQL document selects once every fragment spread is expanded, counted in one pass: each
 * fragment's count is computed once and reused, so fragments that spread each other twice, twenty deep, cost twenty
 * steps here instead of the million that expanding them takes. A fragment that spreads itself (a cycle) counts as
 * infinite.
 */
export function expandedSelectionCount(document: DocumentNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
  const counted = new Map<string, number>()
  const counting = new Set<string>()

  const fragmentCount = (name: string): number => {
    const known = counted.get(name)
    if (known !== undefined) return known
    const fragment = fragments.get(name)
    if (!fragment) return 0
    if (counting.has(name)) return Number.POSITIVE_INFINITY
    counting.add(name)
    const count = selectionCount(fragment.selectionSet)
    counting.delete(name)
    counted.set(name, count)
    return count
  }
  const selectionCount = (set: SelectionSetNode | undefined): number => {
    let count = 0
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) count += 1 + selectionCount(selection.selectionSet)
      else if (selection.kind === Kind.INLINE_FRAGMENT) count += selectionCount(selection.selectionSet)
      else count += fragmentCount(selection.name.value)
    }
    return count
  }

  let total = 0
  for (const definition of document.definitions) if (definition.kind === Kind.OPERATION_DEFINITION) total += selectionCount(definition.selectionSet)
  return total
}
