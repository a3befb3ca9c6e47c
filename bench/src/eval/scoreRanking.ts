/** The three figures for one query, each from 0 to 1. */
export type QueryScores = { ndcg: number; mrr: number; recall: number }

export const CUTOFF = 10

/**
 * Scores a ranked list of judged ids (the top hits, mapped; `null` for a hit that maps to no id) against the grades.
 * - nDCG@10: gain = grade, discount log2(rank + 1), normalised by the ideal ordering of all judged grades.
 * - MRR@10: 1 / rank of the first hit with grade ≥ 1, 0 when none is in the top 10.
 * - recall@10: share of the ids judged ≥ 1 that appear in the top 10.
 * An id that appears twice (two hits mapped to one judged id) counts only where it first appears.
 */
export function scoreRanking(ranked: (string | null)[], grades: Map<string, number>): QueryScores {
  const seen = new Set<string>()
  let dcg = 0
  let firstRelevantRank = 0
  let found = 0
  ranked.slice(0, CUTOFF).forEach((id, index) => {
    if (id === null || seen.has(id)) return
    seen.add(id)
    const grade = grades.get(id) ?? 0
    if (grade < 1) return
    dcg += grade / Math.log2(index + 2)
    found++
    if (!firstRelevantRank) firstRelevantRank = index + 1
  })
  const ideal = [...grades.values()].sort((a, b) => b - a).slice(0, CUTOFF)
  const idealDcg = ideal.reduce((sum, grade, index) => sum + grade / Math.log2(index + 2), 0)
  const relevant = [...grades.values()].filter((grade) => grade >= 1).length
  return {
    ndcg: idealDcg ? dcg / idealDcg : 0,
    mrr: firstRelevantRank ? 1 / firstRelevantRank : 0,
    recall: relevant ? found / relevant : 0,
  }
}
