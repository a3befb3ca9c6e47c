import { randomUUID } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { payloadConfig, runMigrations } from '@lotse/cms/migration'
import * as cms from '@lotse/cms/migration'
import { getPayload, type Payload } from 'payload'
import { inject } from 'vitest'
import type { ImportOptions } from '../../../src/import/ImportOptions.ts'
import { runImport, type Connected, type ImportProgress } from '../../../src/import/runImport.ts'

export const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`

let ready: Promise<Payload> | undefined
/** Payload on the integration database, migrated like production; one per test file (Vitest isolates modules). */
export const testPayload = () =>
  (ready ??= getPayload({ config: payloadConfig }).then(async (payload) => {
    await runMigrations(payload)
    payload.logger.level = 'warn'
    return payload
  }))

export const silent: ImportProgress = { phase: () => undefined, step: () => undefined, end: () => undefined }

/** Runs `import` in this process against the test database, as the CLI does against the stack's. */
export async function importDrive(dir: string, options: Partial<ImportOptions> = {}, searchUrl = 'http://127.0.0.1:9') {
  const payload = await testPayload()
  const connect = async (): Promise<Connected> => ({
    payload,
    cms,
    connection: { databaseUri: inject('databaseUri'), payloadSecret: process.env.PAYLOAD_SECRET!, searchUrl },
  })
  return runImport({ dir, mapping: null, status: null, approvedBy: null, report: null, dryRun: false, concurrency: 2, ...options }, silent, connect)
}

export async function tempDir(prefix: string): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), `lotse-${prefix}-`))
}

/** Sets a file's modification time (versions are ordered by it). */
export const touch = (file: string, iso: string) => fs.utimes(file, new Date(iso), new Date(iso))
