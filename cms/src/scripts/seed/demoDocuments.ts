import { benefitsDocuments } from './documents/benefits.ts'
import { centralServicesDocuments } from './documents/centralServices.ts'
import type { DemoDocument } from './documents/DemoDocument.ts'
import { hauptamtDocuments } from './documents/hauptamt.ts'
import { housingBenefitDocuments } from './documents/housingBenefit.ts'
import { youthWelfareDocuments } from './documents/youthWelfare.ts'

export type { DemoDocument } from './documents/DemoDocument.ts'

/**
 * All demo documents, in creation order: a document that supersedes another comes after it (the seed resolves
 * `supersedes` against documents already created).
 */
export const demoDocuments: DemoDocument[] = [
  ...hauptamtDocuments,
  ...benefitsDocuments,
  ...housingBenefitDocuments,
  ...youthWelfareDocuments,
  ...centralServicesDocuments,
]

/** How other demo data (acknowledgements, feedback) names a document. */
export const documentKey = (doc: Pick<DemoDocument, 'key' | 'title'>) => doc.key ?? doc.title
