import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Repository root: runtime/src/env.ts → ../.. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export interface StackEnv {
  dataDir: string
  /** External servers: when set, nothing embedded is started for them. */
  databaseUri?: string
  meiliUrl?: string
  meiliMasterKey?: string
  payloadSecret?: string
  ports: { postgres: number; meili: number; cms: number; search: number; site: number }
}

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new Error(`${name}=${raw} is not a port number (1–65535)`)
  }
  return value
}

/** The environment of `npm start`, validated once. Defaults are the embedded ones from DESIGN.md. */
export function readStackEnv(env: NodeJS.ProcessEnv = process.env): StackEnv {
  return {
    dataDir: path.resolve(env.LOTSE_DATA_DIR || path.join(repoRoot, '.data')),
    databaseUri: env.DATABASE_URI || undefined,
    meiliUrl: env.MEILI_URL || undefined,
    meiliMasterKey: env.MEILI_MASTER_KEY || undefined,
    payloadSecret: env.PAYLOAD_SECRET || undefined,
    ports: {
      postgres: port(env, 'POSTGRES_PORT', 5433),
      meili: port(env, 'MEILI_PORT', 7700),
      cms: port(env, 'CMS_PORT', 3000),
      search: port(env, 'SEARCH_PORT', 3100),
      site: port(env, 'SITE_PORT', 4321),
    },
  }
}
