// Per-account lock-out: the per-address login limit does not stop guessing spread over many
// addresses, so consecutive failed logins on one account lock it, for longer at each failure.
// A success clears the count. While locked, a login is refused without checking the password.

/** Failures allowed before the account locks. */
export const LOCKOUT_AFTER = 5;
/** The first lock, doubled at each further failure, up to MAX_LOCKOUT_MS. */
export const FIRST_LOCKOUT_MS = 30_000;
export const MAX_LOCKOUT_MS = 15 * 60_000;

/** How long the account is locked after its `failures`-th consecutive failure (0: not locked). */
export function lockoutMs(failures: number): number {
  if (failures < LOCKOUT_AFTER) return 0;
  return Math.min(MAX_LOCKOUT_MS, FIRST_LOCKOUT_MS * 2 ** Math.min(failures - LOCKOUT_AFTER, 20));
}
