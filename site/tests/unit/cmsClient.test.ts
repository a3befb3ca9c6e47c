import { afterEach, describe, expect, it, vi } from 'vitest'
import { login } from '../../src/lib/cmsClient.ts'
import { translator } from '../../src/lib/i18n.ts'
import { submitLogin } from '../../src/lib/submitLogin.ts'

function cmsAnswers(status: number, body: unknown, headers: Record<string, string> = {}) {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(body), { status, headers })))
}

afterEach(() => {
  vi.unstubAllGlobals()
})

const form = () => {
  const data = new FormData()
  data.set('email', 'staff@demo.lotse')
  data.set('password', 'falsch')
  return data
}

describe('login against the CMS', () => {
  it.each([
    ['an unknown email', 401, { errors: [{ message: 'The email or password provided is incorrect.' }] }],
    ['a wrong password', 401, { errors: [{ message: 'The email or password provided is incorrect.' }] }],
    ['a locked account', 401, { errors: [{ message: 'This user is locked due to having too many failed login attempts.' }] }],
    ['a 423', 423, { errors: [{ message: 'Locked' }] }],
    ['a 403', 403, { errors: [{ message: 'Unverified email' }] }],
  ])('answers %s with the one message that does not say whether the account exists', async (_name, status, body) => {
    cmsAnswers(status, body)
    expect(await submitLogin(form(), login)).toMatchObject({ ok: false, status: 401, errorKey: 'login.error.invalidCredentials' })
  })

  it('answers a throttled login (429) as throttled, not as a wrong password, with the time to wait', async () => {
    cmsAnswers(429, { errors: [{ message: 'Too many failed logins. Try again in 5 minutes.' }] }, { 'Retry-After': '300' })
    const outcome = await submitLogin(form(), login)
    expect(outcome).toMatchObject({ ok: false, status: 429, retryAfterSeconds: 300 })
    const message = !outcome.ok && translator('de')(outcome.errorKey, outcome.errorVars)
    expect(message).toBe('Zu viele Anmeldeversuche in kurzer Zeit. Bitte versuchen Sie es in 5 Min. erneut.')
    expect(message).not.toBe(translator('de')('login.error.invalidCredentials'))
  })

  it.each([
    ['no Retry-After', {}, 'Zu viele Anmeldeversuche in kurzer Zeit. Bitte warten Sie einige Minuten und versuchen Sie es dann erneut.'],
    ['a Retry-After date', { 'Retry-After': new Date(Date.now() + 90_000).toUTCString() }, 'Zu viele Anmeldeversuche in kurzer Zeit. Bitte versuchen Sie es in 2 Min. erneut.'],
    ['an unreadable Retry-After', { 'Retry-After': 'soon' }, 'Zu viele Anmeldeversuche in kurzer Zeit. Bitte warten Sie einige Minuten und versuchen Sie es dann erneut.'],
  ])('says something true about waiting with %s', async (_name, headers, expected) => {
    cmsAnswers(429, {}, headers)
    const outcome = await submitLogin(form(), login)
    expect(outcome.ok).toBe(false)
    expect(!outcome.ok && translator('de')(outcome.errorKey, outcome.errorVars)).toBe(expected)
  })

  it('tells the CMS the visitor’s address, which the CMS throttles failed logins by', async () => {
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => new Response(JSON.stringify({ token: 'tok' }), { status: 200 }))
    vi.stubGlobal('fetch', fetchMock)
    await login('anna@demo.lotse', 'geheim', '192.0.2.7')
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('http://127.0.0.1:3000/api/users/login')
    expect((init?.headers as Record<string, string>)['X-Forwarded-For']).toBe('192.0.2.7')
  })
})
