import { CLASSIFICATION_LABELS, CLASSIFICATIONS } from '@lotse/domain'
import type { Field } from 'payload'

/** Information classification; `confidential` restricts reading to the owning side (see the visibility rule). */
export const classificationField = (): Field => ({
  name: 'classification',
  type: 'select',
  required: true,
  defaultValue: 'internal',
  index: true,
  options: CLASSIFICATIONS.map((value) => ({ value, label: { ...CLASSIFICATION_LABELS[value] } })),
  label: { de: 'Einstufung', en: 'Classification' },
  admin: { position: 'sidebar' },
})
