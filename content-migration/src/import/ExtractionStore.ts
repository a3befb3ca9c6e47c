import { readFileSync } from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Block } from '@lotse/extraction'

/** What the write step needs of a file's extraction. */
export interface StoredExtraction {
  text: string
  blocks: Block[]
}

/**
 * Extracted texts and structure wait on disk, not in memory, between extraction and writing: a drive of 100,000
 * files would otherwise hold every text at once (JavaScript strings take two bytes a character). Only small facts
 * (text key, OCR flag, title) stay in memory. The folder is private to this run and removed by `close()`.
 */
export class ExtractionStore {
  private readonly names = new Map<string, string>()

  private constructor(readonly dir: string) {}

  static async open(): Promise<ExtractionStore> {
    return new ExtractionStore(await fs.mkdtemp(path.join(os.tmpdir(), 'lotse-import-')))
  }

  async put(file: string, extraction: StoredExtraction): Promise<void> {
    const name = path.join(this.dir, `${this.names.size}.json`)
    this.names.set(file, name)
    await fs.writeFile(name, JSON.stringify({ text: extraction.text, blocks: extraction.blocks }), { mode: 0o600 })
  }

  async get(file: string): Promise<StoredExtraction> {
    return JSON.parse(await fs.readFile(this.nameOf(file), 'utf8')) as StoredExtraction
  }

  /** The text, read synchronously (grouping compares the texts of the few files whose names make them versions). */
  textOf(file: string): string {
    return (JSON.parse(readFileSync(this.nameOf(file), 'utf8')) as StoredExtraction).text
  }

  async close(): Promise<void> {
    await fs.rm(this.dir, { recursive: true, force: true })
  }

  private nameOf(file: string): string {
    const name = this.names.get(file)
    if (!name) throw new Error(`No extraction stored for ${file}`)
    return name
  }
}
