import { randomUUID } from 'node:crypto'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { refreshVocabulary } from '@lotse/search'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OrgUnit } from '../../src/payload-types.ts'
import { buildDocument, buildOrgUnit, buildUser } from './factories.ts'
import { getTestPayload } from './getTestPayload.ts'
import { loginAs } from './restClient.ts'
import { startSearchService, type SearchService } from './searchService.ts'

// "Did you mean": spelling suggestions come from the words of what every member of staff can find, so a suggestion
// never shows a word only a confidential or restricted document holds — not even to people who may read it.
let payload: Payload
let service: SearchService
let owner: OrgUnit
const tokens = { owner: '', other: '' }

/** A made-up German-looking word no other test uses (letters only: suggestions work on words). */
const madeUp = (stem: string) => `${stem}${randomUUID().replace(/-/g, '').slice(0, 10).replace(/[0-9a-f]/g, (c) => 'bdfghklmnprstvwz'[parseInt(c, 16)])}ung`
/** The word with one letter left out in its middle: a typical typo. */
const typo = (word: string) => word.slice(0, 8) + word.slice(9)

const pool = () => (payload.db as unknown as PostgresAdapter).pool
async function suggestions(who: keyof typeof tokens, q: string) {
  const { status, body } = await service.search(tokens[who], { q })
  expect(status).toBe(200)
  return { total: body.estimatedTotalHits, suggestions: (body as unknown as { suggestions: string[] }).suggestions }
}

const words = { public: madeUp('Dienstreise'), confidential: madeUp('Dienstreise'), restricted: madeUp('Dienstreise') }

beforeAll(async () => {
  payload = await getTestPayload()
  owner = await buildOrgUnit(payload)
  const other = await buildOrgUnit(payload)
  tokens.owner = await loginAs((await buildUser(payload, ['staff'], { orgUnit: owner.id })).email)
  tokens.other = await loginAs((await buildUser(payload, ['staff'], { orgUnit: other.id })).email)
  await buildDocument(payload, { ownerUnit: owner.id, title: `Regelung zur ${words.public}` })
  await buildDocument(payload, { ownerUnit: owner.id, title: `Vermerk zur ${words.confidential}`, classification: 'confidential' })
  await buildDocument(payload, { ownerUnit: owner.id, title: `Hinweis zur ${words.restricted}`, audienceUnits: [owner.id] })
  service = await startSearchService(payload)
  await service.worker.drain()
  await refreshVocabulary(pool())
}, 120_000)
afterAll(async () => {
  await service?.stop()
  await payload.destroy()
})

describe('spelling suggestions', () => {
  it('suggests the word of a document everyone can find for a misspelt query without hits', async () => {
    const answer = await suggestions('other', `Regelung ${typo(words.public)}`)
    expect(answer.suggestions).toContain(`Regelung ${words.public}`)
  })

  it('never suggests a word only a confidential or restricted document holds, to anyone', async () => {
    const vocabulary = await pool().query<{ term: string }>('SELECT term FROM search_vocabulary WHERE folded = ANY($1::text[])', [
      Object.values(words).map((word) => word.toLowerCase()),
    ])
    expect(vocabulary.rows.map((row) => row.term)).toEqual([words.public])
    for (const who of ['owner', 'other'] as const) {
      for (const hidden of [words.confidential, words.restricted]) {
        const answer = await suggestions(who, typo(hidden))
        expect(answer.suggestions.join(' ')).not.toContain(hidden)
      }
    }
  })

  it('leaves a query alone that finds enough or whose words are all known', async () => {
    const known = await suggestions('other', words.public)
    expect(known.total).toBe(1)
    expect(known.suggestions).toEqual([])
    const many = await suggestions('owner', 'Kurzfassung') // the summary of every test document
    expect(many.total).toBeGreaterThanOrEqual(3)
    expect(many.suggestions).toEqual([])
  })
})
