import type { Document } from '../../payload-types.ts'
import type { DemoDocument } from './documents/DemoDocument.ts'
import { lexical } from './lexical.ts'

type LexicalBody = NonNullable<Document['body']>

/** What the body generator needs to name things: units and people by their seed keys, earlier documents by key. */
export interface BodyNames {
  unit(shortCode: string): { name: string; shortCode: string }
  person(email: string): { name: string }
  document(key: string): DemoDocument
}

const roleNames: Record<string, string> = { staff: 'alle Beschäftigten', manager: 'die Führungskräfte', editor: 'die Redakteurinnen und Redakteure', admin: 'die Administration' }

const germanDate = (iso: string) => new Date(iso).toLocaleDateString('de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric' })

const list = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} und ${items.at(-1)}`)

/** "Diese Weisung", "Diese Dienstanweisung", …: how the text refers to the document itself. */
function selfName(doc: DemoDocument): string {
  if (doc.kind === 'directive') return 'Diese Weisung'
  if (doc.kind === 'instruction') return 'Diese Dienstanweisung'
  if (doc.kind === 'policy') return doc.title.startsWith('Leitfaden') ? 'Dieser Leitfaden' : doc.title.startsWith('Richtlinie') ? 'Diese Richtlinie' : 'Diese Planung'
  if (doc.kind === 'work-aid') return doc.title.startsWith('Anleitung') ? 'Diese Anleitung' : doc.title.includes('handbuch') ? 'Dieses Handbuch' : 'Diese Arbeitshilfe'
  return 'Dieses Formular'
}

function audienceSentence(doc: DemoDocument, names: BodyNames): string {
  const units = (doc.audienceUnits ?? []).map((code) => `${names.unit(code).shortCode} ${names.unit(code).name}`)
  const roles = (doc.audienceRoles ?? []).map((role) => roleNames[role] ?? role)
  if (!units.length && !roles.length) return `${selfName(doc)} gilt für alle Beschäftigten der Stadtverwaltung.`
  const parts = [...(units.length ? [`die Beschäftigten von ${list(units)} (einschließlich der nachgeordneten Teams)`] : []), ...roles]
  return `${selfName(doc)} richtet sich an ${list(parts)}.`
}

function validitySentence(doc: DemoDocument, names: BodyNames): string {
  const from = doc.validFrom ? ` tritt am ${germanDate(doc.validFrom)} in Kraft` : ' gilt ab ihrer Veröffentlichung'
  const until = doc.validUntil ? ` und gilt bis zum ${germanDate(doc.validUntil)}` : ''
  const predecessor = doc.supersedes ? names.document(doc.supersedes) : null
  const replaces = predecessor ? ` Sie ersetzt die bisherige Fassung „${predecessor.title}“ (${predecessor.versionLabel ?? 'ohne Fassungsangabe'}).` : ''
  return `${selfName(doc)}${from}${until}.${replaces}`
}

function contactSentence(doc: DemoDocument, names: BodyNames): string {
  const owner = names.unit(doc.ownerUnit)
  if (!doc.responsible) return `Fragen richten Sie bitte an ${owner.shortCode} ${owner.name}.`
  const person = names.person(doc.responsible)
  return `Fragen beantwortet ${person.name} (${owner.shortCode} ${owner.name}). Hinweise auf Fehler oder veraltete Angaben geben Sie bitte über die Schaltfläche „Rückmeldung“ an diesem Dokument.`
}

/**
 * The body of a demo document: its own sections, framed the way documents of its kind are written in the office —
 * scope and entry into force for directives, purpose for policies and work aids, legal bases, the contact person,
 * and a note on acknowledgement where one is asked for.
 */
export function documentBody(doc: DemoDocument, names: BodyNames): LexicalBody {
  const legalBases = (doc.legalBasis ?? '').split(';').map((basis) => basis.trim()).filter(Boolean)
  const blocks: string[] = []
  switch (doc.kind) {
    case 'directive':
      blocks.push('## Geltungsbereich', audienceSentence(doc, names))
      break
    case 'policy':
      blocks.push('## Zweck', doc.summary ?? '', audienceSentence(doc, names))
      break
    case 'work-aid':
      blocks.push('## Worum es geht', doc.summary ?? '')
      break
    case 'form':
      blocks.push('## Zweck des Formulars', doc.summary ?? '')
      break
    default:
      break
  }
  blocks.push(...doc.content)
  if (doc.kind !== 'news' && legalBases.length) blocks.push('## Rechtsgrundlagen', ...legalBases.map((basis) => `- ${basis}`))
  if (doc.kind === 'directive' || doc.kind === 'instruction' || doc.kind === 'policy') blocks.push('## Inkrafttreten', validitySentence(doc, names))
  if (doc.kind === 'work-aid') {
    blocks.push('## Hinweis', 'Diese Arbeitshilfe unterstützt die Sachbearbeitung; sie ersetzt nicht die Prüfung im Einzelfall. Maßgeblich sind die Rechtsgrundlagen und die Weisungen des Amtes.')
  }
  if (doc.kind === 'form') {
    blocks.push('## Formular abrufen', `Die ausfüllbare Fassung (PDF) liegt im Formularserver unter dem Kurzzeichen ${names.unit(doc.ownerUnit).shortCode}. Bitte verwenden Sie immer die aktuelle Fassung (${doc.versionLabel ?? 'siehe oben'}).`)
  }
  if (doc.requiresAcknowledgement) {
    blocks.push('## Lesebestätigung', `Bitte bestätigen Sie innerhalb von ${doc.acknowledgeWithinDays ?? 14} Tagen nach Veröffentlichung, dass Sie den Inhalt zur Kenntnis genommen haben. Ihre Führungskraft sieht, wer noch nicht bestätigt hat.`)
  }
  blocks.push(doc.kind === 'news' ? contactSentence(doc, names) : '## Ansprechperson', ...(doc.kind === 'news' ? [] : [contactSentence(doc, names)]))
  return lexical(...blocks.filter(Boolean))
}
