/**
 * Words of German administrative writing for generated benchmark documents: compounds are built from real determiners
 * (with their linking `s`) and heads (with their gender, for "zum"/"zur"), so the index sees what a department's
 * texts hold — long compounds, inflected nouns, a Zipf-like spread of common and rare words — not a short word list.
 */
import { randomSource, type Random } from '../randomSource.ts'
export const DETERMINERS = [
  'Arbeits', 'Dienst', 'Personal', 'Haushalts', 'Beschaffungs', 'Vergabe', 'Daten', 'Bürger', 'Sozial', 'Jugend', 'Wohn',
  'Bau', 'Umwelt', 'Verkehrs', 'Gesundheits', 'Brand', 'Steuer', 'Gebühren', 'Kassen', 'Melde', 'Ordnungs', 'Straßen',
  'Schul', 'Kinder', 'Eltern', 'Pflege', 'Renten', 'Familien', 'Aufenthalts', 'Gewerbe', 'Fahrzeug', 'Grundstücks',
  'Abfall', 'Wasser', 'Energie', 'Friedhofs', 'Standes', 'Wahl', 'Rats', 'Fortbildungs', 'Urlaubs', 'Reise', 'Telearbeits',
  'Beihilfe', 'Unterhalts', 'Eingliederungs', 'Sicherheits', 'Versorgungs', 'Zuwendungs', 'Förder', 'Prüf', 'Akten',
  'Verwaltungs', 'Dokumenten', 'Lärm', 'Denkmal', 'Natur', 'Jagd', 'Fischerei', 'Veterinär', 'Lebensmittel', 'Hunde',
  'Park', 'Sondernutzungs', 'Bestattungs', 'Einbürgerungs', 'Pass', 'Ausweis', 'Führerschein', 'Zulassungs', 'Bußgeld',
  'Vollstreckungs', 'Insolvenz', 'Mahn', 'Widerspruchs', 'Klage', 'Schadens', 'Versicherungs', 'Dienstwagen', 'Büro',
  'Raum', 'Inventar', 'Material', 'IT', 'Software', 'Netzwerk', 'Passwort', 'Informations', 'Barrierefreiheits', 'Gleichstellungs',
  'Schwerbehinderten', 'Mutterschutz', 'Elternzeit', 'Teilzeit', 'Gleitzeit', 'Überstunden', 'Bereitschafts', 'Krankheits', 'Notfall',
] as const

export const HEADS: ReadonlyArray<readonly [word: string, gender: 'm' | 'f' | 'n']> = [
  ['antrag', 'm'], ['bescheid', 'm'], ['verfahren', 'n'], ['verordnung', 'f'], ['richtlinie', 'f'], ['satzung', 'f'], ['gebühr', 'f'],
  ['stelle', 'f'], ['amt', 'n'], ['recht', 'n'], ['schutz', 'm'], ['plan', 'm'], ['aufsicht', 'f'], ['behörde', 'f'], ['leistung', 'f'],
  ['geld', 'n'], ['zuschuss', 'm'], ['erstattung', 'f'], ['prüfung', 'f'], ['genehmigung', 'f'], ['erlaubnis', 'f'], ['vertrag', 'm'],
  ['regelung', 'f'], ['vorschrift', 'f'], ['frist', 'f'], ['kosten', 'f'], ['zeit', 'f'], ['akte', 'f'], ['register', 'n'],
  ['auskunft', 'f'], ['bescheinigung', 'f'], ['nachweis', 'm'], ['vollmacht', 'f'], ['verwaltung', 'f'], ['konzept', 'n'],
  ['bericht', 'm'], ['statistik', 'f'], ['verzeichnis', 'n'], ['vordruck', 'm'], ['ordnung', 'f'], ['pflicht', 'f'], ['ausschuss', 'm'],
  ['beauftragte', 'f'], ['management', 'n'], ['controlling', 'n'], ['meldung', 'f'], ['abrechnung', 'f'], ['zuständigkeit', 'f'],
  ['vereinbarung', 'f'], ['anordnung', 'f'], ['kontrolle', 'f'], ['verwendung', 'f'], ['bewilligung', 'f'], ['anhörung', 'f'],
]

