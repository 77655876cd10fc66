// The error a second opener of a data directory gets (lock.ts), on its own so that the command
// line can recognise it without loading what taking a lock needs (node:crypto costs ~15 ms of
// every start-up).
import { hostname } from 'node:os';

/** What the lock file holds: who owns the directory, and where it serves (for `import --save`). */
export type LockOwner = { pid: number; host: string; since: string; token: string; url?: string };

/** A second opener of a directory that another live process owns. */
export class DataDirLocked extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner | undefined,
    readonly lockFile: string,
  ) {
    super(lockedMessage(dataDir, owner, lockFile));
    this.name = 'DataDirLocked';
  }
}

function lockedMessage(dataDir: string, owner: LockOwner | undefined, lockFile: string): string {
  if (!owner) return `the data directory ${dataDir} is being opened by another Continuum process; try again`;
  const where = owner.url ? `, serving on ${owner.url}` : '';
  const who =
    owner.host === hostname() ? `process ${owner.pid}${where}` : `process ${owner.pid} on ${owner.host}`;
  const sure = owner.host === hostname() ? '' : ` If that process is gone, remove ${lockFile}.`;
  return `the data directory ${dataDir} is in use by another Continuum ${who}. Stop it first, or use another --data directory.${sure}`;
}
