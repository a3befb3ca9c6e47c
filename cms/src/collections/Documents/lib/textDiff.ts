import { diffWordsWithSpace } from 'diff'

export interface DiffPart {
  op: 'equal' | 'insert' | 'delete'
  text: string
}

/** A word-level diff of two texts, neighbouring parts of the same kind merged. */
export function textDiff(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = []
  for (const change of diffWordsWithSpace(before, after)) {
    const op = change.added ? 'insert' : change.removed ? 'delete' : 'equal'
    const last = parts.at(-1)
    if (last?.op === op) last.text += change.value
    else parts.push({ op, text: change.value })
  }
  return parts
}
