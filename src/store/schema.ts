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

export const auditActions = ['list', 'read', 'create', 'update', 'delete', 'export'] as const;
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

export type Database = {
  users: UsersTable;
  sessions: SessionsTable;
  cases: CasesTable;
  audit: AuditTable;
  datasets: DatasetsTable;
};

export type UserRow = Selectable<UsersTable>;
export type CaseRow = Selectable<CasesTable>;
export type NewCase = Insertable<CasesTable>;
