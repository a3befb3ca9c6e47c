import type { Block } from '@lotse/extraction'
import type { Random } from '../randomSource.ts'

const SUBJECTS = ['Die Sachbearbeitung', 'Das Amt', 'Die Antragstellerin', 'Der Antragsteller', 'Die Leitung', 'Die Fachstelle', 'Jede Dienststelle', 'Das Bürgerbüro']
const VERBS = ['prüft', 'bearbeitet', 'dokumentiert', 'bescheidet', 'weist nach', 'genehmigt', 'übermittelt', 'archiviert', 'berechnet']
const OBJECTS = ['den Antrag auf Wohngeld', 'die Reisekostenabrechnung', 'den Widerspruch', 'die Gleitzeitregelung', 'den Bescheid über Bürgergeld',
  'die Akteneinsicht', 'die Vollmacht', 'die Gebührensatzung', 'den Datenschutzhinweis', 'die Zuständigkeit', 'die Vertretungsregelung',
  'den Nachweis des Einkommens', 'die Eingliederungsvereinbarung', 'die Beschaffung von IT-Geräten', 'die Dienstreise ins Ausland']
const ENDINGS = ['innerhalb von zwei Wochen', 'nach dem Vier-Augen-Prinzip', 'vor Ablauf der Frist', 'in der elektronischen Akte', 'mit Zustimmung der Amtsleitung',
  'unverzüglich und vollständig', 'gemäß § 12 der Geschäftsordnung', 'spätestens zum Quartalsende']
export const TOPICS = ['Reisekosten', 'Wohngeld', 'Bürgergeld', 'Gleitzeit', 'Datenschutz', 'Akteneinsicht', 'Homeoffice', 'Beschaffung', 'Urlaub',
  'Vergabe', 'Gebühren', 'Jugendhilfe', 'Unterhaltsvorschuss', 'Bauantrag', 'Gewerbeanmeldung', 'Fundsachen', 'Elternzeit', 'Fortbildung']

export function sentence(random: Random): string {
  return `${random.pick(SUBJECTS)} ${random.pick(VERBS)} ${random.pick(OBJECTS)} ${random.pick(ENDINGS)}.`
}

export function paragraph(random: Random, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(random)).join(' ')
}

/** A document of a department: its title as heading, paragraphs, and now and then sections, a list and a table. */
export function documentBlocks(random: Random, title: string, paragraphs: number): Block[] {
  const blocks: Block[] = [{ type: 'heading', level: 1, text: title }]
  for (let n = 0; n < paragraphs; n++) {
    if (n > 0 && n % 6 === 0) blocks.push({ type: 'heading', level: 2, text: `${n / 6}. ${random.pick(TOPICS)}` })
    blocks.push({ type: 'paragraph', text: paragraph(random, random.int(2, 6)) })
  }
  if (random.chance(0.3)) blocks.push({ type: 'list', ordered: random.chance(0.5), items: Array.from({ length: random.int(2, 6) }, () => sentence(random)) })
  if (random.chance(0.2)) blocks.push({ type: 'table', rows: [['Frist', 'Zuständig'], ...Array.from({ length: random.int(1, 5) }, () => [`${random.int(1, 30)} Tage`, random.pick(SUBJECTS)])] })
  return blocks
}

/** The same document with about one paragraph in seven rewritten (at least one): a new version of it. */
export function editBlocks(random: Random, blocks: Block[]): Block[] {
  const paragraphs = blocks.flatMap((block, index) => (block.type === 'paragraph' ? [index] : []))
  const always = random.pick(paragraphs)
  return blocks.map((block, index) =>
    block.type === 'paragraph' && (index === always || random.chance(0.15)) ? { ...block, text: paragraph(random, random.int(2, 6)) } : block,
  )
}
