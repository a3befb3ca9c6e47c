import { cleanFileName } from './cleanFileName.ts'
import { foldText } from './foldText.ts'

/** Structurally the `Block` of @lotse/extraction: only headings matter here. */
export interface TitleBlock {
  type: string
  level?: number
  text?: string
}

export interface TitleInput {
  fileName: string
  properties: { title?: string; subject?: string; author?: string }
  blocks: readonly TitleBlock[]
  text: string
}

export interface JudgedTitle {
  title: string
  from: 'properties' | 'heading' | 'text' | 'fileName'
}

// Titles that templates, tools and untouched defaults leave behind (compared folded, separators as spaces).
const TOOL_TITLE =
  /^(?:dokument|document|doc|vorlage|template|formatvorlage|dokumentvorlage|briefvorlage|briefkopf|kopfbogen|folie|slide|praesentation|presentation|powerpoint praesentation|unbenannt|untitled|ohne titel|no title|kein titel|titel|title|name|normal|standard|entwurf|draft|neu|new|test|text|tabelle|mappe|arbeitsmappe|book|sheet|ueberschrift|heading|betreff|subject|(?:neues )?microsoft (?:office )?(?:word|excel|powerpoint)(?: dokument| document| arbeitsblatt| praesentation)?|(?:neues )?word dokument|scan|img|image|bild|datei|file|kopie|copy)(?: ?\d+)*$/
const PRINTED_FROM = /^microsoft (?:office )?(?:word|excel|powerpoint) - /i
const FILE_NAME = /\.(?:docx?|dotx?|docm|pdf|odt|ott|ods|odp|rtf|txt|html?|xlsx?|pptx?|md|msg|eml)$|^[a-z]:\\|\\\\|^\//i
// Section names that open many documents but name none of them.
const BOILERPLATE =
  /^(?:inhalt|inhaltsverzeichnis|inhaltsuebersicht|table of contents|contents|gliederung|uebersicht|vorwort|einleitung|einfuehrung|praeambel|zusammenfassung|abstract|summary|deckblatt|anhang|anlagen?|verteiler|vermerk|hinweis|hinweise|achtung|entwurf|vertraulich|nur fuer den dienstgebrauch|intern|ziel|ziele|zweck|geltungsbereich|anwendungsbereich|allgemeines|grundsaetze|begriffsbestimmungen|zustaendigkeit|zustaendigkeiten|verfahren|inkrafttreten|schlussbestimmungen|literatur|quellen|kontakt|ansprechpartner)$/
const SECTION_MARKER = /^(?:§+|art\.?|artikel|kapitel|teil|abschnitt|anlage|anhang|seite|page|abbildung|abb\.|tabelle|figure|table)\s*[\divx]/i
const STOP_WORDS = new Set(
  ('und oder der die das des dem den ein eine einer eines einem einen fuer von vom zum zur mit bei auf aus ueber nach als wie bis ' +
    'ins im in an am zu um gegen ohne durch sowie nicht sich ihre ihr sein seine the and for of to with on from by in at or an a')
    .split(' '),
)
const HEAD_CHARACTERS = 3000
const MAX_TITLE_CHARACTERS = 160
const MAX_TITLE_WORDS = 20

