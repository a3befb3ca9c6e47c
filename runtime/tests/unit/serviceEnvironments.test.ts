import { describe, expect, it } from 'vitest'
import { serviceEnvironments } from '../../src/serviceEnvironments.ts'

const SECRET_NAMES = ['DATABASE_URI', 'PAYLOAD_SECRET', 'MEILI_MASTER_KEY', 'POSTGRES_PASSWORD']
// A shell that exported every secret (an external database, say): none of it may leak to a child by inheritance.
const shell = { PATH: '/usr/bin', HOME: '/root', DATABASE_URI: 'postgres://x:pw@db/lotse', PAYLOAD_SECRET: 'ps', MEILI_MASTER_KEY: 'mk', POSTGRES_PASSWORD: 'pw' }
const env = serviceEnvironments(shell, {
  databaseUri: 'postgres://postgres:pw@127.0.0.1:5433/lotse',
  meiliUrl: 'http://127.0.0.1:7700',
  meiliMasterKey: 'master',
  payloadSecret: 'payload',
  urls: { cms: 'http://127.0.0.1:3000', search: 'http://127.0.0.1:3100', site: 'http://127.0.0.1:4321' },
  ports: { cms: 3000, search: 3100, site: 4321 },
  demo: true,
})
const secretsOf = (childEnv: NodeJS.ProcessEnv) => SECRET_NAMES.filter((name) => childEnv[name] !== undefined)

describe('serviceEnvironments: each process gets only the secrets it needs', () => {
  it('gives the site no secret at all, only the URLs it calls', () => {
    expect(secretsOf(env.site)).toEqual([])
    expect(env.site).toMatchObject({ CMS_URL: 'http://127.0.0.1:3000', SEARCH_URL: 'http://127.0.0.1:3100', PORT: '4321', PATH: '/usr/bin' })
  })

  it('gives the cms the database and the Payload secret, but not the Meilisearch key', () => {
    expect(secretsOf(env.cms)).toEqual(['DATABASE_URI', 'PAYLOAD_SECRET'])
    expect(env.cms).toMatchObject({ DATABASE_URI: 'postgres://postgres:pw@127.0.0.1:5433/lotse', PAYLOAD_SECRET: 'payload' })
  })

  it('gives the search service the database and the Meilisearch key, but not the Payload secret', () => {
    expect(secretsOf(env.search)).toEqual(['DATABASE_URI', 'MEILI_MASTER_KEY'])
    expect(env.search).toMatchObject({ MEILI_MASTER_KEY: 'master', MEILI_URL: 'http://127.0.0.1:7700' })
  })
})
