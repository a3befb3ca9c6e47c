import type { PayloadRequest } from 'payload'

/** Any signed-in person (reference data such as org units and topics). */
export const isSignedIn = ({ req: { user } }: { req: PayloadRequest }): boolean => Boolean(user)
