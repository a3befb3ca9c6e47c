import type { RequiredDataFromCollectionSlug } from 'payload'
import { lexical } from './lexical.ts'

/** Published demo documents of every kind, written like the ones a municipal social services office keeps. */
export const demoDocuments: RequiredDataFromCollectionSlug<'documents'>[] = [
  {
    title: 'Dienstanweisung Arbeitszeit und Gleitzeit',
    kind: 'directive',
    summary: 'Regelt Kernzeiten, Gleitzeitrahmen, Zeiterfassung und den Ausgleich von Mehrarbeit.',
    body: lexical(
      '## Geltungsbereich',
      'Diese Dienstanweisung gilt für alle Beschäftigten der Stadtverwaltung mit Ausnahme des Schichtdienstes.',
      '## Gleitzeitrahmen und Kernzeit',
      'Der Gleitzeitrahmen liegt montags bis freitags zwischen 6:30 und 19:00 Uhr. Die Kernzeit ist von 9:00 bis 14:00 Uhr, freitags bis 12:00 Uhr.',
      '## Zeiterfassung',
      'Beginn und Ende der Arbeitszeit werden am Terminal oder im Zeiterfassungsportal gebucht. Vergessene Buchungen korrigiert die Führungskraft.',
    ),
  },
  {
    title: 'Arbeitshilfe Antrag auf Bürgergeld',
    kind: 'work-aid',
    summary: 'Schritt für Schritt vom Eingang des Antrags bis zum Bescheid, mit den häufigsten Rückfragen.',
    body: lexical(
      '## Eingang und Vollständigkeit',
      'Prüfen Sie zuerst, ob Hauptantrag, Anlage KdU und Einkommensnachweise vorliegen. Fehlende Unterlagen fordern Sie mit dem Vordruck „Mitwirkung“ an.',
      '## Bedarfsberechnung',
      'Regelbedarf, Mehrbedarfe sowie Kosten der Unterkunft und Heizung werden im Fachverfahren erfasst; das Einkommen wird nach Abzug der Freibeträge angerechnet.',
    ),
  },
  {
    title: 'Datenschutz im Sozialamt',
    kind: 'policy',
    summary: 'Grundsätze für den Umgang mit Sozialdaten nach SGB X und DSGVO im Publikumsverkehr und in der Akte.',
    body: lexical(
      '## Sozialgeheimnis',
      'Sozialdaten dürfen nur erhoben und weitergegeben werden, soweit eine Rechtsvorschrift es erlaubt oder die betroffene Person eingewilligt hat.',
      '## Im Publikumsverkehr',
      'Gespräche über persönliche Verhältnisse finden im Einzelbüro statt. Bildschirme sind so aufzustellen, dass Wartende sie nicht einsehen können.',
    ),
  },
  {
    title: 'Richtlinie Homeoffice und mobiles Arbeiten',
    kind: 'policy',
    summary: 'Voraussetzungen, Antrag und Regeln für das Arbeiten außerhalb der Dienststelle.',
    body: lexical(
      'Mobiles Arbeiten ist an bis zu drei Tagen pro Woche möglich, wenn die Aufgaben es zulassen und die Führungskraft zustimmt.',
      '## Datensicherheit',
      'Dienstliche Unterlagen werden nur auf dienstlichen Geräten über die VPN-Verbindung bearbeitet. Ausdrucke zu Hause sind nicht gestattet.',
    ),
  },
  {
    title: 'Anleitung Posteingang im Dokumentenmanagementsystem',
    kind: 'instruction',
    summary: 'So scannen, registrieren und verteilen Sie eingehende Post im DMS.',
    body: lexical(
      '### Schritt 1: Scannen',
      'Legen Sie die Post mit Trennblatt in den Einzug des Scanners und wählen Sie das Profil „Posteingang“.',
      '### Schritt 2: Registrieren',
      'Ergänzen Sie Aktenzeichen und Eingangsdatum. Das System schlägt die zuständige Stelle vor.',
    ),
  },
  {
    title: 'Formular Dienstreiseantrag',
    kind: 'form',
    summary: 'Antrag auf Genehmigung einer Dienstreise mit Hinweisen zur Reisekostenabrechnung.',
    body: lexical(
      'Der Antrag ist spätestens eine Woche vor Reisebeginn bei der Führungskraft einzureichen.',
      'Die Abrechnung erfolgt innerhalb von sechs Monaten nach Ende der Reise nach dem Landesreisekostengesetz.',
    ),
  },
  {
    title: 'Neue Öffnungszeiten des Bürgerbüros ab dem 1. März',
    kind: 'news',
    summary: 'Das Bürgerbüro öffnet donnerstags künftig bis 18 Uhr; der Samstagsdienst entfällt.',
    body: lexical(
      'Ab dem 1. März gelten im Bürgerbüro neue Öffnungszeiten: montags bis mittwochs 8 bis 16 Uhr, donnerstags 8 bis 18 Uhr, freitags 8 bis 12 Uhr.',
      'Terminbuchungen sind weiterhin online und telefonisch möglich.',
    ),
  },
  {
    title: 'Dienstanweisung Bargeldkasse und Zahlstellen',
    kind: 'directive',
    summary: 'Führung der Handvorschusskassen, Kassenabschluss und Vier-Augen-Prinzip.',
    body: lexical(
      '## Kassenführung',
      'Jede Zahlstelle führt ein Kassenbuch. Einzahlungen werden sofort quittiert und täglich abgeschlossen.',
      '## Vier-Augen-Prinzip',
      'Der Tagesabschluss wird von einer zweiten Person gegengezeichnet. Differenzen über 5 Euro sind der Kassenaufsicht zu melden.',
    ),
  },
]
