// The tables, as Kysely sees them. The same shape on PGlite and on PostgreSQL (one migration set).
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

export const roles = ['viewer', 'caseworker', 'admin'] as const;
export type Role = (typeof roles)[number];

type CreatedAt = ColumnType<Date, never, never>;
type UpdatedAt = ColumnType<Date, never, Date | string>;
/** JSON columns are written as JSON text (cast to jsonb in SQL) and read back parsed. */
type Json<T> = ColumnType<T, string, string>;

export type UsersTable = {
  id: Generated<number>;
  username: string;
  /** argon2id PHC string: the password itself is never stored. */
  password_hash: string;
  role: Role;
  created_at: CreatedAt;
  /** Set when an administrator disabled the account: no login, no session. */
  disabled_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** Failed logins since the last success; from LOCKOUT_AFTER on, the account is locked for a while. */
  failed_logins: ColumnType<number, number | undefined, number>;
  locked_until: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
};

export type SessionsTable = {
  /** SHA-256 of the session token: a leaked table does not leak live sessions. */
  token_hash: string;
  user_id: number;
  /** Sent back in the x-csrf-token header on every state-changing request. */
  csrf_token: string;
  created_at: CreatedAt;
  expires_at: Date | string;
};

export type CasesTable = {
  /** Pseudonymous id made by the server; a case record never holds a name. */
  id: string;
  title: string | null;
  facts: Json<unknown>;
  /** The latest assessment (the `assess --json` contract) at the time of saving. */
  assessment: Json<unknown>;
  /** Instrument id → verdict, for lists. */
  verdicts: Json<Record<string, string>>;
  version: ColumnType<number, number, number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  created_by: number | null;
  updated_by: number | null;
};

export const auditActions = [
  // Cases and datasets.
  'list',
  'read',
  'create',
  'update',
  'delete',
  'export',
  // Accounts: `subject_user_id` names the account acted upon, `user_id` who acted.
  'login',
  'login_failed',
  'logout',
  'password_change',
  'user_create',
  'role_change',
  'user_disable',
  'user_enable',
  'sessions_revoke',
  'audit_read',
] as const;
export type AuditAction = (typeof auditActions)[number];

export type AuditTable = {
  id: Generated<string>;
  at: CreatedAt;
  user_id: number | null;
  username: string | null;
  action: AuditAction;
  case_id: string | null;
  /** Set instead of case_id when the row is about a saved dataset. */
  dataset_id: ColumnType<string | null, string | null | undefined, never>;
  detail: Json<unknown> | null;
  /** The client's address as the server saw it (behind a trusted proxy: the forwarded one). */
  ip: ColumnType<string | null, string | null | undefined, never>;
  /** For account actions: the account acted upon. */
  subject_user_id: ColumnType<number | null, number | null | undefined, never>;
};

export type DatasetsTable = {
  /** Made by the server: "d-" and 12 letters or digits. */
  id: string;
  name: string;
  format: string;
  /** Records in the import, or null when the release suppressed the total. */
  rows: number | null;
  k: number;
  created_at: CreatedAt;
  created_by: number | null;
  /** The k-anonymous dashboard release (src/data/dashboard.ts); never a record. */
  dashboard: Json<unknown>;
};

/** One release accepted from a saved dataset: the ledger a new release is audited against. */
export type DatasetReleasesTable = {
  dataset_id: string;
  /** 1 for the release the dataset was saved with, then in the order accepted. */
  seq: number;
  k: number;
  released_at: CreatedAt;
  released_by: number | null;
  released_by_name: string | null;
  /** The dashboard as published (src/data/dashboard.ts). */
  dashboard: Json<unknown>;
};

export type Database = {
  users: UsersTable;
  sessions: SessionsTable;
  cases: CasesTable;
  audit: AuditTable;
  datasets: DatasetsTable;
  dataset_releases: DatasetReleasesTable;
};

export type UserRow = Selectable<UsersTable>;
export type CaseRow = Selectable<CasesTable>;
export type NewCase = Insertable<CasesTable>;
