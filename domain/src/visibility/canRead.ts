import { evaluate, type VisibilityFacts } from './Condition.ts'
import { visibilityCondition, type VisibilityViewer } from './visibilityCondition.ts'

/** The visibility rule as a pure function of (viewer, document). */
export const canRead = (viewer: VisibilityViewer, document: VisibilityFacts): boolean => evaluate(visibilityCondition(viewer), document)