/** Words that stand alone in administrative texts. */
export const NOUNS = [
  'Antrag', 'Bescheid', 'Widerspruch', 'Frist', 'Zuständigkeit', 'Akteneinsicht', 'Vertretung', 'Dienstweg', 'Mitzeichnung',
  'Schlusszeichnung', 'Aktenvermerk', 'Verfügung', 'Wiedervorlage', 'Posteingang', 'Registratur', 'Haushaltsmittel',
  'Verwendungsnachweis', 'Ermessen', 'Anhörung', 'Rechtsbehelfsbelehrung', 'Zustellung', 'Vollstreckung', 'Ordnungswidrigkeit',
  'Säumniszuschlag', 'Stundung', 'Niederschlagung', 'Datenschutz', 'Schweigepflicht', 'Dienstvereinbarung', 'Personalrat',
  'Amtsleitung', 'Fachbereich', 'Sachgebiet', 'Sachbearbeitung', 'Vorgesetzte', 'Beschäftigte', 'Dienststelle', 'Bürgerbüro',
  'Aufbewahrungsfrist', 'Löschfrist', 'Vier-Augen-Prinzip', 'Geschäftsverteilungsplan', 'Zeichnungsbefugnis', 'Eilbedürftigkeit',
  'Bekanntgabe', 'Rücknahme', 'Widerruf', 'Nebenbestimmung', 'Auflage', 'Befristung', 'Ausnahmegenehmigung', 'Härtefall',
  'Einkommen', 'Vermögen', 'Bedarfsgemeinschaft', 'Mehrbedarf', 'Unterkunft', 'Heizkosten', 'Erstausstattung', 'Darlehen',
  'Rückforderung', 'Aufrechnung', 'Mitwirkungspflicht', 'Sanktion', 'Eingliederungsvereinbarung', 'Vermittlung', 'Maßnahme',
  'Fortbildung', 'Dienstreise', 'Reisekosten', 'Trennungsgeld', 'Umzugskosten', 'Jubiläum', 'Sonderurlaub', 'Arbeitsunfähigkeit',
  'Wiedereingliederung', 'Gefährdungsbeurteilung', 'Ersthelfer', 'Brandschutzhelfer', 'Evakuierung', 'Hausordnung', 'Schlüssel',
  'Zugangskarte', 'Telefonanlage', 'Störung', 'Ticket', 'Benutzerkonto', 'Verschlüsselung', 'Phishing', 'Sicherung', 'Archiv',
] as const

const VERB_PHRASES = [
  'ist unverzüglich vorzulegen', 'ist schriftlich zu begründen', 'bedarf der Zustimmung der Amtsleitung', 'ist aktenkundig zu machen',
  'wird im Einzelfall geprüft', 'ist spätestens vier Wochen vorher zu beantragen', 'gilt für alle Beschäftigten', 'ist zu dokumentieren',
  'richtet sich nach der geltenden Fassung', 'wird durch das Sachgebiet entschieden', 'ist dem Personalrat vorzulegen',
  'kann nur in begründeten Ausnahmefällen gewährt werden', 'ist elektronisch zu erfassen', 'ist fristgerecht zu bearbeiten',
  'ist mit dem Datenschutzbeauftragten abzustimmen', 'wird zum Monatsende abgerechnet', 'ist im Vier-Augen-Prinzip freizugeben',
  'entfällt bei geringfügigen Beträgen', 'ist der Wiedervorlage zuzuführen', 'ist auf dem Dienstweg einzureichen',
] as const
const CONNECTORS = ['Im Übrigen', 'Darüber hinaus', 'Abweichend davon', 'Ergänzend gilt', 'Grundsätzlich', 'In der Regel', 'Ausnahmsweise', 'Soweit erforderlich'] as const
const PREPOSITIONS = ['nach', 'gemäß', 'im Rahmen der', 'unter Beachtung der', 'vor', 'bei', 'wegen', 'hinsichtlich der'] as const
const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'] as const

/** Every compound the corpus uses, in a fixed order (the skewed draw makes the first ones the common ones). */
export const COMPOUNDS: ReadonlyArray<{ word: string; gender: 'm' | 'f' | 'n' }> = (() => {
  const shuffle = randomSource(7)
  const all = DETERMINERS.flatMap((determiner) => HEADS.map(([head, gender]) => ({ word: determiner + head, gender, key: shuffle.next() })))
  return all.sort((a, b) => a.key - b.key).map(({ word, gender }) => ({ word, gender }))
})()

export const zuArticle = (gender: 'm' | 'f' | 'n') => (gender === 'f' ? 'zur' : 'zum')

/** One sentence of administrative prose. */
export function sentence(random: Random): string {
  const compound = random.skewed(COMPOUNDS).word
  const parts = [
    random.next() < 0.3 ? `${random.pick(CONNECTORS)}:` : '',
    random.next() < 0.5 ? 'Der' : 'Die',
    compound,
    random.next() < 0.5 ? `${random.pick(PREPOSITIONS)} ${random.skewed(NOUNS)}` : '',
    random.pick(VERB_PHRASES),
  ]
  if (random.next() < 0.25) parts.push(`(siehe ${random.skewed(COMPOUNDS).word} vom ${random.int(1, 28)}. ${random.pick(MONTHS)} ${random.int(2015, 2026)})`)
  return `${parts.filter(Boolean).join(' ')}.`
}

/** Paragraphs of about `words` words. */
export function paragraphs(random: Random, words: number): string[] {
  const result: string[] = []
  let count = 0
  while (count < words) {
    const paragraph: string[] = []
    for (let n = random.int(2, 6); n > 0 && count < words; n--) {
      const text = sentence(random)
      paragraph.push(text)
      count += text.split(' ').length
    }
    result.push(paragraph.join(' '))
  }
  return result
}

export { MONTHS }
