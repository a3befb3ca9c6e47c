import type { Field, SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import configPromise from '../../src/payload.config.ts'

// The config reads its environment when imported; loading it connects to nothing.
vi.hoisted(() => {
  process.env.DATABASE_URI ??= 'postgres://lotse:unused@127.0.0.1:1/unused'
  process.env.PAYLOAD_SECRET ??= 'unit-test-secret-0123456789abcdef0123'
})

/** Fields Payload adds itself and labels in the admin's language (timestamps, auth, upload, versions). */
const PAYLOAD_OWN = new Set(['id', 'createdAt', 'updatedAt', '_status', 'email', 'password', 'hash', 'salt', 'resetPasswordToken', 'resetPasswordExpiration', 'loginAttempts', 'lockUntil', 'sessions', 'enableAPIKey', 'apiKey', 'apiKeyIndex', 'url', 'thumbnailURL', 'filename', 'mimeType', 'filesize', 'width', 'height', 'focalX', 'focalY', 'sizes', 'deletedAt', 'resetPasswordRequestedAt', 'expiresAt', 'thumbnail'])

const bilingual = (text: unknown) => typeof text === 'object' && text !== null && typeof (text as Record<string, unknown>).de === 'string' && typeof (text as Record<string, unknown>).en === 'string'

/** Each text a person reads in the admin that is not in German and English: labels, option labels, descriptions. */
function missing(fields: Field[], path: string): string[] {
  return fields.flatMap((field): string[] => {
    const name = 'name' in field ? field.name : ''
    const here = name ? `${path}.${name}` : path
    const problems: string[] = []
    // Hidden fields too: the version comparison shows them.
    const visible = field.type !== 'ui' && !(name && PAYLOAD_OWN.has(name))
    if (visible && (name || field.type === 'collapsible') && field.type !== 'row' && field.type !== 'tabs' && !bilingual('label' in field ? field.label : undefined)) problems.push(`${here} label`)
    const description = field.admin && 'description' in field.admin ? field.admin.description : undefined
    if (visible && description !== undefined && typeof description !== 'function' && !bilingual(description)) problems.push(`${here} description`)
    if (visible && 'options' in field) {
      for (const option of field.options) if (typeof option === 'string' || !bilingual(option.label)) problems.push(`${here} option ${typeof option === 'string' ? option : option.value}`)
    }
    if ('fields' in field) problems.push(...missing(field.fields, here))
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if (!bilingual(tab.label)) problems.push(`${here} tab ${'name' in tab ? tab.name : ''}`)
        problems.push(...missing(tab.fields, here))
      }
    }
    return problems
  })
}

let config: SanitizedConfig
/** Lotse's collections; Payload's own (`payload-preferences`, `payload-migrations`, …) never show in the admin. */
const lotseCollections = () => config.collections.filter((collection) => !collection.slug.startsWith('payload-'))
// Sanitizing the whole config takes a few seconds on a loaded machine.
beforeAll(async () => {
  config = await configPromise
}, 60_000)

describe('the admin in German and English', () => {
  it('names every collection in both languages', () => {
    expect(lotseCollections().filter((c) => !bilingual(c.labels.singular) || !bilingual(c.labels.plural)).map((c) => c.slug)).toEqual([])
  })

  it('labels every field, option and description in both languages', () => {
    expect(lotseCollections().flatMap((collection) => missing(collection.fields, collection.slug))).toEqual([])
  })
})
