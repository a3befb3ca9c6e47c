/** One generated HTTP request. `path` includes the query string, exactly as sent. */
export interface FuzzRequest {
  method: string
  path: string
  headers: Record<string, string>
  body?: string
}

/** How a failing request is printed: enough to repeat it with curl. */
export function describeRequest(request: FuzzRequest): string {
  const headers = Object.entries(request.headers)
    .map(([name, value]) => `${name}: ${name === 'authorization' || name === 'cookie' ? value.replace(/[\w-]{20,}/g, '<token>') : value}`)
    .join('; ')
  const body = request.body === undefined ? '' : ` body=${JSON.stringify(request.body.slice(0, 300))}`
  return `${request.method} ${request.path.slice(0, 400)} [${headers}]${body}`
}
