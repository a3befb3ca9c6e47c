import { inject } from 'vitest'

// Runs before each integration test file: the code under test reads its servers from the environment, as in production.
process.env.DATABASE_URI = inject('databaseUri')
process.env.MEILI_URL = inject('meiliUrl')
process.env.MEILI_MASTER_KEY = inject('meiliMasterKey')
process.env.PAYLOAD_SECRET ??= 'test-secret-0123456789abcdef0123456789'
