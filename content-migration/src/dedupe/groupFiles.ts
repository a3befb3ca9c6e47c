import { foldText } from '../identify/foldText.ts'
import { versionStem, type VersionStem } from '../identify/versionStem.ts'
import { jaccard } from './jaccard.ts'
import { normalisedTextKey } from './normalisedTextKey.ts'
import { shingles } from './shingles.ts'

export interface GroupInput {
  /** Relative path, unique. */
  path: string
  sha256: string
  /** ISO 8601. */
  mtime: string
  name: string
  /** Extracted text ('' when there is none), or how to read it again (the import keeps texts on disk). */
  text: string | (() => string)
  /** normalisedTextKey(text), when known already (the import computes it while the text is at hand). */
  textKey?: string | null
}

export interface FileGroup {
  /** The file that stands for the document (outcome imported); the others are versions or duplicates of it. */
  primary: string
  /** The newest state: its content is the document's current content. */
  current: string
  /** Every state of the document, oldest → newest (primary among them, current last). */
  states: string[]
  /** The states other than primary, oldest → newest, with their text similarity to it. */
  versions: { path: string; of: string; similarity: number }[]
  /** Copies of a state: the same bytes, or the same text in other bytes (a DOCX and its PDF). */
  duplicates: { path: string; of: string; reason: 'same-bytes' | 'same-text' }[]
}

export interface GroupOptions {
  /** Jaccard similarity of word 3-shingles from which two same-stem files are versions of one document. */
  similarity?: number
  /** Filled with the number of text comparisons made (to keep an eye on the cost). */
  stats?: { comparisons: number }
}

/** Default threshold: a small edit keeps ≈ 0.9, a rewritten third ≈ 0.4; below half, they are two documents. */
export const VERSION_SIMILARITY = 0.5
// A folder of 5,000 "Dokument1.doc" must not cost 12.5 million comparisons: beyond this, each file is compared with
// its neighbours in time only.
const BUCKET_WINDOW = 64
const ARCHIVE_FOLDER = /^_*(?:archiv|archive|alt|old|backup|sicherung|kopien?|copies|papierkorb|trash|ablage alt)(?:\b|_|$)/

interface Item extends GroupInput {
  folder: string
  time: number
  stem: VersionStem
  archived: number
}

class UnionFind {
  private readonly parent: number[]
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, index) => index)
  }
  find(index: number): number {
    while (this.parent[index] !== index) index = this.parent[index] = this.parent[this.parent[index]]
    return index
  }
  union(a: number, b: number): void {
    const [rootA, rootB] = [this.find(a), this.find(b)]
    if (rootA !== rootB) this.parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB)
  }
}

