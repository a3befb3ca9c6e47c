import type { RequiredDataFromCollectionSlug } from 'payload'

/** A topic of the demo taxonomy; `parent` names a top-level topic. Parents come before children. */
export type DemoTopic = Omit<RequiredDataFromCollectionSlug<'topics'>, 'parent'> & { parent?: string }

/** Two levels: subject areas and, below some of them, the questions staff look things up by. */
export const demoTopics: DemoTopic[] = [
  { name: 'Leistungen' },
  { name: 'Bürgergeld', parent: 'Leistungen' },
  { name: 'Kosten der Unterkunft', parent: 'Leistungen' },
  { name: 'Einkommen und Vermögen', parent: 'Leistungen' },
  { name: 'Hilfe zur Pflege', parent: 'Leistungen' },
  { name: 'Wohngeld' },
  { name: 'Personal' },
  { name: 'Arbeitszeit', parent: 'Personal' },
  { name: 'Urlaub', parent: 'Personal' },
  { name: 'Dienstreisen', parent: 'Personal' },
  { name: 'Fortbildung', parent: 'Personal' },
  { name: 'Datenschutz' },
  { name: 'IT-Sicherheit' },
  { name: 'Jugendhilfe' },
  { name: 'Kinderschutz', parent: 'Jugendhilfe' },
  { name: 'Haushalt und Beschaffung' },
  { name: 'Organisation' },
]
