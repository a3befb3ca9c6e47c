import { QueryError, type CollectionBeforeOperationHook, type CollectionSlug, type FlattenedField, type SanitizedCollectionConfig } from 'payload'
import { queryPaths, sortPaths } from './queryPaths.ts'
import { relationshipHop } from './relationshipHop.ts'

interface QueryArgs {
  where?: unknown
  sort?: unknown
  /** `findDistinct`'s field. */
  field?: unknown
  joins?: Record<string, { where?: unknown; sort?: unknown } | false> | false
}

/** Fields a query may name: the collection's own, and for version queries `parent` and `version.…` (the same fields). */
function queryableFields(collection: SanitizedCollectionConfig): FlattenedField[] {
  const fields = collection.flattenedFields
  if (!collection.versions) return fields
  return [
    ...fields,
    { name: 'parent', type: 'relationship', relationTo: collection.slug },
    { name: 'version', type: 'group', flattenedFields: fields, fields: [] } as unknown as FlattenedField,
  ]
}

function hopsOf(fields: FlattenedField[], where: unknown, sort: unknown): string[] {
  return [
    ...queryPaths(where as never).map(({ path, nestedQuery }) => relationshipHop(fields, path, nestedQuery)),
    ...sortPaths(sort).map((path) => relationshipHop(fields, path)),
  ].filter((hop): hop is string => hop !== null)
}

/**
 * Payload checks the read access of the collection queried, not of the related documents a `where` or `sort` path
 * reaches (`supersedes.summary`, `document.title`, `version.supersededBy.summary`): filtering or sorting on them would
 * read hidden documents one comparison at a time. So every request made for a person (not trusted server code) may
 * filter on a relationship only by the related id; joined lists (`joins`) by the same rule for their collection.
 */
export const refuseRelationshipQueries: CollectionBeforeOperationHook = ({ args, collection, overrideAccess, req }) => {
  if (overrideAccess) return args
  const query = args as QueryArgs
  const hops = hopsOf(queryableFields(collection), query.where, query.sort)
  if (typeof query.field === 'string') hops.push(...sortPaths(query.field).flatMap((path) => relationshipHop(collection.flattenedFields, path) ?? []))
  for (const [joinedSlug, joins] of Object.entries(collection.joins)) {
    const joined = req.payload.collections[joinedSlug as CollectionSlug]?.config
    for (const { joinPath } of joins) {
      const join = query.joins ? query.joins[joinPath] : undefined
      if (join && joined) hops.push(...hopsOf(joined.flattenedFields, join.where, join.sort).map((hop) => `${joinPath}.${hop}`))
    }
  }
  if (hops.length) throw new QueryError(hops.map((path) => ({ path })))
  return args
}
