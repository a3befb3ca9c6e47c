import { expect } from 'vitest'

/** The CMS's REST API as the tests reach it from outside: a demo person's token, and reads that must succeed. */
export function cmsApi(cmsUrl: string, password: string) {
  return {
    login: async (email: string): Promise<string> => {
      const response = await fetch(`${cmsUrl}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) })
      expect(response.status, `login of ${email}`).toBe(200)
      return ((await response.json()) as { token: string }).token
    },
    get: async (path: string, token: string): Promise<any> => {
      const response = await fetch(`${cmsUrl}${path}`, { headers: { Authorization: `JWT ${token}` } })
      expect(response.status, path).toBe(200)
      return response.json()
    },
  }
}
