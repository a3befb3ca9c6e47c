import http from 'node:http'
import { getEnv } from './env.ts'
import { SECURITY_HEADERS } from './lib/securityHeaders.ts'

/**
 * Starts the built site (`npm run build` → dist/server/entry.mjs) behind one listener that puts the security headers on
 * every response. The adapter serves /_astro assets and public/ files itself, before any Astro middleware runs, so
 * without this they would go out without `nosniff`; rendered pages set the same headers again in src/middleware.ts.
 * Run by Node itself (`node src/server.ts`, type stripping), so this file and what it imports stay plain TypeScript.
 */
const { host, port } = getEnv()
process.env.ASTRO_NODE_AUTOSTART = 'disabled'
const { handler } = (await import(new URL('../dist/server/entry.mjs', import.meta.url).href)) as { handler: http.RequestListener }

http
  .createServer((request, response) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value)
    handler(request, response)
  })
  .listen(port, host, () => console.log(`[site] listening on http://${host}:${port} (public address ${getEnv().siteOrigin})`))
