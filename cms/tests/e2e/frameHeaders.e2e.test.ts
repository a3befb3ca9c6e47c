import { describe, expect, inject, it } from 'vitest'

/**
 * The CMS as `next start` serves it: no other page may frame the admin (a framed admin session can be clickjacked
 * into publishing or deleting), and no response may be sniffed into another content type.
 */
describe('CMS response headers', () => {
  const { cmsUrl } = inject('stack')

  it.each(['/admin', '/admin/login', '/admin/collections/documents', '/api/users/me', '/api/documents'])(
    '%s cannot be framed and is not sniffed',
    async (path) => {
      const response = await fetch(`${cmsUrl}${path}`, { redirect: 'manual', headers: { Connection: 'close' } })
      await response.body?.cancel()
      expect(response.status, path).toBeLessThan(500)
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
      expect(response.headers.get('x-frame-options')).toBe('DENY')
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    },
  )

  it('the admin page’s own scripts are not sniffed either', async () => {
    const html = await (await fetch(`${cmsUrl}/admin/login`, { headers: { Connection: 'close' } })).text()
    const script = html.match(/\/_next\/static\/[^"']+\.js/)?.[0]
    expect(script, 'the admin login page loads a script from /_next/static').toBeDefined()
    const response = await fetch(`${cmsUrl}${script}`, { headers: { Connection: 'close' } })
    await response.body?.cancel()
    expect(response.status).toBe(200)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })
})
