/** The search service's environment, validated once. */
export interface SearchEnv {
  databaseUri: string
  meiliUrl: string
  meiliMasterKey: string
  cmsUrl: string
  port: number
  host: string
  indexUid: string
  /** Days search analytics are kept (`SEARCH_ANALYTICS_RETENTION_DAYS`, default 90). */
  analyticsRetentionDays: number
}

export function readSearchEnv(env: NodeJS.ProcessEnv = process.env): SearchEnv {
  const missing = ['DATABASE_URI', 'MEILI_URL', 'MEILI_MASTER_KEY'].filter((name) => !env[name])
  if (missing.length) {
    throw new Error(`search: missing environment variable(s) ${missing.join(', ')} — see search/.env.example`)
  }
  const port = Number(env.SEARCH_PORT || 3100)
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`search: SEARCH_PORT=${env.SEARCH_PORT} is not a port number`)
  const retention = Number(env.SEARCH_ANALYTICS_RETENTION_DAYS || 90)
  if (!Number.isInteger(retention) || retention < 1) throw new Error(`search: SEARCH_ANALYTICS_RETENTION_DAYS=${env.SEARCH_ANALYTICS_RETENTION_DAYS} is not a whole number of days (1 or more)`)
  return {
    analyticsRetentionDays: retention,
    databaseUri: env.DATABASE_URI!,
    meiliUrl: env.MEILI_URL!,
    meiliMasterKey: env.MEILI_MASTER_KEY!,
    cmsUrl: (env.CMS_URL || 'http://127.0.0.1:3000').replace(/\/$/, ''),
    port,
    host: env.SEARCH_HOST || '127.0.0.1',
    indexUid: env.MEILI_INDEX || 'documents',
  }
}
