import { beforeAll, describe, expect, inject, it } from 'vitest'

const { cmsUrl, searchUrl, siteUrl } = inject('stack')

async function login(role: string): Promise<string> {
  const response = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `${role}@demo.lotse`, password: 'lotse-demo' }),
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { token: string }).token
}

async function cms(token: string, method: string, path: string, data?: Record<string, unknown>) {
  const response = await fetch(`${cmsUrl}/api/${path}`, {
    method,
    headers: { 'content-type': 'application/json', Authorization: `JWT ${token}` },
    body: data && JSON.stringify(data),
  })
  const body = (await response.json()) as { doc?: { id: string | number }; user?: { orgUnit: number | { id: number } } }
  expect(response.status, `${method} ${path}: ${JSON.stringify(body).slice(0, 300)}`).toBeLessThan(300)
  return body
}

/** An editor writes a draft for their unit; it is saved (and, unless `submit` is false, submitted for review). */
async function draftDocument(data: Record<string, unknown>, submit = true): Promise<string> {
  const { user } = await cms(editor, 'GET', 'users/me')
  const ownerUnit = typeof user!.orgUnit === 'object' ? user!.orgUnit.id : user!.orgUnit
  const { doc } = await cms(editor, 'POST', 'documents?draft=true', { ...data, ownerUnit })
  if (submit) await cms(editor, 'PATCH', `documents/${doc!.id}?draft=true`, { workflowStatus: 'in-review' })
  return String(doc!.id)
}

const search = (token: string | undefined, query: string) =>
  fetch(`${searchUrl}/search?${query}`, { headers: token ? { Authorization: `JWT ${token}` } : {} })

async function findIds(token: string, q: string): Promise<string[]> {
  const response = await search(token, `q=${encodeURIComponent(q)}`)
  expect(response.status).toBe(200)
  return ((await response.json()) as { hits: Array<{ id: string }> }).hits.map((hit) => hit.id)
}

let editor: string
let manager: string
let staff: string
beforeAll(async () => {
  ;[editor, manager, staff] = await Promise.all([login('editor'), login('manager'), login('staff')])
})

describe('the thin slice: CMS → outbox → Meilisearch → search API → site', () => {
  it('finds a document approved over REST within 2 s and shows it on the site', async () => {
    const title = `Weisung Rufbereitschaft ${Date.now()}`
    const id = await draftDocument({
      title,
      summary: 'Regelt die Rufbereitschaft am Wochenende.',
      kind: 'directive',
      body: { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [
        { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, children: [
          { type: 'text', version: 1, text: 'Die Rufbereitschaft beginnt freitags um 16 Uhr.', format: 0, detail: 0, mode: 'normal', style: '' },
        ] },
      ] } },
    })
    // Four eyes: the manager of the editor's unit publishes what the editor submitted.
    await cms(manager, 'PATCH', `documents/${id}`, { workflowStatus: 'published', _status: 'published' })

    const published = Date.now()
    let ids: string[] = []
    while (!ids.includes(id) && Date.now() - published < 2000) {
      ids = await findIds(staff, 'Rufbereitschaft')
      if (!ids.includes(id)) await new Promise((resolve) => setTimeout(resolve, 50))
    }
    console.log(`publish → searchable: ${Date.now() - published} ms`)
    expect(ids).toContain(id)

    const page = await fetch(`${siteUrl}/documents/${id}`, { headers: { cookie: `payload-token=${staff}` } })
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain(title)
    expect(html).toContain('Die Rufbereitschaft beginnt freitags um 16 Uhr.')
  })

  it('never finds a draft', async () => {
    const word = `Entwurfsgeheimnis${Date.now()}`
    await draftDocument({ title: `Entwurf ${word}`, kind: 'policy' })
    await new Promise((resolve) => setTimeout(resolve, 1000))
    expect(await findIds(editor, word)).toEqual([])
  })
})

describe('search API contract', () => {
  it('answers anonymous callers with 401', async () => {
    expect((await search(undefined, 'q=a')).status).toBe(401)
    expect((await search('not-a-token', 'q=a')).status).toBe(401)
  })

  it('answers in the documented shape', async () => {
    const body = (await (await search(staff, 'q=Arbeitszeit&limit=5')).json()) as { hits: object[] }
    // `searchId` names the recorded search, for click analytics (POST /analytics/clicks); `suggestions` are spelling
    // corrections when a query finds no or few documents (empty otherwise).
    expect(Object.keys(body).sort()).toEqual(['estimatedTotalHits', 'facets', 'hits', 'processingTimeMs', 'searchId', 'suggestions'])
    // The demo content has documents on working time: without hits the shape of a hit would go unchecked.
    expect(body.hits.length).toBeGreaterThan(0)
    for (const hit of body.hits) expect(Object.keys(hit).sort()).toEqual(['attachment', 'id', 'kind', 'orgUnit', 'snippet', 'sourcePath', 'status', 'title', 'url', 'validFrom'])
  })

  it.each(['limit=100000&q=a', `q=${'a'.repeat(20000)}`, 'kind=nonsense&q=a', 'offset=-1&q=a', 'q=a&filter=status%20%3D%20draft'])(
    'refuses bad input %s with 400 and a message',
    async (query) => {
      const response = await search(staff, query.slice(0, 8000))
      expect(response.status).toBe(400)
      expect(await response.json()).toMatchObject({ error: { code: 'INVALID_QUERY', message: expect.any(String) } })
    },
  )

  it('reports Postgres, Meilisearch and outbox lag on /health', async () => {
    const health = await (await fetch(`${searchUrl}/health`)).json()
    expect(health).toMatchObject({ status: 'ok', meilisearch: 'up', postgres: 'up', outbox: { pending: expect.any(Number), lagMs: expect.any(Number) } })
  })
})
