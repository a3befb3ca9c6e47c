import { readEnv } from './readEnv.ts'

/** The CMS environment, read and validated once; every other module imports this instead of touching `process.env`. */
export const env = readEnv()
