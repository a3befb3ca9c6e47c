import * as migration_20261126_093241_initial from './20261126_093241_initial';
import * as migration_20261126_095015_content_model from './20261126_095015_content_model';
import * as migration_20261203_142538_files_uploaded_by from './20261203_142538_files_uploaded_by';
import * as migration_20261203_143221_login_throttle_instead_of_lockout from './20261203_143221_login_throttle_instead_of_lockout';
import * as migration_20261203_144506_files_release from './20261203_144506_files_release';
import * as migration_20261203_151025_no_document_locks from './20261203_151025_no_document_locks';
import * as migration_20261203_164959_migration_import from './20261203_164959_migration_import';
import * as migration_20261203_165201_search_fulltext from './20261203_165201_search_fulltext';
import * as migration_20261203_172342_search_analytics from './20261203_172342_search_analytics';
import * as migration_20261203_175257_review_notes from './20261203_175257_review_notes';
import * as migration_20261203_183116_search_synonyms from './20261203_183116_search_synonyms';
import * as migration_20261203_195702_pins from './20261203_195702_pins';
import * as migration_20261203_195800_search_vocabulary from './20261203_195800_search_vocabulary';

export const migrations = [
  {
    up: migration_20261126_093241_initial.up,
    down: migration_20261126_093241_initial.down,
    name: '20261126_093241_initial',
  },
  {
    up: migration_20261126_095015_content_model.up,
    down: migration_20261126_095015_content_model.down,
    name: '20261126_095015_content_model',
  },
  {
    up: migration_20261203_142538_files_uploaded_by.up,
    down: migration_20261203_142538_files_uploaded_by.down,
    name: '20261203_142538_files_uploaded_by',
  },
  {
    up: migration_20261203_143221_login_throttle_instead_of_lockout.up,
    down: migration_20261203_143221_login_throttle_instead_of_lockout.down,
    name: '20261203_143221_login_throttle_instead_of_lockout',
  },
  {
    up: migration_20261203_144506_files_release.up,
    down: migration_20261203_144506_files_release.down,
    name: '20261203_144506_files_release',
  },
  {
    up: migration_20261203_151025_no_document_locks.up,
    down: migration_20261203_151025_no_document_locks.down,
    name: '20261203_151025_no_document_locks',
  },
  {
    up: migration_20261203_164959_migration_import.up,
    down: migration_20261203_164959_migration_import.down,
    name: '20261203_164959_migration_import',
  },
  {
    up: migration_20261203_165201_search_fulltext.up,
    down: migration_20261203_165201_search_fulltext.down,
    name: '20261203_165201_search_fulltext',
  },
  {
    up: migration_20261203_172342_search_analytics.up,
    down: migration_20261203_172342_search_analytics.down,
    name: '20261203_172342_search_analytics',
  },
  {
    up: migration_20261203_175257_review_notes.up,
    down: migration_20261203_175257_review_notes.down,
    name: '20261203_175257_review_notes',
  },
  {
    up: migration_20261203_183116_search_synonyms.up,
    down: migration_20261203_183116_search_synonyms.down,
    name: '20261203_183116_search_synonyms',
  },
  {
    up: migration_20261203_195702_pins.up,
    down: migration_20261203_195702_pins.down,
    name: '20261203_195702_pins',
  },
  {
    up: migration_20261203_195800_search_vocabulary.up,
    down: migration_20261203_195800_search_vocabulary.down,
    name: '20261203_195800_search_vocabulary'
  },
];
