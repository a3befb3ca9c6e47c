// Entry of one pool child process: extracts the files the pool sends, with this process's own pdf.js.
import { extractFile } from '../extractFile.ts'
import { serveExtraction } from './serveExtraction.ts'

serveExtraction(extractFile)
