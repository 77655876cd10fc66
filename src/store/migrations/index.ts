// The migrations, in order, imported statically so that they bundle and run from dist/ alike.
import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './0001-initial.js';

const migrations: Record<string, Migration> = {
  '0001-initial': initial,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
