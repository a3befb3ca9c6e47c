import type { DiffPart } from './versionHistory.ts'

/** A part of the diff as the page shows it: changes in full, unchanged text shortened to its edges around changes. */
export type ShownPart = DiffPart | { op: 'gap' }

/** Unchanged text longer than this is shortened, keeping `CONTEXT` characters next to each change. */
const LONG = 600
const CONTEXT = 200

/** Cut at a word boundary near `index`, towards the kept side. */
function wordCut(text: string, index: number, keepStart: boolean): number {
  const space = keepStart ? text.lastIndexOf(' ', index) : text.indexOf(' ', index)
  return space > 0 ? space : index
}

/**
 * The diff a reader scans: every insertion and deletion, with enough unchanged text around it to see where it is, and
 * long unchanged stretches replaced by a gap. Unchanged text before the first and after the last change keeps only
 * the side next to the change.
 */
export function readableDiff(parts: DiffPart[]): ShownPart[] {
  const shown: ShownPart[] = []
  parts.forEach((part, index) => {
    if (part.op !== 'equal' || part.text.length <= LONG) {
      shown.push(part)
      return
    }
    const first = index === 0
    const last = index === parts.length - 1
    const head = first ? '' : part.text.slice(0, wordCut(part.text, CONTEXT, true))
    const tail = last ? '' : part.text.slice(wordCut(part.text, part.text.length - CONTEXT, false))
    if (head) shown.push({ op: 'equal', text: head })
    shown.push({ op: 'gap' })
    if (tail) shown.push({ op: 'equal', text: tail })
  })
  return shown
}

/** Whether the two versions differ in their text at all. */
export const hasTextChanges = (parts: DiffPart[]) => parts.some((part) => part.op !== 'equal' && part.text.trim() !== '')
