import http from 'node:http'

/**
 * A Meilisearch client's `httpClient` over kept-alive `node:http` connections: Node's fetch keeps connections alive
 * too, but stalls ≈ 40 ms per request against Meilisearch (STACK-NOTES.md), and closing the connection after each
 * request (the other clients' `Connection: close`) costs a connect per search. Answers Meilisearch's JSON; a refusal
 * is an error carrying Meilisearch's message and status (the client wraps it as a request error).
 */
export function keepAliveHttpClient(agent: http.Agent) {
  return (input: string | URL | Request, init: RequestInit = {}): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const headers: Record<string, string> = {}
      new Headers(init.headers).forEach((value, name) => (headers[name] = value))
      const body = typeof init.body === 'string' ? Buffer.from(init.body) : undefined
      if (body) headers['content-length'] = String(body.length)
      const url = input instanceof Request ? input.url : input
      const request = http.request(url, { agent, method: init.method ?? 'GET', headers, signal: init.signal ?? undefined }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('error', reject)
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          let parsed: unknown
          try {
            parsed = text === '' ? undefined : JSON.parse(text)
          } catch (error) {
            return reject(new Error(`Meilisearch answered ${response.statusCode} with a body that is not JSON`, { cause: error }))
          }
          const status = response.statusCode ?? 0
          if (status >= 200 && status < 300) return resolve(parsed)
          const message = (parsed as { message?: string } | undefined)?.message
          reject(Object.assign(new Error(`Meilisearch answered ${status}${message ? `: ${message}` : ''}`), { status, body: parsed }))
        })
      })
      request.on('error', reject)
      request.end(body)
    })
}
