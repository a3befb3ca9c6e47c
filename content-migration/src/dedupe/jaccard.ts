/** |A ∩ B| / |A ∪ B| of two sorted unique arrays, in one merge pass; 0 when both are empty (nothing to compare). */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0
  let j = 0
  let common = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      common++
      i++
      j++
    } else if (a[i] < b[j]) i++
    else j++
  }
  const union = a.length + b.length - common
  return union === 0 ? 0 : common / union
}
