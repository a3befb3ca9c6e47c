/**
 * The address a login comes from: the last `X-Forwarded-For` entry, which the nearest hop wrote — Next.js itself when
 * nobody forwarded (it fills in the socket address), the TLS proxy, or the site, which forwards its visitor's address.
 * The CMS port is published on loopback only (`npm start`, docker compose), so only those hops reach it; a CMS exposed
 * directly to the network would let callers choose their own address here.
 */
export function clientAddress(headers: Headers): string {
  const hops = headers.get('x-forwarded-for')?.split(',') ?? []
  return hops.at(-1)?.trim() || 'unknown'
}
