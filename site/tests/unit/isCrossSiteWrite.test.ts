import { describe, expect, it } from 'vitest'
import { isCrossSiteWrite } from '../../src/lib/isCrossSiteWrite.ts'

const SITE = 'https://intranet.example'
// What the server sees behind a TLS proxy: plain http, the public host.
const seen = new URL('http://intranet.example/login')
const post = (origin?: string, contentType = 'application/x-www-form-urlencoded') =>
  new Request(seen, { method: 'POST', headers: { ...(origin ? { Origin: origin } : {}), 'Content-Type': contentType }, body: 'a=b' })

describe('isCrossSiteWrite', () => {
  it('accepts a form from the public origin although the server sees http', () => {
    expect(isCrossSiteWrite(post(SITE), seen, SITE)).toBe(false)
  })

  it('accepts a form from the address the server sees (direct access, npm start)', () => {
    const direct = new URL('http://127.0.0.1:4321/login')
    const request = new Request(direct, { method: 'POST', headers: { Origin: 'http://127.0.0.1:4321' }, body: 'a=b' })
    expect(isCrossSiteWrite(request, direct, 'http://127.0.0.1:4321')).toBe(false)
  })

  it.each([
    ['another site', 'https://evil.example', undefined],
    ['a look-alike host', 'https://intranet.example.evil.example', undefined],
    ['a sandboxed page', 'null', undefined],
    ['no Origin at all', undefined, undefined],
    ['another site, sent as JSON', 'https://evil.example', 'application/json'],
    ['another site, sent as text/plain', 'https://evil.example', 'text/plain'],
  ])('refuses a write from %s', (_name, origin, contentType) => {
    expect(isCrossSiteWrite(post(origin, contentType), seen, SITE)).toBe(true)
  })

  it.each(['GET', 'HEAD', 'OPTIONS'])('lets %s through: it changes nothing', (method) => {
    expect(isCrossSiteWrite(new Request(seen, { method, headers: { Origin: 'https://evil.example' } }), seen, SITE)).toBe(false)
  })
})
