/** A mapping file that cannot be used, with the place to fix it (`file:line: key: what is wrong`). */
export class MappingError extends Error {
  readonly code = 'MAPPING_INVALID'

  constructor(
    readonly source: string,
    readonly line: number | null,
    readonly key: string | null,
    problem: string,
  ) {
    super(`${source}${line ? `:${line}` : ''}: ${key ? `${key}: ` : ''}${problem}`)
    this.name = 'MappingError'
  }
}
