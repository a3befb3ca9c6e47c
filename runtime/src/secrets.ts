import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

export interface LocalSecrets {
  payloadSecret: string
  meiliMasterKey: string
  postgresPassword: string
}

/** The embedded default's secrets, or undefined when `npm start` has not run with this data directory yet. */
export async function loadSecrets(dataDir: string): Promise<LocalSecrets | undefined> {
  return fs.readFile(path.join(dataDir, 'secrets.json'), 'utf8').then((text) => JSON.parse(text) as LocalSecrets, () => undefined)
}

/** Secrets of the embedded default, generated on first start and kept (mode 0600) in the data directory. */
export async function loadOrCreateSecrets(dataDir: string): Promise<LocalSecrets> {
  const file = path.join(dataDir, 'secrets.json')
  const existing = await loadSecrets(dataDir)
  if (existing) return existing
  const secrets: LocalSecrets = {
    payloadSecret: randomBytes(32).toString('hex'),
    meiliMasterKey: randomBytes(24).toString('base64url'),
    postgresPassword: randomBytes(18).toString('base64url'),
  }
  await fs.mkdir(dataDir, { recursive: true })
  await fs.writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  return secrets
}
