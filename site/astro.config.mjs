// @ts-check
import node from '@astrojs/node'
import { defineConfig } from 'astro/config'

// The site is rendered on the server for every request: every page depends on who is looking.
// No client JavaScript is shipped; styles are external files so the CSP needs no 'unsafe-inline'.
export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  build: { inlineStylesheets: 'never' },
  // No image optimisation: the site renders no <Image>, and this keeps sharp out of the server bundle.
  image: { service: { entrypoint: 'astro/assets/services/noop' } },
  // The dev toolbar injects inline scripts, which the CSP blocks.
  devToolbar: { enabled: false },
  // checkOrigin (default true) rejects cross-site form POSTs (login, logout, language switch). Behind a reverse proxy
  // that terminates TLS, list the public host in `security.allowedDomains` so X-Forwarded-Host/-Proto are trusted;
  // otherwise the Origin (https://intranet…) does not match the request URL and every form POST answers 403.
  security: { checkOrigin: true },
  server: { host: '127.0.0.1', port: 4321 },
})
