import { randomSource, type Random } from '../randomSource.ts'
import { COMPOUNDS, MONTHS, NOUNS, paragraphs, sentence, zuArticle } from './germanCorpus.ts'

export interface Unit {
  id: number
  name: string
  shortCode: string
}
export interface Topic {
  id: number
  name: string
}

/** A generated document as the CMS stores its published state (the columns the bench writes). */
export interface GeneratedDocument {
  id: number
  title: string
  summary: string
  paragraphs: string[]
  kind: string
  status: 'draft' | 'published'
  workflowStatus: 'published' | 'superseded' | 'withdrawn'
  classification: 'public' | 'internal' | 'confidential'
  ownerUnit: Unit
  audienceUnits: number[]
  audienceRoles: string[]
  topics: Topic[]
  validFrom: string | null
  validUntil: string | null
  updatedAt: string
}

/** Share of kinds and their length in words (log-uniform between the bounds): forms are short, directives long. */
const KINDS: ReadonlyArray<{ kind: string; share: number; words: [number, number] }> = [
  { kind: 'news', share: 0.25, words: [30, 200] },
  { kind: 'work-aid', share: 0.2, words: [100, 900] },
  { kind: 'form', share: 0.15, words: [15, 100] },
  { kind: 'instruction', share: 0.15, words: [60, 450] },
  { kind: 'directive', share: 0.15, words: [200, 1200] },
  { kind: 'policy', share: 0.1, words: [150, 900] },
]

function titleOf(random: Random, kind: string, year: number): string {
  const { word, gender } = random.skewed(COMPOUNDS)
  const other = random.skewed(COMPOUNDS).word
  switch (kind) {
    case 'directive':
      return random.pick([`Dienstanweisung ${zuArticle(gender)} ${word}`, `Richtlinie über ${word} und ${other}`, `Verwaltungsvorschrift ${word}`])
    case 'policy':
      return random.pick([`Leitlinie ${word}`, `Grundsätze ${zuArticle(gender)} ${word}`, `Dienstvereinbarung ${word}`])
    case 'work-aid':
      return random.pick([`Arbeitshilfe: ${word}`, `Checkliste ${word}`, `Leitfaden ${word} und ${other}`, `Praxishinweise ${zuArticle(gender)} ${word}`])
    case 'instruction':
      return random.pick([`Weisung ${year}/${String(random.int(1, 40)).padStart(2, '0')}: ${word}`, `Verfahrensanweisung ${word}`])
    case 'form':
      return random.pick([`Formular: Antrag auf ${word}`, `Vordruck ${word}`, `Erklärung ${zuArticle(gender)} ${word}`])
    default:
      return random.pick([`Mitteilung: ${word} ab ${random.pick(MONTHS)} ${year}`, `Hinweis ${zuArticle(gender)} ${word}`, `Neu: ${word} im ${random.skewed(NOUNS)}`])
  }
}

/**
 * Document `index` of a corpus, the same on every run: kinds and lengths as above; owner units and topics drawn from
 * the given ones; audiences all staff (75 %), one to three units (18 %) or managers only (7 %); classification public
 * 15 %, internal 75 %, confidential 10 %; 4 % superseded or withdrawn, 5 % expired, 2 % not yet in force, and 3 % only
 * drafts (never published: not in the index).
 */
export function generateDocument(index: number, id: number, units: Unit[], topics: Topic[]): GeneratedDocument {
  const random = randomSource(1_000_003 * (index + 1))
  let roll = random.next()
  const { kind, words } = KINDS.find((entry) => (roll -= entry.share) < 0) ?? KINDS[0]
  const year = random.int(2016, 2026)
  const day = (offsetDays: number) => new Date(Date.UTC(year, 0, 1) + offsetDays * 86_400_000).toISOString()
  const audience = random.next()
  const classification = random.next()
  const lifecycle = random.next()
  const topicCount = random.int(0, 2)
  return {
    id,
    title: titleOf(random, kind, year),
    summary: sentence(random),
    paragraphs: paragraphs(random, random.logUniform(words[0], words[1])),
    kind,
    status: lifecycle < 0.03 ? 'draft' : 'published',
    workflowStatus: lifecycle > 0.96 ? (lifecycle > 0.98 ? 'withdrawn' : 'superseded') : 'published',
    classification: classification < 0.15 ? 'public' : classification < 0.9 ? 'internal' : 'confidential',
    ownerUnit: random.skewed(units),
    audienceUnits: audience < 0.75 || audience >= 0.93 ? [] : Array.from(new Set(Array.from({ length: random.int(1, 3) }, () => random.pick(units).id))),
    audienceRoles: audience >= 0.93 ? ['manager'] : [],
    topics: Array.from(new Set(Array.from({ length: topicCount }, () => random.skewed(topics)))),
    validFrom: lifecycle >= 0.9 && lifecycle < 0.92 ? new Date(Date.now() + 30 * 86_400_000).toISOString() : day(random.int(0, 300)),
    validUntil: lifecycle >= 0.85 && lifecycle < 0.9 ? new Date(Date.now() - random.int(1, 900) * 86_400_000).toISOString() : null,
    updatedAt: day(random.int(0, 360)),
  }
}

/** The Lexical rich text the CMS stores for the paragraphs. */
export function lexicalBody(paragraphs: string[]) {
  const node = (text: string) => ({
    type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0,
    children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
  })
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: paragraphs.map(node) } }
}
