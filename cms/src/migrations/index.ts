import * as migration_20261126_093241_initial from './20261126_093241_initial';

export const migrations = [
  {
    up: migration_20261126_093241_initial.up,
    down: migration_20261126_093241_initial.down,
    name: '20261126_093241_initial'
  },
];
