/** Queries whose nDCG@10 fell since the previous run (by more than rounding noise), worst drop first. */
export function worseQueries(
  current: { query: string; ndcg: number }[],
  previous: { query: string; ndcg: number }[],
): { query: string; before: number; after: number }[] {
  const before = new Map(previous.map((result) => [result.query, result.ndcg]))
  return current
    .flatMap((result) => {
      const was = before.get(result.query)
      return was !== undefined && result.ndcg < was - 1e-9 ? [{ query: result.query, before: was, after: result.ndcg }] : []
    })
    .sort((a, b) => a.after - a.before - (b.after - b.before))
}