// Quotes that wrap a whole title ("„Leitfaden Telearbeit“"); a quote that is part of it (»einfriert«) stays.
const QUOTE_PAIRS: Record<string, string> = { '"': '"', "'": "'", '„': '“', '“': '”', '‚': '‘', '»': '«', '«': '»' }
const tidy = (text: string) => {
  const title = text.normalize('NFC').replace(/\s+/g, ' ').trim()
  return title.length > 2 && QUOTE_PAIRS[title[0]] === title.at(-1) ? title.slice(1, -1).trim() : title
}
const spaced = (text: string) => foldText(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
const wordsOf = (text: string) => spaced(text).split(' ').filter(Boolean)

/** A title-sized line that does not belong to a template, a tool or a section. */
function plausible(text: string): boolean {
  const folded = spaced(text)
  if (!/\p{L}{2}/u.test(folded)) return false // only digits and punctuation ("1", "---", "2019")
  if (text.length > MAX_TITLE_CHARACTERS || folded.split(' ').length > MAX_TITLE_WORDS) return false
  const unnumbered = folded.replace(/^[\d ]+/, '') // "1.2 Geltungsbereich" is as generic as "Geltungsbereich", but "2. Text" is a chapter
  return !TOOL_TITLE.test(folded) && !BOILERPLATE.test(unnumbered) && !PRINTED_FROM.test(text) && !FILE_NAME.test(text.trim())
}

/** Significant words: folded, at least three characters, no stop words ("Richtlinie zur Beschaffung" → richtlinie, beschaffung). */
function significantWords(text: string): string[] {
  return [...new Set(wordsOf(text).filter((word) => word.length >= 3 && !STOP_WORDS.has(word)))]
}

/**
 * Whether a document-properties title fits the document: most of its significant words occur in the first part of
 * the text or in the file name. Matching is on folded substrings with long words cut by two letters, so compounds
 * and inflections meet ("Beschaffungen" ~ "Beschaffungsrichtlinie"). A title copied along with a template from
 * another document names words the text does not have. Without enough text to judge, the title is given the benefit
 * of the doubt.
 */
function fitsText(title: string, input: TitleInput): boolean {
  const words = significantWords(title)
  if (words.length === 0) return false
  const headText = spaced(input.text.slice(0, HEAD_CHARACTERS))
  if (headText.length < 200) return true
  const head = ` ${headText} ${spaced(input.fileName)} `
  const found = words.filter((word) => head.includes(word.length >= 7 ? word.slice(0, -2) : ` ${word}`)).length
  return found >= Math.ceil(words.length * 0.6)
}

function isAuthor(title: string, author: string | undefined): boolean {
  if (!author?.trim()) return false
  const authorWords = new Set(wordsOf(author))
  const titleWords = wordsOf(title)
  return titleWords.length > 0 && titleWords.every((word) => authorWords.has(word))
}

function propertyTitle(input: TitleInput): string | null {
  const title = tidy(input.properties.title ?? '')
  if (!title || !plausible(title) || title.length < 3) return null
  if (isAuthor(title, input.properties.author)) return null
  return fitsText(title, input) ? title : null
}

/**
 * The first usable heading near the top, preferring the highest level (an H1 over an earlier H2). A lower heading
 * counts only when it opens the document: an H2 further down names a section ("Erstattung von Fahrtkosten"), not the
 * document, and the file name is the better title then.
 */
function headingTitle(blocks: readonly TitleBlock[]): string | null {
  let seen = 0
  let best: { text: string; level: number } | null = null
  for (const [index, block] of blocks.slice(0, 40).entries()) {
    seen += block.text?.length ?? 0
    if (seen > HEAD_CHARACTERS * 2) break
    if (block.type !== 'heading' || !block.text || (block.level !== 1 && index >= 3)) continue
    const text = tidy(block.text)
    if (!plausible(text) || SECTION_MARKER.test(text)) continue
    const level = block.level ?? 6
    if (!best || level < best.level) best = { text, level }
  }
  return best?.text ?? null
}

/** The first line of the text when it reads like a title: short, not a sentence, not boilerplate. */
function firstLineTitle(text: string): string | null {
  for (const line of text.slice(0, 1000).split('\n')) {
    const candidate = tidy(line)
    if (!candidate) continue
    const sentence = /[.!?:;,]$/.test(candidate) && candidate.split(' ').length > 8
    return plausible(candidate) && !SECTION_MARKER.test(candidate) && !sentence ? candidate : null
  }
  return null
}

/**
 * The title of a migrated document: the document properties' title when it is meaningful and fits the text, else the
 * first real heading, else the cleaned file name; when the file name is generic ("Dokument1.doc", "neu.docx",
 * "Scan_20210517.pdf"), the first line of the text if it reads like a title, and the generic name as a last resort.
 */
export function judgeTitle(input: TitleInput): JudgedTitle {
  const fromProperties = propertyTitle(input)
  if (fromProperties) return { title: fromProperties, from: 'properties' }
  const fromHeading = headingTitle(input.blocks)
  if (fromHeading) return { title: fromHeading, from: 'heading' }
  const fromFileName = cleanFileName(input.fileName)
  if (plausible(fromFileName)) return { title: fromFileName, from: 'fileName' }
  const fromText = firstLineTitle(input.text)
  if (fromText) return { title: fromText, from: 'text' }
  return { title: fromFileName || tidy(input.fileName) || 'Ohne Titel', from: 'fileName' }
}
