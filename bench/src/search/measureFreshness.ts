import type http from 'node:http'
import { keepAliveRequest } from './keepAliveHttp.ts'

interface Stack {
  cmsUrl: string
  searchUrl: string
  tokens: { editor: string; manager: string; staff: string }
  agent: http.Agent
}

/** A word no other document holds: "Frischeprobe" and letters for the run and the number. */
const uniqueWord = (run: number, n: number) => `Frischeprobe${(run * 1000 + n).toString(26).replace(/\d/g, (digit) => 'qrstuvwxyz'[Number(digit)])}`

/**
 * Freshness as a reader sees it: an editor's draft is submitted, then the unit's manager publishes it through the CMS
 * REST API (four eyes), and a staff member searches for its unique word every 10 ms until it is found. Returns, per
 * publish, the milliseconds from sending the publish request until the document was found, and until the CMS answered.
 */
export async function measureFreshness(stack: Stack, publishes: number): Promise<{ visibleMs: number[]; publishRequestMs: number[] }> {
  const cms = async (token: string, method: string, path: string, data?: object) => {
    const answer = await keepAliveRequest(stack.agent, `${stack.cmsUrl}/api/${path}`, { method, headers: { Authorization: `JWT ${token}` }, body: data && JSON.stringify(data) })
    if (answer.status >= 300) throw new Error(`${method} ${path} answered ${answer.status}: ${answer.text.slice(0, 300)}`)
    return JSON.parse(answer.text) as { doc?: { id: number }; user?: { orgUnit: number | { id: number } } }
  }
  const { user } = await cms(stack.tokens.editor, 'GET', 'users/me')
  const ownerUnit = typeof user!.orgUnit === 'object' ? user!.orgUnit.id : user!.orgUnit
  const run = Math.floor(Date.now() / 1000) % 100_000
  const visibleMs: number[] = []
  const publishRequestMs: number[] = []
  for (let n = 0; n < publishes; n++) {
    const word = uniqueWord(run, n)
    const { doc } = await cms(stack.tokens.editor, 'POST', 'documents?draft=true', { title: `Mitteilung ${word}`, summary: `Kurzer Hinweis zur ${word}.`, kind: 'news', ownerUnit })
    const id = String(doc!.id)
    await cms(stack.tokens.editor, 'PATCH', `documents/${id}?draft=true`, { workflowStatus: 'in-review' })
    const sent = performance.now()
    await cms(stack.tokens.manager, 'PATCH', `documents/${id}`, { workflowStatus: 'published', _status: 'published' })
    publishRequestMs.push(performance.now() - sent)
    for (;;) {
      const answer = await keepAliveRequest(stack.agent, `${stack.searchUrl}/search?q=${encodeURIComponent(word)}`, { headers: { Authorization: `JWT ${stack.tokens.staff}` } })
      if (answer.status !== 200) throw new Error(`search answered ${answer.status}: ${answer.text.slice(0, 300)}`)
      if ((JSON.parse(answer.text) as { hits: { id: string }[] }).hits.some((hit) => hit.id === id)) break
      if (performance.now() - sent > 30_000) throw new Error(`document ${id} was not found within 30 s of publishing it`)
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    visibleMs.push(performance.now() - sent)
  }
  return { visibleMs, publishRequestMs }
}
