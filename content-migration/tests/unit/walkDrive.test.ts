import { execFileSync, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { walkDrive, type DriveFile, type WalkProgress } from '../../src/steps/walkDrive.ts'

const sha256 = (content: string | Buffer) => createHash('sha256').update(content).digest('hex')
let root: string
let outside: string
const write = async (relative: string, content: string | Buffer) => {
  await fs.mkdir(path.dirname(path.join(root, relative)), { recursive: true })
  await fs.writeFile(path.join(root, relative), content)
}
const byPath = (files: DriveFile[], relative: string) => {
  const file = files.find((candidate) => candidate.path === relative)
  if (!file) throw new Error(`${relative} is missing from ${files.map((candidate) => candidate.path).join(', ')}`)
  return file
}

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'lotse-walk-'))
  outside = await fs.mkdtemp(path.join(os.tmpdir(), 'lotse-outside-'))
  await fs.writeFile(path.join(outside, 'geheim.txt'), 'outside the drive')
})
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true })
  await fs.rm(outside, { recursive: true, force: true })
})

describe('walkDrive', () => {
  it('lists, hashes and classifies every file, sorted by path', async () => {
    await write('Sozialamt/Weisungen/Bürgergeld.txt', 'Bürgergeld ab 2024')
    await write('Sozialamt/Weisungen/~$rgergeld.docx', 'lock')
    await write('Sozialamt/Arbeitshilfen/Wohngeld mit Leerzeichen  .md', '# Wohngeld')
    await write('Sozialamt/leer.docx', '')
    await write('Thumbs.db', 'x')
    await write('a.txt', 'a')
    const mtime = new Date('2019-03-01T10:00:00Z')
    await fs.utimes(path.join(root, 'a.txt'), mtime, mtime)

    const files = await walkDrive(root)
    expect(files.map((file) => file.path)).toEqual([
      'Sozialamt/Arbeitshilfen/Wohngeld mit Leerzeichen  .md',
      'Sozialamt/Weisungen/Bürgergeld.txt',
      'Sozialamt/Weisungen/~$rgergeld.docx',
      'Sozialamt/leer.docx',
      'Thumbs.db',
      'a.txt',
    ])
    const realRoot = await fs.realpath(root)
    expect(byPath(files, 'Sozialamt/Weisungen/Bürgergeld.txt')).toEqual({
      path: 'Sozialamt/Weisungen/Bürgergeld.txt',
      absolutePath: path.join(realRoot, 'Sozialamt/Weisungen/Bürgergeld.txt'),
      name: 'Bürgergeld.txt',
      size: Buffer.byteLength('Bürgergeld ab 2024'),
      mtime: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      sha256: sha256('Bürgergeld ab 2024'),
      junk: null,
      problem: null,
    })
    expect(byPath(files, 'a.txt').mtime).toBe('2019-03-01T10:00:00.000Z')
    expect(Object.fromEntries(files.map((file) => [file.name, file.junk]))).toMatchObject({
      '~$rgergeld.docx': 'Office lock file',
      'leer.docx': 'empty file',
      'Thumbs.db': 'system file',
      'Bürgergeld.txt': null,
    })
    expect(byPath(files, 'Sozialamt/leer.docx').sha256).toBe(sha256(''))
    expect(await walkDrive(root)).toEqual(files)
  })

  it('reports links as problems and reads nothing outside the root', async () => {
    await write('Weisungen/echt.txt', 'drinnen')
    await fs.symlink(outside, path.join(root, 'Weisungen', 'link-nach-aussen'))
    await fs.symlink(path.join(outside, 'geheim.txt'), path.join(root, 'geheim.txt'))
    await fs.symlink(path.join(root, 'Weisungen', 'echt.txt'), path.join(root, 'link-nach-innen.txt'))
    await fs.symlink('/nonexistent/target', path.join(root, 'kaputt.lnk.txt'))

    const files = await walkDrive(root)
    expect(files.map((file) => [file.path, file.problem, file.sha256])).toEqual([
      ['Weisungen/echt.txt', null, sha256('drinnen')],
      ['Weisungen/link-nach-aussen', 'symbolic link, not followed', null],
      ['geheim.txt', 'symbolic link, not followed', null],
      ['kaputt.lnk.txt', 'symbolic link, not followed', null],
      ['link-nach-innen.txt', 'symbolic link, not followed', null],
    ])
    expect(files.some((file) => file.absolutePath.startsWith(outside))).toBe(false)
  })

  it('walks a root reached through a link, below its real path', async () => {
    await write('Amt 50/Weisung.txt', 'Weisung')
    const link = path.join(outside, 'laufwerk-s')
    await fs.symlink(root, link)
    const files = await walkDrive(path.join(link, '.'))
    expect(files).toEqual([expect.objectContaining({ path: 'Amt 50/Weisung.txt', absolutePath: path.join(await fs.realpath(root), 'Amt 50/Weisung.txt') })])
  })

  it('decodes names that are not UTF-8 as Windows-1252 and opens them through their bytes', async () => {
    const folder = Buffer.from('Ordner ', 'latin1')
    await fs.mkdir(Buffer.concat([Buffer.from(root + '/'), folder, Buffer.from([0xc4, 0x6d, 0x74, 0x65, 0x72])])) // "Ordner Ämter"
    const name = Buffer.concat([Buffer.from(root + '/'), folder, Buffer.from([0xc4, 0x6d, 0x74, 0x65, 0x72, 0x2f]), Buffer.from([0x42, 0xfc, 0x72, 0x6f, 0x20, 0x80, 0x2e, 0x74, 0x78, 0x74])])
    await fs.writeFile(name, 'Büro €')

    const [file] = await walkDrive(root)
    expect(file).toMatchObject({ path: 'Ordner Ämter/Büro €.txt', name: 'Büro €.txt', sha256: sha256('Büro €'), problem: null })
    expect(file.rawPath).toBeInstanceOf(Buffer)
    expect(await fs.readFile(file.rawPath!, 'utf8')).toBe('Büro €')
  })

  it('gives decomposed umlauts an NFC path and keeps the real name to open', async () => {
    await write('Kämmerei/Gebührensatzung.txt'.normalize('NFD'), 'Gebühren')
    const [file] = await walkDrive(root)
    expect(file.path).toBe('Kämmerei/Gebührensatzung.txt'.normalize('NFC'))
    expect(file.name).toBe('Gebührensatzung.txt'.normalize('NFC'))
    expect(file.rawPath).toBeUndefined()
    expect(await fs.readFile(file.absolutePath, 'utf8')).toBe('Gebühren')
  })

  it('keeps both files when two names meet after normalisation or decoding', async () => {
    await write('Ämter.txt'.normalize('NFC'), 'composed')
    await write('Ämter.txt'.normalize('NFD'), 'decomposed')
    await fs.writeFile(Buffer.concat([Buffer.from(root + '/'), Buffer.from([0xc4]), Buffer.from('mter.txt')]), 'windows-1252')
    const files = await walkDrive(root)
    expect(files).toHaveLength(3)
    expect(new Set(files.map((file) => file.path)).size).toBe(3)
    expect(files.map((file) => file.path)).toContain('Ämter.txt'.normalize('NFC'))
    for (const file of files) expect(await fs.readFile(file.rawPath ?? file.absolutePath, 'utf8')).toMatch(/composed|windows-1252/)
  })

  it('handles long names and deep paths, and reports a path too long for the system', async () => {
    const long = 'Sehr langer Ordnername mit Umlauten äöü '.repeat(5).slice(0, 180)
    await write(`${long}/${long}/${long}/${'ä'.repeat(120)}.txt`, 'tief')
    const cwd = process.cwd()
    try {
      // Deeper than PATH_MAX (4096 bytes): only reachable step by step, as a drive copied from Windows can be.
      process.chdir(root)
      await fs.mkdir('tief')
      process.chdir('tief')
      for (let depth = 0; depth < 24; depth++) {
        await fs.mkdir('x'.repeat(200))
        process.chdir('x'.repeat(200))
      }
      await fs.writeFile('unerreichbar.txt', 'zu tief')
    } finally {
      process.chdir(cwd)
    }
    const files = await walkDrive(root)
    expect(byPath(files, `${long}/${long}/${long}/${'ä'.repeat(120)}.txt`).sha256).toBe(sha256('tief'))
    const tooDeep = files.filter((file) => file.path.startsWith('tief/'))
    expect(tooDeep).toHaveLength(1)
    expect(tooDeep[0].problem).toMatch(/too long/)
    await fs.rm(root, { recursive: true, force: true }).catch(() => execFileSync('rm', ['-rf', root]))
  })

  it('reports files over the size limit without reading them', async () => {
    await write('gross.pdf', Buffer.alloc(5000, 1))
    await write('klein.pdf', Buffer.alloc(100, 1))
    const files = await walkDrive(root, undefined, { maxBytes: 1000 })
    expect(byPath(files, 'gross.pdf')).toMatchObject({ size: 5000, sha256: null, problem: 'too large: 5 KB (the limit is 1 KB)' })
    expect(byPath(files, 'klein.pdf').problem).toBeNull()
  })

  it('reports a named pipe instead of hanging on it', async () => {
    execFileSync('mkfifo', [path.join(root, 'pipe.docx')])
    const files = await walkDrive(root)
    expect(files).toEqual([expect.objectContaining({ path: 'pipe.docx', sha256: null, problem: 'a named pipe, not read' })])
  })

  it('reports unreadable files and folders per entry and goes on', async () => {
    await write('offen.txt', 'offen')
    await write('gesperrt.txt', 'gesperrt')
    await write('Gesperrter Ordner/drin.txt', 'drin')
    await fs.chmod(path.join(root, 'gesperrt.txt'), 0o000)
    await fs.chmod(path.join(root, 'Gesperrter Ordner'), 0o000)
    await fs.chmod(root, 0o755)
    let files: DriveFile[]
    if (process.getuid?.() === 0) {
      // root reads everything: walk as nobody in a child process, as a service account without rights would.
      const walker = fileURLToPath(new URL('../../src/steps/walkDrive.ts', import.meta.url))
      const script = `import { walkDrive } from ${JSON.stringify(walker)}; console.log(JSON.stringify(await walkDrive(${JSON.stringify(root)})))`
      const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { uid: 65534, gid: 65534, encoding: 'utf8', cwd: fileURLToPath(new URL('../..', import.meta.url)) })
      expect(child.stderr).toBe('')
      files = JSON.parse(child.stdout)
    } else {
      files = await walkDrive(root)
    }
    expect(files.map((file) => [file.path, file.problem])).toEqual([
      ['Gesperrter Ordner', 'folder could not be read, its files are missing: permission denied (EACCES)'],
      ['gesperrt.txt', 'could not be read: permission denied (EACCES)'],
      ['offen.txt', null],
    ])
    await fs.chmod(path.join(root, 'Gesperrter Ordner'), 0o755)
  })

  it('reports progress for every file and writes nothing', async () => {
    for (let n = 0; n < 30; n++) await write(`Ordner ${n % 3}/Datei ${n}.txt`, `Inhalt ${n}`)
    const before = await snapshot(root)
    const progress: WalkProgress[] = []
    const files = await walkDrive(root, (step) => progress.push(step), { concurrency: 8 })
    expect(progress.map((step) => step.files)).toEqual(Array.from({ length: 30 }, (_, n) => n + 1))
    expect(progress.at(-1)?.bytes).toBe(files.reduce((sum, file) => sum + file.size, 0))
    expect(new Set(progress.map((step) => step.folder))).toEqual(new Set(['Ordner 0', 'Ordner 1', 'Ordner 2']))
    expect(await snapshot(root)).toEqual(before)
  })

  it('fails with a clear message for a missing root or a file as root', async () => {
    await write('datei.txt', 'x')
    await expect(walkDrive(path.join(root, 'gibt-es-nicht'))).rejects.toThrow(/is not a directory that can be read/)
    await expect(walkDrive(path.join(root, 'datei.txt'))).rejects.toThrow(/is not a directory that can be read/)
  })
})

async function snapshot(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true })
  return Promise.all(
    entries.toSorted().map(async (entry) => {
      const stat = await fs.lstat(path.join(dir, entry))
      return `${entry} ${stat.size} ${stat.mtimeMs} ${stat.ctimeMs} ${stat.mode}`
    }),
  )
}
