import { describe, expect, it } from 'vitest'
import { classifyJunk } from '../../src/classifyJunk.ts'

describe('classifyJunk', () => {
  it.each([
    ['~$Weisung.docx', 'Office lock file'],
    ['~$2. Ebene.docx', 'Office lock file'],
    ['.~lock.Weisung.odt#', 'LibreOffice lock file'],
    ['Thumbs.db', 'system file'],
    ['thumbs.db', 'system file'],
    ['ehthumbs.db', 'system file'],
    ['desktop.ini', 'system file'],
    ['Desktop.ini', 'system file'],
    ['.DS_Store', 'system file'],
    ['._Weisung.docx', 'macOS resource fork'],
    ['Verknüpfung mit Akten.lnk', 'shortcut'],
    ['Intranet.url', 'shortcut'],
    ['~WRL0001.tmp', 'temporary or backup file'],
    ['~DF3A1B.TMP', 'temporary or backup file'],
    ['Sicherungskopie von Weisung.wbk', 'temporary or backup file'],
    ['Weisung.asd', 'temporary or backup file'],
  ])('treats %s as junk (%s)', (name, reason) => {
    expect(classifyJunk(name, 100)).toBe(reason)
  })

  it('treats an empty file as junk', () => {
    expect(classifyJunk('Weisung.docx', 0)).toBe('empty file')
  })

  it('treats everything in a system folder as junk', () => {
    expect(classifyJunk('Weisung.docx', 100, ['Sozialamt', '$RECYCLE.BIN', 'S-1-5-21'])).toBe('in the system folder $RECYCLE.BIN')
    expect(classifyJunk('Weisung.docx', 100, ['__MACOSX', 'Sozialamt'])).toBe('in the system folder __MACOSX')
    expect(classifyJunk('Weisung.docx', 100, ['Sozialamt', 'Papierkorb-Regeln'])).toBeNull()
  })

  it.each(['Weisung 2024.docx', 'Arbeitshilfe_final_NEU.pdf', 'README', '~Tilde im Namen.docx', 'Temporäre Regelung.tmp.docx', 'Thumbs.db.docx', '.Vorlage.docx'])(
    'keeps %s',
    (name) => {
      expect(classifyJunk(name, 100)).toBeNull()
    },
  )
})
