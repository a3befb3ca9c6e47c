import type { Payload } from 'payload'
import type { CmsModule } from '../connect/connectCms.ts'
import { foldText } from '../identify/foldText.ts'
import { MigrationError } from '../MigrationError.ts'
import type { ImportFile, Target } from './ImportFile.ts'
import type { ImportOptions } from './ImportOptions.ts'

/** Unit for documents that neither a mapping rule nor a folder name places: editors move them (review reason "unmatched"). */
export const FALLBACK_UNIT = { shortCode: 'MIGRATION', name: 'Aus der Migration (nicht zugeordnet)' }

/** The fallback unit before it exists (created after the approvers were checked; never on a dry run). */
const NOT_CREATED = -1
const topFolder = (path: string) => (path.includes('/') ? path.slice(0, path.indexOf('/')) : '')

/**
 * Resolves where each document goes — owning unit, topics, status, approver — and checks everything a run needs before
 * it writes anything: the units the mapping names exist, and each approver may approve for every unit it publishes to
 * (cms checkApprover). Units no rule names are taken from a top folder named like a unit ("Amt 36 - Umwelt" → "Amt 36"),
 * else the fallback unit. Topics the mapping names are created when missing (not on a dry run).
 */
export async function resolveTargets(payload: Payload, cms: CmsModule, files: readonly ImportFile[], options: ImportOptions): Promise<Map<string, Target>> {
  const { docs: units } = await payload.find({ collection: 'org-units', pagination: false, depth: 0, overrideAccess: true })
  const byCode = new Map(units.map((unit) => [foldText(unit.shortCode), unit]))
  const named = [...new Set(files.map((file) => file.classification.ownerUnit).filter((code): code is string => !!code))]
  const unknown = named.filter((code) => !byCode.has(foldText(code)))
  if (unknown.length) throw new MigrationError('MAPPING', `The mapping names units Lotse does not have: ${unknown.join(', ')}. Create them in the CMS (Organisationseinheiten) or correct the mapping.`)

  const unitOfFolder = new Map<string, number | null>()
  const fromFolder = (folder: string): number | null => {
    if (!unitOfFolder.has(folder)) {
      const key = foldText(folder)
      const unit = units.find((candidate) => {
        const code = foldText(candidate.shortCode)
        return key === code || key === foldText(candidate.name) || key.startsWith(`${code} `) || key.startsWith(`${code}-`)
      })
      unitOfFolder.set(folder, unit?.id ?? null)
    }
    return unitOfFolder.get(folder)!
  }
  const existingFallback = units.find((unit) => unit.shortCode === FALLBACK_UNIT.shortCode)?.id
  const targets = new Map<string, Target>()
  for (const { file, classification } of files) {
    const code = classification.ownerUnit
    const ownerUnit = code ? byCode.get(foldText(code))!.id : (fromFolder(topFolder(file.path)) ?? existingFallback ?? NOT_CREATED)
    const status = options.status ?? classification.status ?? 'draft'
    targets.set(file.path, { ownerUnit, topics: [], status, approverId: null, unitGuessed: !code })
  }
  // Checked before anything is created: a refused approver leaves the CMS as it was.
  await resolveApprovers(payload, cms, files, targets, options)
  const needsFallback = [...targets.values()].some((target) => target.ownerUnit === NOT_CREATED)
  if (needsFallback && !options.dryRun) {
    const id = (await payload.create({ collection: 'org-units', data: FALLBACK_UNIT, overrideAccess: true })).id
    for (const target of targets.values()) if (target.ownerUnit === NOT_CREATED) target.ownerUnit = id
  }
  const topicIds = await resolveTopics(payload, files, options.dryRun)
  for (const { file, classification } of files) targets.get(file.path)!.topics = classification.topics.map((name) => topicIds.get(name)!)
  return targets
}

async function resolveTopics(payload: Payload, files: readonly ImportFile[], dryRun: boolean): Promise<Map<string, number>> {
  const names = [...new Set(files.flatMap((file) => file.classification.topics))]
  const ids = new Map<string, number>()
  if (!names.length) return ids
  const { docs } = await payload.find({ collection: 'topics', where: { name: { in: names } }, pagination: false, depth: 0, overrideAccess: true })
  for (const topic of docs) ids.set(topic.name, topic.id)
  for (const name of names.filter((name) => !ids.has(name))) {
    ids.set(name, dryRun ? -1 : (await payload.create({ collection: 'topics', data: { name }, overrideAccess: true })).id)
  }
  return ids
}

/** Each approver (from --approved-by, else the mapping) checked once against all units they publish to. */
async function resolveApprovers(payload: Payload, cms: CmsModule, files: readonly ImportFile[], targets: Map<string, Target>, options: ImportOptions): Promise<void> {
  const unitsByApprover = new Map<string, Set<number>>()
  for (const { file, classification } of files) {
    const target = targets.get(file.path)!
    if (target.status !== 'published') continue
    const email = options.approvedBy ?? classification.approvedBy
    if (!email) {
      throw new MigrationError('APPROVER', `${file.path} is to be published, but no approver is named: add --approved-by EMAIL or approvedBy to the mapping rule or its defaults (four eyes: the run is the author, a person approves).`)
    }
    const units = unitsByApprover.get(email) ?? new Set()
    units.add(target.ownerUnit)
    unitsByApprover.set(email, units)
  }
  const approverIds = new Map<string, number>()
  for (const [email, units] of unitsByApprover) {
    try {
      const approver = await cms.checkApprover(payload, email, [...units].filter((unit) => unit !== NOT_CREATED))
      // Nobody works for a unit that does not exist yet: only an admin approves for it.
      if (units.has(NOT_CREATED) && !approver.roles.includes('admin')) {
        throw new MigrationError('APPROVER', `${email} may not approve documents no mapping rule or folder name places (they go to the new unit ${FALLBACK_UNIT.shortCode}): name an admin as approver, or map those folders to units. Nothing was imported.`)
      }
      approverIds.set(email, approver.id)
    } catch (error) {
      if (error instanceof cms.CmsError) throw new MigrationError('APPROVER', `${error.message} Nothing was imported.`, { cause: error })
      throw error
    }
  }
  for (const { file, classification } of files) {
    const target = targets.get(file.path)!
    if (target.status === 'published') target.approverId = approverIds.get(options.approvedBy ?? classification.approvedBy!)!
  }
}
