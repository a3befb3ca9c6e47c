/** Variables that carry secrets: a child gets one only when it needs it, never by inheriting the supervisor's environment. */
const SECRETS = ['DATABASE_URI', 'PAYLOAD_SECRET', 'MEILI_MASTER_KEY', 'POSTGRES_PASSWORD'] as const

export interface StackConnections {
  databaseUri: string
  meiliUrl: string
  meiliMasterKey: string
  payloadSecret: string
  urls: { cms: string; search: string; site: string }
  ports: { cms: number; search: number; site: number }
  /** Seed demo content (the embedded default only). */
  demo: boolean
}

/**
 * The environment of each process of the stack. The cms (and its database preparation) gets the database and the
 * Payload secret; the search service the database (outbox) and the Meilisearch master key (it writes the index and
 * derives the search-only key its API uses); the site only the URLs it calls.
 */
export function serviceEnvironments(base: NodeJS.ProcessEnv, stack: StackConnections) {
  const shared: NodeJS.ProcessEnv = {
    ...withoutSecrets(base),
    CMS_URL: stack.urls.cms,
    SEARCH_URL: stack.urls.search,
    SITE_URL: stack.urls.site,
    NODE_ENV: 'production',
  }
  const cms = {
    ...shared,
    DATABASE_URI: stack.databaseUri,
    PAYLOAD_SECRET: stack.payloadSecret,
    CMS_PORT: String(stack.ports.cms),
    // Demo content belongs to the embedded default only, never to a real database.
    LOTSE_DEMO: stack.demo ? 'true' : 'false',
  }
  return {
    cms,
    search: {
      ...shared,
      DATABASE_URI: stack.databaseUri,
      MEILI_URL: stack.meiliUrl,
      MEILI_MASTER_KEY: stack.meiliMasterKey,
      SEARCH_PORT: String(stack.ports.search),
    },
    site: { ...shared, HOST: '127.0.0.1', PORT: String(stack.ports.site), SITE_PORT: String(stack.ports.site) },
  }
}

/** `env` without the variables that carry secrets (e.g. for builds, which read none). */
export function withoutSecrets(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env }
  for (const name of SECRETS) delete copy[name]
  return copy
}
