import { pbkdf2, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

const pbkdf2Async = promisify(pbkdf2)

// Payload 3's stored password formats (its own check is not exported): the current one is marked by this prefix,
// older hashes are still accepted at login. A changed format fails the current-password tests at once.
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'
const CURRENT = { iterations: 600_000, keyLength: 32 }
const LEGACY = { iterations: 25_000, keyLength: 512 }

export interface StoredPassword {
  hash?: unknown
  salt?: unknown
}

/** Stands in for an account that does not exist, so checking a password costs the same whether it exists or not. */
export const DECOY_PASSWORD: StoredPassword = { hash: `${CURRENT_PREFIX}${'00'.repeat(CURRENT.keyLength)}`, salt: 'decoy' }

/** Whether `password` is the one stored as Payload's salted PBKDF2 hash; compares in constant time. */
export async function verifyPassword(password: string, stored: StoredPassword): Promise<boolean> {
  if (typeof stored.hash !== 'string' || typeof stored.salt !== 'string') return false
  const current = stored.hash.startsWith(CURRENT_PREFIX)
  const { iterations, keyLength } = current ? CURRENT : LEGACY
  const expected = Buffer.from(current ? stored.hash.slice(CURRENT_PREFIX.length) : stored.hash, 'hex')
  const actual = await pbkdf2Async(password, stored.salt, iterations, keyLength, 'sha256')
  return expected.length === actual.length && timingSafeEqual(expected, actual)
}
