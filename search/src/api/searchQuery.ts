import { DOCUMENT_KINDS } from '@lotse/domain'
import { z } from 'zod'

const filterValue = z.string().trim().min(1).max(100)

/** The query string of `GET /search`; anything else is refused with a message naming the parameter. */
export const searchQuerySchema = z
  .object({
    q: z.string().max(500, 'q must be at most 500 characters').default(''),
    limit: z.coerce.number().int().min(1).max(100, 'limit must be between 1 and 100').default(10),
    offset: z.coerce.number().int().min(0, 'offset must not be negative').max(10_000).default(0),
    kind: z.enum(DOCUMENT_KINDS, { message: `kind must be one of ${DOCUMENT_KINDS.join(', ')}` }).optional(),
    orgUnit: filterValue.optional(),
    topic: filterValue.optional(),
    /** `current` (default): only what is in force today; `all`: also expired, future, superseded and withdrawn. */
    validity: z.enum(['current', 'all'], { message: 'validity must be current or all' }).default('current'),
  })
  .strict()

export type SearchQuery = z.infer<typeof searchQuerySchema>
