/** p50/p95/p99 and mean of a list of durations in milliseconds. */
export function percentiles(samples: number[]): { p50: number; p95: number; p99: number; mean: number; n: number } {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN
  const round = (value: number) => Math.round(value * 100) / 100
  return { p50: round(at(0.5)), p95: round(at(0.95)), p99: round(at(0.99)), mean: round(sorted.reduce((a, b) => a + b, 0) / sorted.length), n: sorted.length }
}
