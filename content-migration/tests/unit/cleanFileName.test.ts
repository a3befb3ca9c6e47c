import { describe, expect, it } from 'vitest'
import { cleanFileName } from '../../src/identify/cleanFileName.ts'

describe('cleanFileName', () => {
  it.each([
    ['Straßenverkehrsgesetz_v2.docx', 'Straßenverkehrsgesetz'],
    ['5.3. Pfade und Auswahlen_final.docx', '5.3. Pfade und Auswahlen'],
    ['Kopie von 2. Die Hauptgründe, weshalb GIMP scheinbar »einfriert«.docx', '2. Die Hauptgründe, weshalb GIMP scheinbar »einfriert«'],
    ['Dienstanweisung_Reisekosten_final_NEU.docx', 'Dienstanweisung Reisekosten'],
    ['Dienstanweisung Reisekosten (2).pdf', 'Dienstanweisung Reisekosten'],
    ['Dienstanweisung Reisekosten - Kopie.docx', 'Dienstanweisung Reisekosten'],
    ['Copy of Leitfaden Barrierefreiheit.pdf', 'Leitfaden Barrierefreiheit'],
    ['Arbeitshilfe_Wohngeld_alt.doc', 'Arbeitshilfe Wohngeld'],
    ['2019-03-01_Rundschreiben_Homeoffice.docx', '2019-03-01 Rundschreiben Homeoffice'],
    ['Haushaltsplan 2019.xlsx', 'Haushaltsplan 2019'],
    ['Straßenverkehrs-Zulassungs-Ordnung.docx', 'Straßenverkehrs-Zulassungs-Ordnung'],
    ['Gesetz zum Schutz vor schädlichen Umwelteinwirkungen durch Luftverunreinigungen,.doc', 'Gesetz zum Schutz vor schädlichen Umwelteinwirkungen durch Luftverunreinigungen,'],
    ['4.5. Ein Bild zuschneiden.odt', '4.5. Ein Bild zuschneiden'],
    ['5.2. Beispiele', '5.2. Beispiele'],
    ['Antrag%20auf%20Urlaub.pdf', 'Antrag auf Urlaub'],
    ['100%ige Förderung.docx', '100%ige Förderung'],
    ['iPhone-Richtlinie der IT.pdf', 'iPhone-Richtlinie der IT'],
    ['Bürgergeld  Anträge   prüfen.docx'.normalize('NFD'), 'Bürgergeld Anträge prüfen'],
    ['Entwurf.odt', 'Entwurf'],
  ])('%s → %s', (name, title) => {
    expect(cleanFileName(name)).toBe(title)
  })
})
