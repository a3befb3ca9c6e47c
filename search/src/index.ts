export { buildSearchRecord, type IndexableDocument } from './records/buildSearchRecord.ts'
export { lexicalToText } from './records/lexicalToText.ts'
export { searchRecordId, type SearchRecord, type OutboxOperation } from './records/SearchRecord.ts'
