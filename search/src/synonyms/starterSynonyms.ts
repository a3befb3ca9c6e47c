/**
 * Synonym groups every Lotse index starts with: the vocabulary of German social administration, where staff search
 * with colloquial, old or abbreviated names. Terms in a group are interchangeable; editors add their own groups in the
 * CMS ("Suchbegriffe"). A group may be one-way (`from` → `to`) where a short form is ambiguous ("AZ").
 */
export type SynonymGroup = { terms: string[] } | { from: string[]; to: string[] }

export const STARTER_SYNONYMS: readonly SynonymGroup[] = [
  // Sozialgesetzbuch and its benefits
  { terms: ['Bürgergeld', 'Hartz IV', 'Hartz 4', 'Arbeitslosengeld II', 'ALG II', 'Grundsicherung für Arbeitsuchende', 'Stütze'] },
  { terms: ['SGB II', 'Zweites Buch Sozialgesetzbuch'] },
  { terms: ['SGB VIII', 'Achtes Buch Sozialgesetzbuch', 'Kinder- und Jugendhilfe'] },
  { terms: ['SGB XII', 'Zwölftes Buch Sozialgesetzbuch', 'Sozialhilfe'] },
  { terms: ['SGB IX', 'Neuntes Buch Sozialgesetzbuch', 'Eingliederungshilfe'] },
  { terms: ['KdU', 'Kosten der Unterkunft', 'Unterkunftskosten'] },
  { terms: ['KdUH', 'Kosten der Unterkunft und Heizung'] },
  { terms: ['BuT', 'Bildung und Teilhabe', 'Bildungspaket'] },
  { from: ['Klassenfahrt', 'Schulausflug', 'Mittagessen Schule', 'Nachhilfe', 'Lernförderung'], to: ['Bildung und Teilhabe'] },
  { terms: ['HzE', 'Hilfe zur Erziehung', 'Erziehungshilfe'] },
  { terms: ['HzP', 'Hilfe zur Pflege'] },
  { terms: ['ASD', 'Allgemeiner Sozialer Dienst', 'Allgemeiner Sozialdienst'] },
  { terms: ['WoGG', 'Wohngeldgesetz'] },
  { terms: ['Wohngeld', 'Mietzuschuss', 'Lastenzuschuss'] },
  { terms: ['BEEG', 'Elterngeld', 'Bundeselterngeld- und Elternzeitgesetz'] },
  { terms: ['UVG', 'Unterhaltsvorschuss', 'Unterhaltsvorschussgesetz'] },
  { terms: ['AsylbLG', 'Asylbewerberleistungsgesetz'] },
  { terms: ['BAföG', 'Ausbildungsförderung'] },
  { terms: ['Kindeswohlgefährdung', 'Gefährdungsmeldung', '8a-Meldung'] },
  { terms: ['Pflegeheim', 'stationäre Pflege', 'Altenheim', 'Seniorenheim'] },
  { terms: ['Vorsorgevollmacht', 'Patientenverfügung', 'Betreuungsverfügung'] },
  // Personnel and organisation
  { terms: ['AU', 'Arbeitsunfähigkeit', 'Krankmeldung', 'Krankschreibung', 'gelber Schein'] },
  { from: ['AZ'], to: ['Arbeitszeit', 'Aktenzeichen'] },
  { terms: ['Gleitzeit', 'gleitende Arbeitszeit'] },
  { terms: ['Zeiterfassung', 'Stempeluhr', 'Arbeitszeiterfassung'] },
  { terms: ['Homeoffice', 'Home-Office', 'Telearbeit', 'Heimarbeit', 'mobiles Arbeiten'] },
  { terms: ['Dienstreise', 'Dienstfahrt', 'Dienstgang'] },
  { terms: ['Fortbildung', 'Weiterbildung', 'Schulung', 'Qualifizierung'] },
  { terms: ['Urlaub', 'Erholungsurlaub'] },
  { terms: ['Sonderurlaub', 'Arbeitsbefreiung', 'Dienstbefreiung'] },
  { terms: ['Mitarbeitergespräch', 'Personalgespräch', 'Jahresgespräch', 'Mitarbeiterjahresgespräch'] },
  { terms: ['Rufbereitschaft', 'Bereitschaftsdienst', 'Notdienst'] },
  { terms: ['Einarbeitung', 'Onboarding'] },
  { terms: ['Büromaterial', 'Büroartikel', 'Bürobedarf'] },
  { terms: ['Geschenke', 'Vorteilsannahme', 'Zuwendungen'] },
  // Data protection and IT
  { terms: ['Datenpanne', 'Datenschutzverletzung', 'Datenschutzvorfall'] },
  { terms: ['DSGVO', 'Datenschutz-Grundverordnung'] },
  { terms: ['2FA', 'MFA', 'Zwei-Faktor-Authentifizierung', 'Zwei-Faktor-Anmeldung', 'Mehr-Faktor-Authentifizierung'] },
  { terms: ['Phishing', 'Phishing-Mail', 'Betrugsmail'] },
  { terms: ['Passwort', 'Kennwort'] },
  { terms: ['E-Rechnung', 'elektronische Rechnung', 'XRechnung'] },
]
