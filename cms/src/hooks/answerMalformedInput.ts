import type { AfterErrorHook } from 'payload'
import { malformedInputMessage } from '../utilities/malformedInputMessage.ts'

/**
 * Global `afterError` hook (REST and GraphQL): an error that Payload lets through as a 500 although the request was
 * malformed is answered with 400 and a message that says what was wrong. Payload does not validate query values
 * against column types; PostgreSQL does, and this is where its refusal becomes the caller's error.
 */
export const answerMalformedInput: AfterErrorHook = ({ error, graphqlResult }) => {
  const message = malformedInputMessage('originalError' in error ? error.originalError : error)
  if (!message) return
  if (graphqlResult) return { graphqlResult: { ...graphqlResult, message, extensions: { ...graphqlResult.extensions, statusCode: 400 } } }
  return { status: 400, response: { errors: [{ message }] } }
}
