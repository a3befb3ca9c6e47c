import { evaluate, type VisibilityFacts } from './Condition.ts'
import { audienceCondition, visibilityCondition, type VisibilityViewer } from './visibilityCondition.ts'

/** The visibility rule as a pure function of (viewer, document). */
export const canRead = (viewer: VisibilityViewer, document: VisibilityFacts): boolean => evaluate(visibilityCondition(viewer), document)

/** Whether the document is addressed to the person (who must then acknowledge it, where it asks for that). */
export const isAddressedTo = (viewer: VisibilityViewer, document: VisibilityFacts): boolean =>
  viewer.roles.length > 0 && evaluate(audienceCondition(viewer), document)
