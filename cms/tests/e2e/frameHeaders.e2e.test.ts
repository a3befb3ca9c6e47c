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

  it('an uploaded file keeps its sandboxing policy (the framing policy above must not replace it)', async () => {
    const login = await fetch(`${cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', Connection: 'close' },
      body: JSON.stringify({ email: 'editor@demo.lotse', password: 'lotse-demo' }),
    })
    const { token } = (await login.json()) as { token: string }
    const form = new FormData()
    form.set('file', new Blob(['Hinweis zur Ablage'], { type: 'text/plain' }), `hinweis-${Date.now()}.txt`)
    const upload = await fetch(`${cmsUrl}/api/files`, { method: 'POST', headers: { authorization: `JWT ${token}`, Connection: 'close' }, body: form })
    const { doc } = (await upload.json()) as { doc: { filename: string } }
    expect(upload.status).toBe(201)
    const response = await fetch(`${cmsUrl}/api/files/file/${doc.filename}`, { headers: { authorization: `JWT ${token}`, Connection: 'close' } })
    await response.body?.cancel()
    expect(response.status).toBe(200)
    const policy = response.headers.get('content-security-policy') ?? ''
    expect(policy).toContain('sandbox')
    expect(policy).toContain("default-src 'none'")
    expect(policy).toContain("frame-ancestors 'none'")
    expect(response.headers.get('content-disposition')).toBe('attachment')
  })

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
