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
  // Cross-site form posts are refused by src/middleware.ts against SITE_URL, read at runtime. Astro's own checkOrigin
  // compares the Origin with the URL the server sees (http://… behind a TLS proxy, so every form would answer 403),
  // and its `allowedDomains` would be baked into the build instead of following the container's SITE_URL.
  security: { checkOrigin: false },
  server: { host: '127.0.0.1', port: 4321 },
})
