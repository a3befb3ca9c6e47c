import { describe, expect, it } from 'vitest'
import { readForm } from '../../src/lib/readForm.ts'

const post = (body: string | undefined, contentType?: string) =>
  new Request('http://site.test/login', { method: 'POST', body, headers: contentType ? { 'content-type': contentType } : {} })

describe('readForm', () => {
  it('reads url-encoded and multipart forms', async () => {
    const form = await readForm(post('email=a%40b&next=%2F', 'application/x-www-form-urlencoded'))
    expect(form instanceof FormData && Object.fromEntries(form)).toEqual({ email: 'a@b', next: '/' })
    const multipart = await readForm(post('--x\r\nContent-Disposition: form-data; name="lang"\r\n\r\nen\r\n--x--\r\n', 'multipart/form-data; boundary=x'))
    expect(multipart instanceof FormData && multipart.get('lang')).toBe('en')
  })

  // Each of these made `request.formData()` throw, and the login page and the language switch answer 500.
  it.each([
    ['JSON', '{"email":"a@b"}', 'application/json'],
    ['no content type', 'email=a%40b', undefined],
    ['text', 'email=a%40b', 'text/plain'],
  ])('answers a body sent as %s with 415', async (_name, body, contentType) => {
    const answer = await readForm(post(body, contentType))
    expect(answer).toBeInstanceOf(Response)
    expect((answer as Response).status).toBe(415)
  })

  it.each([
    ['a multipart body without boundary', 'x', 'multipart/form-data'],
    ['a multipart body cut short', '--x\r\nContent-Disposition: form-data; name="lang"\r\n\r\nen', 'multipart/form-data; boundary=x'],
  ])('answers %s with 400', async (_name, body, contentType) => {
    const answer = await readForm(post(body, contentType))
    expect(answer).toBeInstanceOf(Response)
    expect((answer as Response).status).toBe(400)
  })
})
