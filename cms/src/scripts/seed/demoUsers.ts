import type { RequiredDataFromCollectionSlug } from 'payload'

export const DEMO_PASSWORD = 'lotse-demo'

/** One demo login per role (DESIGN.md, "Demo logins"); the password is the same for all. */
export const demoUsers: RequiredDataFromCollectionSlug<'users'>[] = [
  { email: 'admin@demo.lotse', name: 'Andrea Albrecht', roles: ['admin'], password: DEMO_PASSWORD },
  { email: 'editor@demo.lotse', name: 'Elias Engel', roles: ['editor'], password: DEMO_PASSWORD },
  { email: 'manager@demo.lotse', name: 'Miriam Maier', roles: ['manager'], password: DEMO_PASSWORD },
  { email: 'staff@demo.lotse', name: 'Stefan Schulz', roles: ['staff'], password: DEMO_PASSWORD },
]
