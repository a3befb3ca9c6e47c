import { describe, expect, it } from 'vitest'
import { CmsError } from '../../src/CmsError.ts'
import { readEnv } from '../../src/readEnv.ts'

const valid = { DATABASE_URI: 'postgres://lotse:secret@127.0.0.1:5433/lotse', PAYLOAD_SECRET: 'x'.repeat(32) }

describe('readEnv', () => {
  it('reads a complete environment and normalises the optional URLs to origins', () => {
    expect(readEnv({ ...valid, CMS_PUBLIC_URL: 'http://127.0.0.1:3000/', SITE_URL: 'http://127.0.0.1:4321/start', LOTSE_DEMO: 'true' })).toEqual({
      databaseUri: valid.DATABASE_URI,
      payloadSecret: valid.PAYLOAD_SECRET,
      cmsPublicUrl: 'http://127.0.0.1:3000',
      siteUrl: 'http://127.0.0.1:4321',
      demo: true,
      trustedOrigins: expect.any(Array),
    })
  })

  it('always trusts the admin’s own origin and the site’s for the login cookie, under each loopback name', () => {
    expect(readEnv(valid).trustedOrigins).toEqual(['http://127.0.0.1:3000', 'http://localhost:3000', 'http://[::1]:3000'])
    expect(readEnv({ ...valid, CMS_PORT: '3010', SITE_URL: 'http://localhost:4330' }).trustedOrigins).toEqual([
      'http://127.0.0.1:3010',
      'http://localhost:3010',
      'http://[::1]:3010',
      'http://127.0.0.1:4330',
      'http://localhost:4330',
      'http://[::1]:4330',
    ])
    expect(readEnv({ ...valid, CMS_PUBLIC_URL: 'https://cms.intranet.example/', SITE_URL: 'https://lotse.intranet.example' }).trustedOrigins).toEqual([
      'https://cms.intranet.example',
      'https://lotse.intranet.example',
    ])
  })

  it('leaves the optional settings off when they are missing', () => {
    expect(readEnv(valid)).toMatchObject({ cmsPublicUrl: undefined, siteUrl: undefined, demo: false })
  })

  it('reports every problem at once, with a stable code', () => {
    const attempt = () => readEnv({ DATABASE_URI: 'mysql://nope', PAYLOAD_SECRET: 'short', SITE_URL: 'not a url' })
    expect(attempt).toThrow(CmsError)
    expect(attempt).toThrow(expect.objectContaining({ code: 'ENV_INVALID' }))
    expect(attempt).toThrow(/DATABASE_URI[\s\S]*PAYLOAD_SECRET[\s\S]*SITE_URL/)
  })
})
