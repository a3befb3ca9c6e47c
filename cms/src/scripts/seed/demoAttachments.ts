import { minimalDocx } from './files/minimalDocx.ts'
import { minimalPdf } from './files/minimalPdf.ts'

/** A file attached to a demo document (by document key), built in code: small, valid, and judged by its bytes like any upload. */
export interface DemoAttachment {
  document: string
  filename: string
  mimeType: string
  build: () => Buffer
}

export const demoAttachments: DemoAttachment[] = [
  {
    document: 'kdu-2026',
    filename: 'Mietobergrenzen 2026.pdf',
    mimeType: 'application/pdf',
    build: () =>
      minimalPdf([
        'Anlage 1 zur Weisung 2026/03: Mietobergrenzen (Bruttokaltmiete)',
        '',
        '1 Person: 535 Euro',
        '2 Personen: 645 Euro',
        '3 Personen: 770 Euro',
        '4 Personen: 880 Euro',
        'Jede weitere Person: + 115 Euro',
        '',
        'Quelle: schlüssiges Konzept 2026 des Kreises.',
      ]),
  },
  {
    document: 'kdu-2026',
    filename: 'Aufforderung zur Kostensenkung (Muster).docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    build: () =>
      minimalDocx([
        'Aufforderung zur Senkung der Unterkunftskosten',
        'Sehr geehrte Damen und Herren,',
        'Ihre Aufwendungen für Unterkunft und Heizung übersteigen die angemessene Höhe nach der Weisung 2026/03.',
        'Bitte senken Sie die Kosten innerhalb von sechs Monaten, etwa durch Untervermietung oder einen Umzug.',
        'Mit freundlichen Grüßen',
      ]),
  },
  {
    document: 'Dienstanweisung Arbeitszeit und Gleitzeit',
    filename: 'Gleitzeitbogen.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    build: () => minimalDocx(['Gleitzeitbogen', 'Name, Organisationseinheit, Monat', 'Tag | Beginn | Ende | Pause | Saldo']),
  },
  {
    // Confidential to 50.3: staff of other units must not reach it, not even by its download link.
    document: 'Dienstanweisung Kinderschutz: Verfahren bei Gefährdungsmeldungen nach § 8a SGB VIII',
    filename: 'Meldebogen Kindeswohlgefährdung.pdf',
    mimeType: 'application/pdf',
    build: () => minimalPdf(['Meldebogen Kindeswohlgefährdung (§ 8a SGB VIII)', 'Eingang der Meldung: Datum, Uhrzeit, Fachkraft', 'Vertraulich – nur für 50.3']),
  },
]
