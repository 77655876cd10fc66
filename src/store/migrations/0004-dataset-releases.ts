// The release ledger of each saved dataset (issue 19): every release accepted from it — the
// dashboard as published, its k, when and by whom — so that a new release is audited together with
// all the earlier ones. A dataset saved before this migration has its one release entered.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('dataset_releases')
    .addColumn('dataset_id', 'text', (c) => c.notNull().references('datasets.id').onDelete('cascade'))
    // 1 for the release the dataset was saved with, then 2, 3, … in the order accepted.
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('k', 'integer', (c) => c.notNull())
    .addColumn('released_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('released_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    // The name of who released it, kept when the account goes.
    .addColumn('released_by_name', 'text')
    .addColumn('dashboard', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('dataset_releases_pkey', ['dataset_id', 'seq'])
    .execute();
  await sql`
    insert into dataset_releases (dataset_id, seq, k, released_at, released_by, released_by_name, dashboard)
    select d.id, 1, d.k, d.created_at, d.created_by, u.username, d.dashboard
    from datasets d left join users u on u.id = d.created_by
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('dataset_releases').execute();
}
