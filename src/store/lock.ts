// One process owns an embedded data directory at a time. PGlite keeps no lock of its own: two
// processes on one directory each write their own copy of the database files and one of them
// silently wins, losing the other's acknowledged writes. The owner holds `.continuum.lock` in the
// directory, created with O_EXCL (the operating system makes the creation atomic), and removes it
// when it closes the store or exits. A lock left by a process that died (kill -9, a crash) is
// stale: its pid no longer runs on this host, and the next opener takes it over.
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { DataDirLocked, type LockOwner } from './lock-error.js';

export const LOCK_FILE = '.continuum.lock';

export { DataDirLocked, type LockOwner } from './lock-error.js';

function readOwner(file: string): LockOwner | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockOwner>;
    if (
      typeof parsed.pid === 'number' &&
      typeof parsed.host === 'string' &&
      typeof parsed.token === 'string'
    ) {
      return parsed as LockOwner;
    }
  } catch {
    // Missing (released meanwhile), or being written: the caller retries or reports.
  }
  return undefined;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Stale: written on this host by a process that no longer runs. Another host's lock is never judged. */
function isStale(owner: LockOwner): boolean {
  return owner.host === hostname() && owner.pid !== process.pid && !isRunning(owner.pid);
}

export type DataDirLock = {
  readonly file: string;
  /** Say where this process serves, so that other commands can go through its API. */
  advertise(url: string): void;
  release(): void;
};

/** The lock of a directory, if some process holds one (live or stale); for commands that want to know. */
export function lockOwner(dataDir: string): LockOwner | undefined {
  const owner = readOwner(join(dataDir, LOCK_FILE));
  return owner && !isStale(owner) ? owner : undefined;
}

/** Take the directory's lock or throw DataDirLocked. The directory must exist. */
export function lockDataDir(dataDir: string): DataDirLock {
  const file = join(dataDir, LOCK_FILE);
  const owner: LockOwner = {
    pid: process.pid,
    host: hostname(),
    since: new Date().toISOString(),
    token: randomBytes(12).toString('hex'),
  };
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o644);
      try {
        writeFileSync(fd, JSON.stringify(owner));
      } finally {
        closeSync(fd);
      }
      return held(file, owner);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const current = readOwner(file);
    if (current && !isStale(current)) throw new DataDirLocked(dataDir, current, file);
    if (!current && !unreadableForLong(file)) {
      // Just created by another opener and not yet written: it is live.
      throw new DataDirLocked(dataDir, undefined, file);
    }
    takeOver(file, current);
  }
  throw new DataDirLocked(dataDir, readOwner(file), file);
}

/** A lock file that has held no readable owner for seconds was left half-written by a crash. */
function unreadableForLong(file: string): boolean {
  try {
    return Date.now() - statSync(file).mtimeMs > 5_000;
  } catch {
    return true;
  }
}

/**
 * Move a stale lock aside. Two openers may both find it stale: the rename is atomic, so only one
 * moves it; the other finds either nothing (and retries the exclusive create) or the winner's
 * fresh lock, which it then reads as live. What was moved is checked to be the stale lock read
 * before; if a live lock was moved by mistake, it is put back.
 */
function takeOver(file: string, stale: LockOwner | undefined): void {
  const aside = `${file}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    renameSync(file, aside);
  } catch {
    return;
  }
  const moved = readOwner(aside);
  if (moved && stale && moved.token !== stale.token && !isStale(moved)) {
    try {
      renameSync(aside, file);
    } catch {
      // Leave it aside: its owner still holds the directory by its pid, which the next check reads.
    }
    return;
  }
  try {
    unlinkSync(aside);
  } catch {
    // Already gone.
  }
}

function held(file: string, owner: LockOwner): DataDirLock {
  let released = false;
  const ours = () => readOwner(file)?.token === owner.token;
  const releaseNow = () => {
    if (released) return;
    released = true;
    process.off('exit', releaseNow);
    try {
      if (ours()) unlinkSync(file);
    } catch {
      // Gone already: nothing to release.
    }
  };
  // A process that ends without closing its store (process.exit, an uncaught error) still lets go;
  // only kill -9 or a crash of the runtime leaves the file, and that is the stale case above.
  process.on('exit', releaseNow);
  return {
    file,
    advertise(url) {
      if (released || !ours()) return;
      owner.url = url;
      const next = `${file}.${owner.token}`;
      writeFileSync(next, JSON.stringify(owner), { mode: 0o644 });
      renameSync(next, file);
    },
    release: releaseNow,
  };
}
