import { afterEach, describe, expect, it, vi } from 'vitest'
import { requestJson } from '../../src/lib/requestJson.ts'

afterEach(() => {
  vi.unstubAllGlobals()
})

const options = { timeoutMs: 1000, service: 'CMS' }

describe('requestJson', () => {
  it('parses JSON and resolves any status', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{"a":1}', { status: 404 })))
    expect(await requestJson('http://cms/api/x', options)).toMatchObject({ status: 404, body: { a: 1 } })
  })

  it('treats an answer broken off while its body arrives (e.g. the timeout) as no answer, not as an empty body', async () => {
    const broken = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"user":'))
        controller.error(new DOMException('The operation was aborted due to timeout', 'TimeoutError'))
      },
    })
    vi.stubGlobal('fetch', vi.fn(async () => new Response(broken, { status: 200 })))
    await expect(requestJson('http://cms/api/users/me', options)).rejects.toMatchObject({ code: 'upstream_unreachable' })
  })
})
