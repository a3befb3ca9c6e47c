/** A share as a whole percent, rounded down so that "100 %" means everyone (`null` when nobody is counted). */
export const percent = (part: number, whole: number): number | null => (whole > 0 ? Math.floor((part / whole) * 100) : null)
