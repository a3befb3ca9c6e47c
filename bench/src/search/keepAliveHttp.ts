import http from 'node:http'

export interface HttpAnswer {
  status: number
  text: string
}

/**
 * One HTTP request over a keep-alive agent (Node's fetch stalls ≈ 40 ms per request on a kept-alive connection, see
 * STACK-NOTES.md): the load generator measures the servers, not a client artefact.
 */
export function keepAliveRequest(agent: http.Agent, url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const body = init.body === undefined ? undefined : Buffer.from(init.body)
    const request = http.request(
      url,
      { agent, method: init.method ?? 'GET', headers: { ...init.headers, ...(body && { 'Content-Type': 'application/json', 'Content-Length': String(body.length) }) } },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }))
        response.on('error', reject)
      },
    )
    request.on('error', reject)
    request.end(body)
  })
}

export const keepAliveAgent = (sockets: number) => new http.Agent({ keepAlive: true, maxSockets: sockets })
