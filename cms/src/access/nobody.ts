/** No one through the API; trusted server code writes with `overrideAccess: true`. */
export const nobody = (): boolean => false
