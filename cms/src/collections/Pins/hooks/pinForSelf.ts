import type { CollectionBeforeChangeHook } from 'payload'

/** A person pins for themselves: the pin's owner is the signed-in person, whatever the request named. */
export const pinForSelf: CollectionBeforeChangeHook = ({ data, req }) => (req.user ? { ...data, user: req.user.id } : data)
