import type { RequiredDataFromCollectionSlug } from 'payload'

/** A staff member's flag on a published document; `document` is a demo document key, `createdBy` an email. */
export type DemoFeedback = Omit<RequiredDataFromCollectionSlug<'feedback'>, 'document' | 'createdBy'> & { document: string; createdBy: string }

/** Open and resolved feedback, each from someone who may read the document (the seed checks). */
export const demoFeedback: DemoFeedback[] = [
  {
    document: 'Arbeitshilfe Antrag auf Bürgergeld',
    createdBy: 'staff@demo.lotse',
    kind: 'unclear',
    comment: 'Im Abschnitt „Häufige Rückfragen“ fehlt, ob bei Wohngeld-Aufstockern die Anlage KdU neu einzureichen ist.',
    status: 'open',
  },
  {
    document: 'kdu-2026',
    createdBy: 'murat.yilmaz@demo.lotse',
    kind: 'unclear',
    comment: 'Gilt die Karenzzeit auch bei einem Umzug innerhalb des ersten Jahres? Die Weisung sagt dazu nichts.',
    status: 'open',
  },
  {
    document: 'Formular: Anlage KdU – Kosten der Unterkunft und Heizung',
    createdBy: 'julia.becker@demo.lotse',
    kind: 'wrong',
    comment: 'Auf Seite 2 wird noch auf die Weisung 2025/04 verwiesen.',
    status: 'open',
  },
  {
    document: 'Dienstanweisung Arbeitszeit und Gleitzeit',
    createdBy: 'jonas.weber@demo.lotse',
    kind: 'outdated',
    comment: 'Mit dem neuen Zeiterfassungsportal gibt es keine Terminals mehr in der Außenstelle; bitte den Abschnitt Zeiterfassung anpassen.',
    status: 'open',
  },
  {
    document: 'wohngeld-mietstufen-2026',
    createdBy: 'anna.richter@demo.lotse',
    kind: 'outdated',
    comment: 'Die Höchstbeträge im Auszug waren noch die alten.',
    status: 'resolved',
  },
  {
    document: 'dienstreise-formular',
    createdBy: 'staff@demo.lotse',
    kind: 'wrong',
    comment: 'Der Link zum Abrechnungsformular führt ins Leere.',
    status: 'resolved',
  },
  {
    document: 'Arbeitshilfe Hilfeplanverfahren nach § 36 SGB VIII',
    createdBy: 'laura.zimmermann@demo.lotse',
    kind: 'unclear',
    comment: 'Wer lädt den Vormund ein, wenn das Kind nicht bei den Eltern lebt?',
    status: 'resolved',
  },
]
