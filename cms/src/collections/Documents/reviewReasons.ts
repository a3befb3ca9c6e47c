/** Why the migration tool asks an editor to look at an imported document (`source.reviewReasons`). */
export const reviewReasonOptions = [
  { value: 'unmatched', label: { de: 'Keine Zuordnungsregel passte (Art/Einheit geraten)', en: 'No mapping rule matched (kind/unit guessed)' } },
  { value: 'versions', label: { de: 'Fassungen zusammengeführt: Reihenfolge bestätigen', en: 'Versions merged: confirm their order' } },
  { value: 'ocr', label: { de: 'Text per Texterkennung (OCR) gewonnen', en: 'Text from OCR' } },
  { value: 'titleFromFileName', label: { de: 'Titel aus dem Dateinamen', en: 'Title from the file name' } },
  { value: 'noAttachment', label: { de: 'Original nicht als Anlage gespeichert', en: 'Original not kept as attachment' } },
  { value: 'changedOnDrive', label: { de: 'Datei auf dem Laufwerk geändert (neue Fassung)', en: 'File changed on the drive (new version)' } },
] as const

export type ReviewReason = (typeof reviewReasonOptions)[number]['value']
