// Saved datasets: only the k-anonymous release of an import (src/data/dashboard.ts), never a
// record. Audit rows name the dataset in their own column, beside case_id.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('datasets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    // The number of records, or null when the release suppressed it (below k).
    .addColumn('rows', 'integer')
    .addColumn('k', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('dashboard', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('datasets_created_at').on('datasets').column('created_at').execute();

  await db.schema.alterTable('audit').addColumn('dataset_id', 'text').execute();
  await db.schema.createIndex('audit_dataset_id').on('audit').column('dataset_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('audit_dataset_id').execute();
  await db.schema.alterTable('audit').dropColumn('dataset_id').execute();
  await db.schema.dropTable('datasets').execute();
}
