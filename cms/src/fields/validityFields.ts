import type { Field } from 'payload'

const day = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd.MM.yyyy' } }

/** When a document is in force, and when its owner must look at it again. */
export const validityFields = (): Field[] => [
  {
    type: 'row',
    fields: [
      { name: 'validFrom', type: 'date', index: true, label: { de: 'Gültig ab', en: 'Valid from' }, admin: { ...day, width: '33%' } },
      { name: 'validUntil', type: 'date', index: true, label: { de: 'Gültig bis', en: 'Valid until' }, admin: { ...day, width: '33%' } },
      { name: 'reviewDue', type: 'date', index: true, label: { de: 'Überprüfung fällig', en: 'Review due' }, admin: { ...day, width: '33%' } },
    ],
  },
]
