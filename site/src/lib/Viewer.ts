export const ROLES = ['staff', 'manager', 'editor', 'admin'] as const
export type Role = (typeof ROLES)[number]

/** The signed-in person a request is rendered for. Data access functions take it and use its token. */
export interface Viewer {
  id: string
  email: string
  name: string
  roles: Role[]
  /** The viewer's own org unit (its id), for "documents of my unit"; null when they belong to none. */
  orgUnit: string | null
  /** The Payload token the viewer signed in with; sent to the CMS and search API, never rendered. */
  token: string
}

export type ViewerProfile = Omit<Viewer, 'token'>

/** A CMS user object → a viewer profile, or `null` when it does not look like a user. */
export function toViewerProfile(user: unknown): ViewerProfile | null {
  if (typeof user !== 'object' || user === null) return null
  const record = user as Record<string, unknown>
  const id = record.id
  const email = record.email
  if ((typeof id !== 'string' && typeof id !== 'number') || typeof email !== 'string') return null
  const name = typeof record.name === 'string' && record.name.trim() ? record.name.trim() : email
  const roles = Array.isArray(record.roles)
    ? record.roles.filter((role): role is Role => (ROLES as readonly unknown[]).includes(role))
    : []
  const unit = typeof record.orgUnit === 'object' && record.orgUnit !== null ? (record.orgUnit as Record<string, unknown>).id : record.orgUnit
  const orgUnit = typeof unit === 'number' || (typeof unit === 'string' && unit) ? String(unit) : null
  return { id: String(id), email, name, roles, orgUnit }
}
