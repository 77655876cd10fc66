// Accounts an administrator can manage, and account actions in the audit log: a user can be
// disabled; consecutive failed logins lock an account for a while (growing with each failure);
// audit rows say from which address an action came and which account it was about.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('disabled_at', 'timestamptz')
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'timestamptz')
    .execute();
  await db.schema.createIndex('sessions_user_id').on('sessions').column('user_id').execute();
  await db.schema
    .alterTable('audit')
    .addColumn('ip', 'text')
    .addColumn('subject_user_id', 'integer')
    .execute();
  await db.schema.createIndex('audit_subject_user_id').on('audit').column('subject_user_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('audit_subject_user_id').execute();
  await db.schema.alterTable('audit').dropColumn('subject_user_id').dropColumn('ip').execute();
  await db.schema.dropIndex('sessions_user_id').execute();
  await db.schema
    .alterTable('users')
    .dropColumn('locked_until')
    .dropColumn('failed_logins')
    .dropColumn('disabled_at')
    .execute();
}
