import type { JudgedQuery } from './JudgedQuery.ts'

const HEADER = /^query\trelevant(\tclass)?$/
// An entry ends at a comma that follows its grade, so ids may themselves contain commas and colons (titles do).
const ENTRY_SEPARATOR = /(?<=:\s*\d+)\s*,\s*/
const ENTRY = /^(.+):\s*(\d+)$/

/**
 * Parses a judged query file: `query<TAB>id:grade,id:grade[<TAB>class]` per line, grades 0–3, an optional header
 * line `query<TAB>relevant[<TAB>class]`; empty lines and lines starting with `#` are skipped. Every malformed line
 * is reported with its number, all at once.
 */
export function parseJudgements(text: string): JudgedQuery[] {
  const queries: JudgedQuery[] = []
  const errors: string[] = []
  const firstLine = new Map<string, number>()
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1
    if (!raw.trim() || raw.startsWith('#') || (line === 1 && HEADER.test(raw))) return
    const columns = raw.split('\t')
    if (columns.length < 2 || columns.length > 3) {
      errors.push(`line ${line}: expected "query<TAB>id:grade,…[<TAB>class]", got ${columns.length} column(s)`)
      return
    }
    const query = columns[0].trim()
    if (!query) {
      errors.push(`line ${line}: the query is empty`)
      return
    }
    const seen = firstLine.get(query.toLowerCase())
    if (seen) {
      errors.push(`line ${line}: "${query}" is judged twice (first on line ${seen})`)
      return
    }
    const grades = new Map<string, number>()
    for (const entry of columns[1].trim().split(ENTRY_SEPARATOR)) {
      const match = ENTRY.exec(entry.trim())
      const grade = Number(match?.[2])
      if (!match || grade > 3) {
        errors.push(`line ${line}: "${entry}" is not "id:grade" with a grade from 0 to 3`)
        return
      }
      const id = match[1].trim()
      if (grades.has(id)) {
        errors.push(`line ${line}: "${id}" is judged twice`)
        return
      }
      grades.set(id, grade)
    }
    if (![...grades.values()].some((grade) => grade >= 1)) {
      errors.push(`line ${line}: "${query}" has no id with a grade of 1 or more, so nothing can be found`)
      return
    }
    firstLine.set(query.toLowerCase(), line)
    queries.push({ query, grades, queryClass: columns[2]?.trim() || '-', line })
  })
  if (errors.length) throw new Error(`malformed judged query file:\n${errors.join('\n')}`)
  return queries
}
