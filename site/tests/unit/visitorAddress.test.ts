import { describe, expect, it } from 'vitest'
import { readEnv } from '../../src/env.ts'
import { visitorAddress } from '../../src/lib/visitorAddress.ts'

const forwarded = (value: string) => new Headers({ 'x-forwarded-for': value })

describe('visitorAddress', () => {
  it('behind a trusted proxy, is the entry the proxy appended, not what the client claimed before it', () => {
    expect(visitorAddress(forwarded('203.0.113.9, 10.1.2.3'), '172.18.0.5', true)).toBe('10.1.2.3')
    expect(visitorAddress(forwarded('10.1.2.3'), '172.18.0.5', true)).toBe('10.1.2.3')
  })

  it('without a trusted proxy, is the connection’s address whatever the request says', () => {
    expect(visitorAddress(forwarded('203.0.113.9'), '10.1.2.3', false)).toBe('10.1.2.3')
  })

  it('falls back to the connection when the proxy sent no address', () => {
    expect(visitorAddress(new Headers(), '172.18.0.5', true)).toBe('172.18.0.5')
    expect(visitorAddress(forwarded(' , '), '172.18.0.5', true)).toBe('172.18.0.5')
  })

  it('trusts a proxy only when SITE_TRUST_PROXY says so', () => {
    expect(readEnv({}).trustProxy).toBe(false)
    expect(readEnv({ SITE_TRUST_PROXY: 'true' }).trustProxy).toBe(true)
    expect(() => readEnv({ SITE_TRUST_PROXY: 'yes' })).toThrow(/SITE_TRUST_PROXY must be true or false/)
  })
})
