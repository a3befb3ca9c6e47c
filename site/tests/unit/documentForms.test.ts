import { beforeEach, describe, expect, it, vi } from 'vitest'
import { downloadHeaders } from '../../src/lib/downloadAttachment.ts'
import { handleDocumentPost } from '../../src/lib/handleDocumentPost.ts'
import { SiteError } from '../../src/lib/SiteError.ts'
import { submitFeedback } from '../../src/lib/submitFeedback.ts'
import type { Viewer } from '../../src/lib/Viewer.ts'

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {})
})

const viewer: Viewer = { id: '4', email: 'staff@demo.lotse', name: 'Stefan Schulz', roles: ['staff'], orgUnit: '8', token: 't' }
const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) data.set(key, value)
  return data
}

describe('submitFeedback', () => {
  it('sends kind and trimmed text', async () => {
    const send = vi.fn(async () => {})
    expect(await submitFeedback(form({ kind: 'outdated', comment: '  Frist ist alt.\r\n ' }), send)).toEqual({ ok: true })
    expect(send).toHaveBeenCalledWith('outdated', 'Frist ist alt.')
  })

  it('asks for a kind and keeps what was typed', async () => {
    const send = vi.fn(async () => {})
    expect(await submitFeedback(form({ kind: 'lies', comment: 'Text' }), send)).toEqual({ ok: false, status: 400, error: 'missingKind', kind: null, comment: 'Text' })
    expect(send).not.toHaveBeenCalled()
  })

  it('refuses text over 4,000 characters', async () => {
    expect(await submitFeedback(form({ kind: 'unclear', comment: 'x'.repeat(4001) }), async () => {})).toMatchObject({ ok: false, error: 'tooLong', kind: 'unclear' })
  })

  it('reports a failed send as an error the page shows, with the text kept', async () => {
    const outcome = await submitFeedback(form({ kind: 'wrong', comment: 'Seite 2' }), async () => {
      throw new SiteError('upstream_unreachable', 'down')
    })
    expect(outcome).toEqual({ ok: false, status: 503, error: 'failed', kind: 'wrong', comment: 'Seite 2' })
  })
})

describe('handleDocumentPost', () => {
  it('confirms the round shown and redirects back (Post/Redirect/Get)', async () => {
    const confirm = vi.fn(async () => 'confirmed' as const)
    expect(await handleDocumentPost(viewer, '23', form({ action: 'acknowledge', round: '2' }), { confirm })).toEqual({ kind: 'redirect', location: '/documents/23?ack=confirmed#acknowledgement' })
    expect(confirm).toHaveBeenCalledWith(viewer, '23', 2)
  })

  it('tells the person when the document changed since they read it', async () => {
    expect(await handleDocumentPost(viewer, '23', form({ action: 'acknowledge', round: '1' }), { confirm: async () => 'changed' })).toEqual({ kind: 'redirect', location: '/documents/23?ack=changed#acknowledgement' })
  })

  it('refuses a confirmation without a round, and unknown actions', async () => {
    const confirm = vi.fn(async () => 'confirmed' as const)
    expect(await handleDocumentPost(viewer, '23', form({ action: 'acknowledge', round: 'x' }), { confirm })).toEqual({ kind: 'badRequest' })
    expect(await handleDocumentPost(viewer, '23', form({ action: 'delete' }), { confirm })).toEqual({ kind: 'badRequest' })
    expect(confirm).not.toHaveBeenCalled()
  })

  it('sends feedback for this document and redirects to the success state', async () => {
    const send = vi.fn(async () => {})
    expect(await handleDocumentPost(viewer, '23', form({ action: 'feedback', kind: 'unclear', comment: 'Karenzzeit?' }), { send })).toEqual({ kind: 'redirect', location: '/documents/23?feedback=sent#feedback' })
    expect(send).toHaveBeenCalledWith(viewer, '23', 'unclear', 'Karenzzeit?')
  })

  it('renders feedback errors on the page, and ends the session when the CMS no longer accepts the token', async () => {
    expect(await handleDocumentPost(viewer, '23', form({ action: 'feedback' }))).toMatchObject({ kind: 'feedbackError', outcome: { error: 'missingKind' } })
    const expired = async (): Promise<never> => {
      throw new SiteError('unauthenticated', 'expired')
    }
    expect(await handleDocumentPost(viewer, '23', form({ action: 'acknowledge', round: '1' }), { confirm: expired })).toEqual({ kind: 'unauthenticated' })
    expect(await handleDocumentPost(viewer, '23', form({ action: 'feedback', kind: 'wrong' }), { send: expired })).toEqual({ kind: 'unauthenticated' })
  })
})

describe('downloadHeaders', () => {
  it('always downloads, never sniffed, sandboxed, with the file name in both forms', () => {
    const headers = downloadHeaders('Mietobergrenzen 2026 – Übersicht.pdf', 'application/pdf', '2048')
    expect(headers.get('Content-Type')).toBe('application/pdf')
    expect(headers.get('Content-Disposition')).toBe(`attachment; filename="Mietobergrenzen 2026 _ _bersicht.pdf"; filename*=UTF-8''${encodeURIComponent('Mietobergrenzen 2026 – Übersicht.pdf')}`)
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(headers.get('Content-Security-Policy')).toMatch(/^sandbox;/)
    expect(headers.get('Content-Length')).toBe('2048')
  })

  it.each([
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.oasis.opendocument.text',
    'text/plain',
    'text/csv',
    'image/png',
  ])('keeps the type of %s', (type) => {
    expect(downloadHeaders('a', type, null).get('Content-Type')).toBe(type)
  })

  it.each(['text/html', 'image/svg+xml', 'application/xhtml+xml', 'text/xml', 'application/xml', 'text/javascript', 'application/javascript', 'text/x-sh', 'not a type', ''])('serves %j as application/octet-stream', (type) => {
    expect(downloadHeaders('a', type, null).get('Content-Type')).toBe('application/octet-stream')
  })

  it('keeps quotes and backslashes out of the plain file name', () => {
    expect(downloadHeaders('a"b\\c.txt', 'text/plain', 'x').get('Content-Disposition')).toMatch(/^attachment; filename="a_b_c.txt";/)
  })
})

describe('pinning on the document page', () => {
  it('pins and unpins, and comes back to the page saying so', async () => {
    const pin = vi.fn(async () => {})
    const unpin = vi.fn(async () => {})
    expect(await handleDocumentPost(viewer, '23', form({ action: 'pin' }), { pin, unpin })).toEqual({ kind: 'redirect', location: '/documents/23?pin=added#pin' })
    expect(await handleDocumentPost(viewer, '23', form({ action: 'unpin' }), { pin, unpin })).toEqual({ kind: 'redirect', location: '/documents/23?pin=removed#pin' })
    expect([pin.mock.calls.length, unpin.mock.calls.length]).toEqual([1, 1])
  })

  it('says when pinning failed, and ends a lapsed session', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const failing = async (): Promise<never> => {
      throw new SiteError('not_found', 'x')
    }
    const expired = async (): Promise<never> => {
      throw new SiteError('unauthenticated', 'x')
    }
    expect(await handleDocumentPost(viewer, '23', form({ action: 'pin' }), { pin: failing })).toEqual({ kind: 'redirect', location: '/documents/23?pin=failed#pin' })
    expect(await handleDocumentPost(viewer, '23', form({ action: 'unpin' }), { unpin: expired })).toEqual({ kind: 'unauthenticated' })
  })
})
