import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook } from 'payload'

const APPEND_ONLY = 'The audit log is append-only: entries cannot be changed or deleted, not even by administrators.'

/** Refuses updates even to server code that overrides access (a database trigger refuses them below that, too). */
export const refuseUpdate: CollectionBeforeChangeHook = ({ operation, data }) => {
  if (operation === 'update') throw new APIError(APPEND_ONLY, 403)
  return data
}

export const refuseDelete: CollectionBeforeDeleteHook = () => {
  throw new APIError(APPEND_ONLY, 403)
}
