import type { Block } from '../../../src/index.ts'

/** One document with every kind of block and the characters German office files are full of. */
export const SAMPLE_BLOCKS: Block[] = [
  { type: 'heading', level: 1, text: 'Dienstanweisung Überstunden' },
  { type: 'paragraph', text: 'Diese Weisung regelt die Erfassung von Überstunden für alle Beschäftigten.' },
  { type: 'list', ordered: false, items: ['Anträge stellen', 'Nachweise führen'] },
  { type: 'heading', level: 2, text: 'Zuständigkeiten' },
  { type: 'list', ordered: true, items: ['Antrag prüfen', 'Genehmigung erteilen'] },
  { type: 'table', rows: [['Rolle', 'Aufgabe'], ['Leitung', 'Genehmigt Überstunden']] },
  { type: 'paragraph', text: 'Schlussbemerkung mit ß und „Anführungszeichen“ – 5 € je Stunde.' },
]

export const SAMPLE_PROPERTIES = { title: 'Überstundenregelung 2024', author: 'Erika Mustermann', subject: 'Arbeitszeit' }

/** Every sentence of the sample, as the text of any format must contain it. */
export const SAMPLE_SENTENCES = [
  'Dienstanweisung Überstunden',
  'Diese Weisung regelt die Erfassung von Überstunden für alle Beschäftigten.',
  'Anträge stellen',
  'Genehmigung erteilen',
  'Genehmigt Überstunden',
  'Schlussbemerkung mit ß und „Anführungszeichen“ – 5 € je Stunde.',
]
