import fs from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { ExtractionStore } from '../../src/import/ExtractionStore.ts'

describe('ExtractionStore', () => {
  it('gives back text and structure per path, and leaves nothing behind when closed', async () => {
    const store = await ExtractionStore.open()
    await store.put('Amt 50/Weisung.docx', { text: 'Fristen\n\nZwei Wochen.', blocks: [{ type: 'table', rows: [['Frist', 'Tage']] }] })
    await store.put('Amt 50/Ärger ü.pdf', { text: 'Beschwerde', blocks: [{ type: 'paragraph', text: 'Beschwerde' }] })
    expect(await store.get('Amt 50/Weisung.docx')).toEqual({ text: 'Fristen\n\nZwei Wochen.', blocks: [{ type: 'table', rows: [['Frist', 'Tage']] }] })
    expect(store.textOf('Amt 50/Ärger ü.pdf')).toBe('Beschwerde')
    await expect(store.get('Amt 51/fehlt.docx')).rejects.toThrow('No extraction stored for Amt 51/fehlt.docx')
    expect(await fs.readdir(store.dir)).toHaveLength(2)
    await store.close()
    await expect(fs.stat(store.dir)).rejects.toThrow('ENOENT')
  })
})