const add = <K>(map: Map<K, number[]>, key: K, value: number) => {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
const textOf = (input: GroupInput) => (typeof input.text === 'string' ? input.text : input.text())
const comparePaths = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
/** Oldest first: modification time, then the name's rank hint (x < x_v2 < x_final), then a date in the name. */
const byAge = (a: Item, b: Item) =>
  a.time - b.time || a.stem.rank - b.stem.rank || comparePaths(a.stem.date ?? '', b.stem.date ?? '') || comparePaths(a.path, b.path)
/** The copy that stands for identical content: not in an archive folder, not named as a copy, the oldest, the shallowest. */
const byOriginality = (a: Item, b: Item) =>
  a.archived - b.archived ||
  Number(a.stem.copy) - Number(b.stem.copy) ||
  a.time - b.time ||
  a.path.split('/').length - b.path.split('/').length ||
  comparePaths(a.path, b.path)

/**
 * Groups extracted files into documents, every file in exactly one role:
 * - exact duplicates, anywhere on the drive: the same sha256, or the same text in letters and digits (a DOCX and the
 *   PDF printed from it; texts under 40 letters do not count). The copy outside archive folders, not named as a copy,
 *   oldest, stands for them.
 * - versions: files whose names have the same version stem (x, x_v2, x_final_NEU, x (2), Kopie von x) in the same
 *   folder, or a name marked as a copy with the stem of a file in any folder, AND whose texts are similar (Jaccard of
 *   word 3-shingles ≥ `similarity`). Similar texts under different names are left apart: two documents an editor can
 *   merge are better than one document hiding another.
 * Cost: hashing and bucketing are linear; text comparisons happen only inside a stem bucket (and its window), so
 * 10,000 files need about as many comparisons as there are same-stem pairs, never all pairs.
 */
export function groupFiles(files: readonly GroupInput[], options: GroupOptions = {}): FileGroup[] {
  const threshold = options.similarity ?? VERSION_SIMILARITY
  const stats = options.stats ?? { comparisons: 0 }
  const items: Item[] = files
    .map((file) => {
      const folders = file.path.split('/').slice(0, -1)
      return {
        ...file,
        folder: folders.join('/'),
        time: Date.parse(file.mtime) || 0,
        stem: versionStem(file.name),
        archived: folders.filter((folder) => ARCHIVE_FOLDER.test(foldText(folder))).length,
      }
    })
    .sort((a, b) => comparePaths(a.path, b.path))
  for (let i = 1; i < items.length; i++) if (items[i].path === items[i - 1].path) throw new Error(`groupFiles: ${items[i].path} is listed twice`)

  // 1. Identical content: same bytes, or same normalised text.
  const content = new UnionFind(items.length)
  const firstWith = new Map<string, number>()
  items.forEach((item, index) => {
    const textKey = item.textKey !== undefined ? item.textKey : normalisedTextKey(textOf(item))
    for (const key of [`sha:${item.sha256}`, `text:${textKey ?? `none:${index}`}`]) {
      const first = firstWith.get(key)
      if (first === undefined) firstWith.set(key, index)
      else content.union(first, index)
    }
  })
  const clusters = new Map<number, number[]>()
  items.forEach((_, index) => add(clusters, content.find(index), index))
  const representatives: number[] = []
  const copiesOf = new Map<number, number[]>()
  for (const members of clusters.values()) {
    const [original, ...copies] = members.toSorted((a, b) => byOriginality(items[a], items[b]))
    representatives.push(original)
    copiesOf.set(original, copies)
  }

  // 2. Versions among the representatives: same stem in the same folder, or a copy's stem anywhere, and similar text.
  const shingleCache = new Map<number, Uint32Array>()
  const shinglesOf = (index: number) => {
    let set = shingleCache.get(index)
    if (!set) shingleCache.set(index, (set = shingles(textOf(items[index]))))
    return set
  }
  const similarity = (a: number, b: number) => {
    stats.comparisons++
    return jaccard(shinglesOf(a), shinglesOf(b))
  }
  const versions = new UnionFind(items.length)
  const bucket = (key: (item: Item) => string | null) => {
    const buckets = new Map<string, number[]>()
    for (const index of representatives) {
      const name = key(items[index])
      if (name !== null) add(buckets, name, index)
    }
    return [...buckets.values()].filter((members) => members.length > 1).map((members) => members.toSorted((a, b) => byAge(items[a], items[b])))
  }
  for (const members of bucket((item) => (item.stem.stem ? `${item.folder}\u0000${item.stem.stem}` : null))) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < Math.min(members.length, i + 1 + BUCKET_WINDOW); j++) {
        if (similarity(members[i], members[j]) >= threshold) versions.union(members[i], members[j])
      }
    }
  }
  // A copy without an original in its own folder joins the most similar same-stem file elsewhere (only that one:
  // same-named files in two folders stay two documents).
  for (const members of bucket((item) => item.stem.stem || null)) {
    for (const copy of members.filter((index) => items[index].stem.copy)) {
      const inOwnFolder = members.some((other) => other !== copy && items[other].folder === items[copy].folder && versions.find(other) === versions.find(copy))
      if (inOwnFolder) continue
      let best: { index: number; similarity: number } | null = null
      for (const other of members.filter((candidate) => items[candidate].folder !== items[copy].folder).slice(0, BUCKET_WINDOW)) {
        const value = similarity(copy, other)
        if (value >= threshold && (!best || value > best.similarity)) best = { index: other, similarity: value }
      }
      if (best) versions.union(copy, best.index)
    }
  }

  // 3. One group per version cluster; duplicates hang on the state they copy.
  const documents = new Map<number, number[]>()
  for (const index of representatives) add(documents, versions.find(index), index)
  const groups: FileGroup[] = []
  for (const members of documents.values()) {
    const states = members.toSorted((a, b) => byAge(items[a], items[b]))
    const primary = states.toSorted((a, b) => items[a].stem.markers.length - items[b].stem.markers.length || states.indexOf(a) - states.indexOf(b))[0]
    groups.push({
      primary: items[primary].path,
      current: items[states[states.length - 1]].path,
      states: states.map((index) => items[index].path),
      versions: states
        .filter((index) => index !== primary)
        .map((index) => ({ path: items[index].path, of: items[primary].path, similarity: Math.round(similarity(index, primary) * 1000) / 1000 })),
      duplicates: states
        .flatMap((state) =>
          (copiesOf.get(state) ?? []).map((copy) => ({
            path: items[copy].path,
            of: items[state].path,
            reason: items[copy].sha256 === items[state].sha256 ? ('same-bytes' as const) : ('same-text' as const),
          })),
        )
        .sort((a, b) => comparePaths(a.path, b.path)),
    })
  }
  return groups.sort((a, b) => comparePaths(a.primary, b.primary))
}
