import { describe, expect, it } from 'vitest'
import { readEnv } from '../../src/env.ts'

describe('readEnv', () => {
  it('has working defaults', () => {
    expect(readEnv({})).toEqual({
      siteOrigin: 'http://127.0.0.1:4321',
      host: '127.0.0.1',
      port: 4321,
      cmsUrl: 'http://127.0.0.1:3000',
      searchUrl: 'http://127.0.0.1:3100',
      cookieSecure: 'auto',
      timeZone: 'Europe/Berlin',
      upstreamTimeoutMs: 5000,
      trustProxy: false,
      legacyDriveLabel: 'S:\\',
    })
  })

  it('takes the drive label of migrated paths from SITE_LEGACY_DRIVE_LABEL (empty: none)', () => {
    expect(readEnv({ SITE_LEGACY_DRIVE_LABEL: 'L:' }).legacyDriveLabel).toBe('L:')
    expect(readEnv({ SITE_LEGACY_DRIVE_LABEL: '' }).legacyDriveLabel).toBe('')
  })

  it('strips trailing slashes', () => {
    expect(readEnv({ CMS_URL: 'https://cms.example/base/', SEARCH_URL: 'http://s:1/' })).toMatchObject({
      cmsUrl: 'https://cms.example/base',
      searchUrl: 'http://s:1',
    })
  })

  it('takes the public origin from SITE_URL, and its default from PORT', () => {
    expect(readEnv({ SITE_URL: 'https://intranet.example/' }).siteOrigin).toBe('https://intranet.example')
    expect(readEnv({ PORT: '8080' }).siteOrigin).toBe('http://127.0.0.1:8080')
  })

  it.each([
    [{ SITE_URL: 'https://intranet.example/portal' }, /SITE_URL/],
    [{ SITE_URL: 'intranet.example' }, /SITE_URL/],
    [{ PORT: '80a' }, /PORT/],
    [{ CMS_URL: 'not a url' }, /CMS_URL/],
    [{ SEARCH_URL: 'ftp://x' }, /SEARCH_URL/],
    [{ SITE_COOKIE_SECURE: 'yes' }, /SITE_COOKIE_SECURE/],
    [{ SITE_TIME_ZONE: 'Mars/Olympus' }, /SITE_TIME_ZONE/],
    [{ SITE_UPSTREAM_TIMEOUT_MS: '5s' }, /SITE_UPSTREAM_TIMEOUT_MS/],
    [{ SITE_LEGACY_DRIVE_LABEL: 'S:\u0001Z' }, /SITE_LEGACY_DRIVE_LABEL/],
  ])('refuses %j with a message naming the variable', (source, message) => {
    expect(() => readEnv(source)).toThrow(message)
  })
})
