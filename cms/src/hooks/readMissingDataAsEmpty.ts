import type { CollectionBeforeOperationHook } from 'payload'

/**
 * A create or update whose request carried no data (a multipart body without its `_payload` part) gets an empty
 * object, as a request without a body does (utilities/refuseMalformedRequests.ts): creates then report the missing
 * fields, updates change nothing, instead of hooks failing on `undefined` (500).
 */
export const readMissingDataAsEmpty: CollectionBeforeOperationHook = ({ args, operation }) => {
  const { data } = args as { data?: unknown }
  return (operation === 'create' || operation === 'update') && data === undefined ? { ...args, data: {} } : args
}
