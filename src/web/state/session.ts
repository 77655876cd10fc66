// Who is logged in (if anyone). Assessing needs no login; saving and reading cases do.
import { signal } from '@preact/signals';
import { api, setCsrfToken } from '../api.js';

export type Role = 'viewer' | 'caseworker' | 'admin';
export type User = { id: number; username: string; role: Role };
type SessionResponse = { user: User; csrfToken: string };

export const user = signal<User | null>(null);
/** False until the first check of the session cookie has answered. */
export const sessionChecked = signal(false);

const rank: Record<Role, number> = { viewer: 1, caseworker: 2, admin: 3 };
export const can = (role: Role) => user.value !== null && rank[user.value.role] >= rank[role];

function accept(session: SessionResponse | null): void {
  user.value = session?.user ?? null;
  setCsrfToken(session?.csrfToken ?? null);
}

export async function checkSession(): Promise<void> {
  const result = await api<SessionResponse>('GET', '/api/session');
  accept(result.ok ? result.data : null);
  sessionChecked.value = true;
}

export async function logIn(username: string, password: string): Promise<string | null> {
  const result = await api<SessionResponse>('POST', '/api/login', { username, password });
  if (!result.ok) return result.error.message;
  accept(result.data);
  return null;
}

export async function logOut(): Promise<void> {
  await api('POST', '/api/logout');
  accept(null);
}
