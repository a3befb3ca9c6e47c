import type { Plugin } from 'payload'
import { checkRestListLimits } from './checkRestListLimits.ts'
import { limitGraphQLCost } from './limitGraphQLCost.ts'

/** Bounds the work one API request can cause, in every collection, over REST and GraphQL. */
export const listLimitsPlugin: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [...(collection.hooks?.beforeOperation ?? []), checkRestListLimits] },
  })),
  graphQL: {
    ...config.graphQL,
    validationRules: (args) => [...(config.graphQL?.validationRules?.(args) ?? []), limitGraphQLCost(args)],
  },
})
