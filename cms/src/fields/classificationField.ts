import { CLASSIFICATIONS } from '@lotse/domain'
import type { Field } from 'payload'

const labels = {
  public: { de: 'Öffentlich', en: 'Public' },
  internal: { de: 'Intern', en: 'Internal' },
  confidential: { de: 'Vertraulich', en: 'Confidential' },
} satisfies Record<(typeof CLASSIFICATIONS)[number], unknown>

/** Information classification; `confidential` restricts reading to the owning side (see the visibility rule). */
export const classificationField = (): Field => ({
  name: 'classification',
  type: 'select',
  required: true,
  defaultValue: 'internal',
  index: true,
  options: CLASSIFICATIONS.map((value) => ({ value, label: labels[value] })),
  label: { de: 'Einstufung', en: 'Classification' },
  admin: { position: 'sidebar' },
})
