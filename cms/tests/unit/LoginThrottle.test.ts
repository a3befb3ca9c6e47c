import { describe, expect, it } from 'vitest'
import { LoginThrottle } from '../../src/collections/Users/lib/LoginThrottle.ts'

const MINUTE = 60_000

function throttle() {
  const clock = { now: 0 }
  const limits = { perAccountAndClient: { max: 3, windowMs: 10 * MINUTE }, perClient: { max: 5, windowMs: 10 * MINUTE } }
  return { clock, throttle: new LoginThrottle(limits, () => clock.now) }
}

describe('LoginThrottle', () => {
  it('slows the guessing address down for that account, never the account for everyone', () => {
    const { clock, throttle: t } = throttle()
    const attacker = { account: 'anna@test.lotse', client: '10.0.0.66' }
    for (let i = 0; i < 3; i++) t.recordFailure(attacker)
    expect(t.waitMs(attacker)).toBe(10 * MINUTE)
    expect(t.waitMs({ account: 'anna@test.lotse', client: '10.0.0.7' })).toBe(0)
    clock.now = 4 * MINUTE
    expect(t.waitMs(attacker)).toBe(6 * MINUTE)
    clock.now = 10 * MINUTE + 1
    expect(t.waitMs(attacker)).toBe(0)
  })

  it('slows down an address that tries many accounts', () => {
    const { throttle: t } = throttle()
    for (let i = 0; i < 5; i++) t.recordFailure({ account: `person${i}@test.lotse`, client: '10.0.0.66' })
    expect(t.waitMs({ account: 'someone-else@test.lotse', client: '10.0.0.66' })).toBeGreaterThan(0)
    expect(t.waitMs({ account: 'someone-else@test.lotse', client: '10.0.0.7' })).toBe(0)
  })

  it('forgives the counted attempt and that address’s failures on the account when the password was right', () => {
    const { throttle: t } = throttle()
    const person = { account: 'anna@test.lotse', client: '10.0.0.7' }
    for (let i = 0; i < 3; i++) t.recordFailure(person)
    t.forgive(person)
    expect(t.waitMs(person)).toBe(0)
  })
})
