/**
 * The address of the person behind a request, which the CMS throttles failed logins by. Behind a trusted reverse proxy
 * (SITE_TRUST_PROXY) it is the last X-Forwarded-For entry: the one the proxy appended itself, while earlier entries are
 * whatever the client sent. Otherwise the connection's own address, and a sent X-Forwarded-For is ignored.
 */
export function visitorAddress(headers: Headers, connectionAddress: string, trustProxy: boolean): string {
  if (!trustProxy) return connectionAddress
  const appended = (headers.get('x-forwarded-for') ?? '').split(',').map((entry) => entry.trim()).filter(Boolean).at(-1)
  return appended ?? connectionAddress
}
