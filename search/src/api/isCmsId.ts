/** Whether an id can be a CMS document id (a PostgreSQL `integer` serial); anything else in the index never was one. */
export const isCmsId = (id: string): boolean => /^[1-9][0-9]{0,9}$/.test(id) && Number(id) <= 2_147_483_647
