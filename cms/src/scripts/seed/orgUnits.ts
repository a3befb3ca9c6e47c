import type { RequiredDataFromCollectionSlug } from 'payload'

/** An org unit of the demo chart; `parent` names the parent unit by its short code. Parents come before children. */
export type DemoOrgUnit = Omit<RequiredDataFromCollectionSlug<'org-units'>, 'parent'> & { parent?: string }

/** Two departments: the social services office (Amt 50) with its divisions and teams, and the central Hauptamt (Amt 10). */
export const demoOrgUnits: DemoOrgUnit[] = [
  { shortCode: 'Amt 10', name: 'Hauptamt' },
  { shortCode: '10.1', name: 'Personal und Organisation', parent: 'Amt 10' },
  { shortCode: '10.2', name: 'IT und Digitalisierung', parent: 'Amt 10' },
  { shortCode: 'Amt 50', name: 'Amt für Soziale Dienste' },
  { shortCode: '50.1', name: 'Leistungen nach SGB II/XII', parent: 'Amt 50' },
  { shortCode: '50.1.1', name: 'Team Eingangszone und Antragsannahme', parent: '50.1' },
  { shortCode: '50.1.2', name: 'Team Hilfe zur Pflege', parent: '50.1' },
  { shortCode: '50.2', name: 'Wohngeld', parent: 'Amt 50' },
  { shortCode: '50.3', name: 'Soziale Dienste / Jugendhilfe', parent: 'Amt 50' },
  { shortCode: '50.4', name: 'Zentrale Dienste (Personal, IT, Haushalt)', parent: 'Amt 50' },
  { shortCode: '50.5', name: 'Betreuungsbehörde', parent: 'Amt 50' },
]
