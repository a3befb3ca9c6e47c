/** The parts of a search hit that name a document (see DESIGN.md, "Search API"). */
export type EvaluatedHit = { id: string | number; title: string; status: string; sourcePath: string | null }

/**
 * How hits map to the ids of a judged query file:
 * - `id`: the CMS document id.
 * - `title`: the document title, for judging seeded content whose ids change with every seed. A hit that is not
 *   `published` (e.g. superseded) maps to `<title> [<status>]`, so a predecessor that shares its successor's title
 *   is told apart.
 * - `manifest`: the `source_id` of the manifest entry whose `path` is the hit's `sourcePath`.
 */
export type HitMapping = { by: 'id' } | { by: 'title' } | { by: 'manifest'; sourceIds: Map<string, string> }

/** The judged id a hit stands for, or null when it stands for none (a document outside the manifest). */
export function judgedIdOf(hit: EvaluatedHit, mapping: HitMapping): string | null {
  switch (mapping.by) {
    case 'id':
      return String(hit.id)
    case 'title':
      return hit.status === 'published' ? hit.title : `${hit.title} [${hit.status}]`
    case 'manifest':
      return hit.sourcePath === null ? null : (mapping.sourceIds.get(hit.sourcePath) ?? null)
  }
}
