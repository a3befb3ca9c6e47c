import { beforeEach, describe, expect, it, vi } from 'vitest'
import { submitLogin } from '../../src/lib/submitLogin.ts'
import { SiteError, type SiteErrorCode } from '../../src/lib/SiteError.ts'

beforeEach(() => {
  // The code under test logs upstream failures for operators; keep the test output clean.
  vi.spyOn(console, 'error').mockImplementation(() => {})
})

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}
const failingWith = (code: SiteErrorCode, retryAfterSeconds?: number) => async () => {
  throw new SiteError(code, code, { retryAfterSeconds })
}

describe('submitLogin', () => {
  const ok = async () => ({ token: 'tok', expires: new Date(1_000), profile: null })

  it('returns the token and a safe next path', async () => {
    expect(await submitLogin(form({ email: ' a@b ', password: 'pw', next: '/search?q=x' }), ok)).toEqual({
      ok: true,
      token: 'tok',
      expires: new Date(1_000),
      next: '/search?q=x',
    })
    const evil = await submitLogin(form({ email: 'a@b', password: 'pw', next: 'https://evil.example' }), ok)
    expect(evil.ok && evil.next).toBe('/')
  })

  it.each([
    [{ email: '', password: 'pw' }, 400, 'login.error.missingFields'],
    [{ email: 'a@b', password: '' }, 400, 'login.error.missingFields'],
  ])('refuses missing fields %j', async (fields, status, errorKey) => {
    expect(await submitLogin(form(fields), ok)).toMatchObject({ ok: false, status, errorKey })
  })

  it.each([
    ['invalid_credentials', 401, 'login.error.invalidCredentials'],
    ['too_many_attempts', 429, 'login.error.tooManyAttempts'],
    ['upstream_unreachable', 503, 'login.error.unreachable'],
    ['upstream_failed', 503, 'login.error.unreachable'],
  ] as const)('maps %s to %i and a message, keeping the email', async (code, status, errorKey) => {
    const outcome = await submitLogin(form({ email: 'a@b', password: 'pw', next: '/x' }), failingWith(code))
    expect(outcome).toEqual({ ok: false, status, errorKey, email: 'a@b', next: '/x' })
  })

  it('tells a throttled person how long to wait, and passes that on for the page’s Retry-After', async () => {
    const outcome = await submitLogin(form({ email: 'a@b', password: 'pw', next: '/x' }), failingWith('too_many_attempts', 130))
    expect(outcome).toEqual({
      ok: false,
      status: 429,
      errorKey: 'login.error.tooManyAttemptsWait',
      errorVars: { minutes: 3 },
      retryAfterSeconds: 130,
      email: 'a@b',
      next: '/x',
    })
  })
})
