import { describe, expect, it } from 'vitest'
import { classifyJunk } from '../../src/classifyJunk.ts'

describe('classifyJunk', () => {
  it.each(['~$Weisung.docx', 'Thumbs.db', 'desktop.ini', '.DS_Store', 'Verknüpfung mit Akten.lnk', '._Weisung.docx'])('treats %s as junk', (name) => {
    expect(classifyJunk(name, 100)).not.toBeNull()
  })

  it('treats an empty file as junk', () => {
    expect(classifyJunk('Weisung.docx', 0)).toBe('empty file')
  })

  it.each(['Weisung 2024.docx', 'Arbeitshilfe_final_NEU.pdf', 'README'])('keeps %s', (name) => {
    expect(classifyJunk(name, 100)).toBeNull()
  })
})
