// Password hashing: argon2id with the library's defaults (19 MiB, 2 passes, 1 lane — the OWASP
// minimum). @node-rs/argon2 ships its compiled binary inside npm packages; nothing is downloaded.
import { hash, verify } from '@node-rs/argon2';

export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of nothing, verified against when the user does not exist, so timing does not tell. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hash('continuum-decoy-password');
  return decoy;
}
