import type { RequiredDataFromCollectionSlug } from 'payload'

export const DEMO_PASSWORD = 'lotse-demo'

/** The demo staff member (DESIGN.md), of a unit that owns none of the confidential documents. */
export const DEMO_STAFF_EMAIL = 'staff@demo.lotse'

/** The demo login whose presence marks a database as seeded. */
export const DEMO_ADMIN_EMAIL = 'admin@demo.lotse'

/** A demo person; `orgUnit` and `managerOf` name units by short code. */
export type DemoUser = Omit<RequiredDataFromCollectionSlug<'users'>, 'orgUnit' | 'managerOf' | 'password' | 'collection'> & {
  orgUnit: string
  managerOf?: string[]
}

/**
 * The four demo logins of DESIGN.md ("Demo logins") first, then colleagues so that lists, four-eyes approval and
 * acknowledgement dashboards have people in them. Everyone's password is DEMO_PASSWORD.
 * staff@demo.lotse works in 50.2 (Wohngeld), which owns none of the confidential demo documents.
 */
export const demoUsers: DemoUser[] = [
  { email: DEMO_ADMIN_EMAIL, name: 'Andrea Albrecht', roles: ['admin'], orgUnit: 'Amt 10' },
  { email: 'editor@demo.lotse', name: 'Elias Engel', roles: ['editor'], orgUnit: '50.1' },
  { email: 'manager@demo.lotse', name: 'Miriam Maier', roles: ['manager'], orgUnit: 'Amt 50', managerOf: ['50.1', '50.1.1', '50.1.2'] },
  { email: DEMO_STAFF_EMAIL, name: 'Stefan Schulz', roles: ['staff'], orgUnit: '50.2' },

  // Hauptamt
  { email: 'klaus.reinhardt@demo.lotse', name: 'Dr. Klaus Reinhardt', roles: ['manager'], orgUnit: 'Amt 10', managerOf: ['Amt 10', '10.1', '10.2'] },
  { email: 'petra.hoffmann@demo.lotse', name: 'Petra Hoffmann', roles: ['editor'], orgUnit: '10.1' },
  { email: 'jonas.weber@demo.lotse', name: 'Jonas Weber', roles: ['staff'], orgUnit: '10.1' },
  { email: 'tobias.krueger@demo.lotse', name: 'Tobias Krüger', roles: ['editor'], orgUnit: '10.2' },
  { email: 'lea.schmitt@demo.lotse', name: 'Lea Schmitt', roles: ['staff'], orgUnit: '10.2' },

  // Amt für Soziale Dienste
  { email: 'sabine.brandt@demo.lotse', name: 'Dr. Sabine Brandt', roles: ['manager'], orgUnit: 'Amt 50', managerOf: ['Amt 50'] },
  { email: 'katrin.vogel@demo.lotse', name: 'Katrin Vogel', roles: ['editor'], orgUnit: '50.1' },
  { email: 'murat.yilmaz@demo.lotse', name: 'Murat Yılmaz', roles: ['staff'], orgUnit: '50.1' },
  { email: 'julia.becker@demo.lotse', name: 'Julia Becker', roles: ['staff'], orgUnit: '50.1.1' },
  { email: 'nina.hartmann@demo.lotse', name: 'Nina Hartmann', roles: ['staff'], orgUnit: '50.1.1' },
  { email: 'thomas.wagner@demo.lotse', name: 'Thomas Wagner', roles: ['staff'], orgUnit: '50.1.2' },
  { email: 'frank.lehmann@demo.lotse', name: 'Frank Lehmann', roles: ['manager'], orgUnit: '50.2', managerOf: ['50.2'] },
  { email: 'sandra.koch@demo.lotse', name: 'Sandra Koch', roles: ['editor'], orgUnit: '50.2' },
  { email: 'anna.richter@demo.lotse', name: 'Anna Richter', roles: ['staff'], orgUnit: '50.2' },
  { email: 'birgit.neumann@demo.lotse', name: 'Birgit Neumann', roles: ['manager'], orgUnit: '50.3', managerOf: ['50.3'] },
  { email: 'daniel.schwarz@demo.lotse', name: 'Daniel Schwarz', roles: ['editor'], orgUnit: '50.3' },
  { email: 'laura.zimmermann@demo.lotse', name: 'Laura Zimmermann', roles: ['staff'], orgUnit: '50.3' },
  { email: 'kevin.braun@demo.lotse', name: 'Kevin Braun', roles: ['staff'], orgUnit: '50.3' },
  { email: 'michael.schroeder@demo.lotse', name: 'Michael Schröder', roles: ['manager'], orgUnit: '50.4', managerOf: ['50.4'] },
  { email: 'claudia.wolf@demo.lotse', name: 'Claudia Wolf', roles: ['editor'], orgUnit: '50.4' },
  { email: 'sebastian.fischer@demo.lotse', name: 'Sebastian Fischer', roles: ['staff'], orgUnit: '50.4' },
  { email: 'helmut.fuchs@demo.lotse', name: 'Helmut Fuchs', roles: ['manager'], orgUnit: '50.5', managerOf: ['50.5'] },
  { email: 'ingrid.krause@demo.lotse', name: 'Ingrid Krause', roles: ['staff'], orgUnit: '50.5' },
]
