export { factsArbitrary, viewerArbitrary, unitPathOf, UNITS, USER_IDS } from './arbitraries.ts'
export { buildFacts, buildViewer } from './factories.ts'
