export const ROLES = ['staff', 'manager', 'editor', 'admin'] as const
export type Role = (typeof ROLES)[number]

/** The person a request is made for, as the CMS vouches for them. Permissions come from here, never from the request. */
export interface Viewer {
  id: string
  roles: Role[]
}
