import { describe, expect, it } from 'vitest'
import { meanScores } from '../../src/eval/meanScores.ts'
import { scoreRanking } from '../../src/eval/scoreRanking.ts'

const grades = new Map([['a', 3], ['b', 2], ['c', 1], ['z', 0]])

describe('scoreRanking', () => {
  it('scores the ideal ranking 1 on every figure', () => {
    expect(scoreRanking(['a', 'b', 'c'], grades)).toEqual({ ndcg: 1, mrr: 1, recall: 1 })
  })

  it('scores a known imperfect ranking exactly', () => {
    // DCG = 2/log2(2) + 3/log2(3) + 0 + 1/log2(5) = 4.32347; ideal = 3 + 2/log2(3) + 1/log2(4) = 4.76186.
    const scores = scoreRanking(['b', 'a', 'x', 'c'], grades)
    expect(scores.ndcg).toBeCloseTo(0.907936, 6)
    expect(scores.mrr).toBe(1)
    expect(scores.recall).toBe(1)
  })

  it('takes MRR from the first hit graded 1 or more and counts grade 0 as a miss', () => {
    const scores = scoreRanking(['z', null, 'x', 'c'], grades)
    expect(scores.mrr).toBe(0.25)
    expect(scores.recall).toBeCloseTo(1 / 3, 9)
    // 1/log2(5) over the ideal 4.76186
    expect(scores.ndcg).toBeCloseTo(0.090443, 6)
  })

  it('ignores hits after the tenth', () => {
    const ranked = [...Array.from({ length: 10 }, () => null), 'a']
    expect(scoreRanking(ranked, grades)).toEqual({ ndcg: 0, mrr: 0, recall: 0 })
  })

  it('counts an id that two hits map to only once', () => {
    expect(scoreRanking(['a', 'a', 'b', 'c'], grades).ndcg).toBeLessThan(scoreRanking(['a', 'b', 'c'], grades).ndcg)
    expect(scoreRanking(['c', 'c'], new Map([['c', 1]]))).toEqual({ ndcg: 1, mrr: 1, recall: 1 })
  })
})

describe('meanScores', () => {
  it('weighs every query the same', () => {
    expect(meanScores([{ ndcg: 1, mrr: 1, recall: 1 }, { ndcg: 0.5, mrr: 0, recall: 0.25 }])).toEqual({ ndcg: 0.75, mrr: 0.5, recall: 0.625 })
    expect(meanScores([])).toEqual({ ndcg: 0, mrr: 0, recall: 0 })
  })
})
