import type { DocumentKind } from '@lotse/domain'
import { compileGlob, type CompiledGlob } from './compileGlob.ts'
import { kindFromFolders } from './kindFromFolders.ts'
import type { Mapping, MappingRule, MappingStatus } from './Mapping.ts'
import { foldText } from '../identify/foldText.ts'

export interface PathClassification {
  kind: DocumentKind
  /** Where the kind came from: a mapping rule, a folder name ("Weisungen"), or the defaults. */
  kindFrom: 'rule' | 'folder' | 'default'
  ownerUnit: string | null
  topics: string[]
  status?: MappingStatus
  approvedBy?: string
  /** A mapping rule applied; false = only defaults did, and an editor should look at the file. */
  matched: boolean
  /** The `match` of every rule that applied, least specific first. */
  rules: string[]
}

/** The kind when neither a rule, a folder name nor the mapping's defaults say: the plainest kind of document. */
export const FALLBACK_KIND: DocumentKind = 'work-aid'

const compiled = new WeakMap<MappingRule, CompiledGlob>()
const globOf = (rule: MappingRule) => {
  let glob = compiled.get(rule)
  if (!glob) compiled.set(rule, (glob = compileGlob(rule.match)))
  return glob
}

/**
 * Kind, owning unit, topics, status and approver for a file at `path` (relative, '/'-separated).
 *
 * Precedence: every rule whose pattern matches the path or a folder above it applies, from the least to the most
 * specific (more literal folder names, then more literal characters; of two equally specific rules the one written
 * first wins). So for each field the most specific rule that sets it decides, and a broad rule (`Sozialamt/**` →
 * ownerUnit 50) combines with a narrow one (`**\/Formulare/**` → kind form). Topics add up over all applying rules.
 * A field no rule sets comes from the mapping's defaults; the kind comes from a folder name before the defaults.
 */
export function classifyPath(path: string, mapping: Mapping): PathClassification {
  const segments = foldText(path.normalize('NFC')).split('/')
  const candidates = segments.map((_, index) => segments.slice(0, index + 1).join('/'))
  const applying = mapping.rules
    .map((rule, order) => ({ rule, order, glob: globOf(rule) }))
    .filter(({ glob }) => candidates.some((candidate) => glob.regex.test(candidate)))
    .sort((a, b) => a.glob.specificity[0] - b.glob.specificity[0] || a.glob.specificity[1] - b.glob.specificity[1] || b.order - a.order)
    .map(({ rule }) => rule)

  const fromRules: Omit<MappingRule, 'match' | 'line' | 'topics'> = {}
  const topics = new Set(mapping.defaults.topics ?? [])
  for (const { match: _match, line: _line, topics: ruleTopics, ...fields } of applying) {
    Object.assign(fromRules, Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)))
    for (const topic of ruleTopics ?? []) topics.add(topic)
  }
  const folderKind = kindFromFolders(path.split('/').slice(0, -1))
  const [kind, kindFrom] = fromRules.kind
    ? ([fromRules.kind, 'rule'] as const)
    : folderKind
      ? ([folderKind, 'folder'] as const)
      : ([mapping.defaults.kind ?? FALLBACK_KIND, 'default'] as const)
  const status = fromRules.status ?? mapping.defaults.status
  const approvedBy = fromRules.approvedBy ?? mapping.defaults.approvedBy
  return {
    kind,
    kindFrom,
    ownerUnit: fromRules.ownerUnit ?? mapping.defaults.ownerUnit ?? null,
    topics: [...topics],
    ...(status ? { status } : {}),
    ...(approvedBy ? { approvedBy } : {}),
    matched: applying.length > 0,
    rules: applying.map((rule) => rule.match),
  }
}
