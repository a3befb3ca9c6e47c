import { buildFixture } from '@lotse/extraction/testing'
import { describe, expect, inject, it } from 'vitest'

/**
 * The attachment text as the built CMS (`next start`) extracts it: the extractors' libraries load in the production
 * server too (unpdf and mammoth are external packages there, the rest is bundled).
 */
describe('attachment text in the built CMS', () => {
  const { cmsUrl } = inject('stack')
  const blocks = [
    { type: 'heading' as const, level: 1 as const, text: 'Merkblatt Schlüsselausgabe' },
    { type: 'paragraph' as const, text: 'Schlüssel gibt die Hausverwaltung gegen Unterschrift aus.' },
  ]

  it.each(['pdf', 'docx', 'odt'] as const)('an uploaded %s gets its text', async (format) => {
    const login = await fetch(`${cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', Connection: 'close' },
      body: JSON.stringify({ email: 'editor@demo.lotse', password: 'lotse-demo' }),
    })
    const { token } = (await login.json()) as { token: string }
    const form = new FormData()
    form.set('file', new Blob([new Uint8Array(await buildFixture({ format, blocks }))]), `merkblatt-${Date.now()}.${format}`)
    const upload = await fetch(`${cmsUrl}/api/files?depth=0`, { method: 'POST', headers: { authorization: `JWT ${token}`, Connection: 'close' }, body: form })
    const answer = (await upload.json()) as { doc?: { extractedText?: string | null } }
    expect(upload.status, JSON.stringify(answer)).toBe(201)
    expect(answer.doc?.extractedText).toContain('Merkblatt Schlüsselausgabe')
    expect(answer.doc?.extractedText).toContain('Schlüssel gibt die Hausverwaltung gegen Unterschrift aus.')
  })
})
