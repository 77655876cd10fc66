// The migrations, in order, imported statically so that they bundle and run from dist/ alike.
import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './0001-initial.js';
import * as datasets from './0002-datasets.js';
import * as accounts from './0003-accounts.js';
import * as releases from './0004-dataset-releases.js';

const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-datasets': datasets,
  '0003-accounts': accounts,
  '0004-dataset-releases': releases,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
