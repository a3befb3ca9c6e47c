/** A small deterministic PRNG (mulberry32): the same seed gives the same generated data, run after run and machine after machine. */
export function randomSource(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    /** Skewed towards the start of the list (a Zipf-like spread: few words common, most rare). */
    skewed: <T>(items: readonly T[]) => items[Math.floor(items.length * next() ** 2.5)],
    pick: <T>(items: readonly T[]): T => items[Math.floor(items.length * next())],
    chance: (probability: number) => next() < probability,
    /** Log-uniform between min and max: many short texts, a long tail of long ones. */
    logUniform: (min: number, max: number) => Math.round(Math.exp(Math.log(min) + next() * (Math.log(max) - Math.log(min)))),
  }
}
export type Random = ReturnType<typeof randomSource>
