import type { QueryScores } from './scoreRanking.ts'

/** The mean of each figure over the queries (every query weighs the same); 0 for no queries. */
export function meanScores(scores: QueryScores[]): QueryScores {
  const mean = (pick: (s: QueryScores) => number) => (scores.length ? scores.reduce((sum, s) => sum + pick(s), 0) / scores.length : 0)
  return { ndcg: mean((s) => s.ndcg), mrr: mean((s) => s.mrr), recall: mean((s) => s.recall) }
}
