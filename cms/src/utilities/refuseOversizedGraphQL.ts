import { parse } from 'graphql/language/parser.js'
import { expandedSelectionCount } from './expandedSelectionCount.ts'
import { jsonError } from './jsonError.ts'

/** The most fields one GraphQL request may select, fragments expanded (the demo's largest real query selects ≈ 60). */
export const MAX_SELECTED_FIELDS = 5_000

/** The most tokens a GraphQL query may have (the largest query the site or the tests send has a few hundred). */
export const MAX_TOKENS = 50_000

/**
 * Wraps the GraphQL route: a request whose fragments expand to more than `MAX_SELECTED_FIELDS` fields, or spread each
 * other in a cycle, is answered 400 before Payload validates it — Payload's rules (and `limitGraphQLCost`) expand
 * every fragment spread anew, so a few hundred bytes of nested fragments would hold the CMS's one thread for minutes.
 * A query that does not parse within `MAX_TOKENS` is answered 400 here too (with the parser's message): handing it on
 * would let padding beyond the token cap carry a fragment bomb past this check. Bodies that are no GraphQL request at
 * all are passed on unchanged for Payload to answer.
 */
export function refuseOversizedGraphQL<Args extends unknown[]>(handler: (request: Request, ...args: Args) => Promise<Response>) {
  return async (request: Request, ...args: Args): Promise<Response> => {
    let query: unknown
    try {
      query = ((await request.clone().json()) as { query?: unknown } | null)?.query
    } catch {
      return handler(request, ...args)
    }
    if (typeof query !== 'string') return handler(request, ...args)
    let count: number
    try {
      count = expandedSelectionCount(parse(query, { noLocation: true, maxTokens: MAX_TOKENS }))
    } catch (error) {
      return jsonError(400, (error as Error).message)
    }
    if (!Number.isFinite(count)) return jsonError(400, 'A fragment of this GraphQL request spreads itself; remove the cycle.')
    if (count > MAX_SELECTED_FIELDS) {
      return jsonError(400, `This GraphQL request selects ${count} fields once its fragments are expanded; at most ${MAX_SELECTED_FIELDS} are allowed.`)
    }
    return handler(request, ...args)
  }
}
