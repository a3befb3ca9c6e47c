/** One line of a judged query file: a query and the grade (0–3) of each judged id; unjudged ids count as 0. */
export type JudgedQuery = {
  query: string
  /** Judged id → grade: 0 not relevant, 1 marginally, 2 relevant, 3 the answer. */
  grades: Map<string, number>
  /** Free label for per-class figures (e.g. `typo`, `compound`); `-` when the line has none. */
  queryClass: string
  line: number
}
