import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';

const LOCK_FILE = 'writer.lock';
const POLL_MS = 250;

/** How long to wait for another writer to finish before giving up, and whom to tell that we wait. */
export interface LockWait {
  timeoutMs: number;
  onWait: (holder: string) => void;
}

const NO_WAIT: LockWait = { timeoutMs: 0, onWait: () => {} };

export class IndexLockedError extends Error {
  override name = 'IndexLockedError';
}

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

/**
 * Runs `work` as the only writer of INDEX_DIR across processes (a CLI reindex and the bot's /reindex),
 * waiting up to `wait.timeoutMs` for another writer to finish.
 * The lock file records its owner; a lock left by a process that no longer runs on this host (killed, crashed) is
 * taken over at once. Written by hand because lock libraries judge staleness by file age, which would block
 * every reindex for that long after a crash.
 */
export async function withWriterLock<T>(indexDir: string, work: () => Promise<T>, wait: LockWait = NO_WAIT): Promise<T> {
  await mkdir(indexDir, { recursive: true });
  const lockPath = path.join(indexDir, LOCK_FILE);
  const deadline = Date.now() + wait.timeoutMs;
  for (let told = false; ; ) {
    try {
      await acquire(lockPath);
      break;
    } catch (error) {
      if (!(error instanceof IndexLockedError) || Date.now() >= deadline) throw error;
      if (!told) wait.onWait(error.message);
      told = true;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
  try {
    return await work();
  } finally {
    await rm(lockPath, { force: true });
  }
}

async function acquire(lockPath: string): Promise<void> {
  const me: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(lockPath, JSON.stringify(me), { flag: 'wx' });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = await readOwner(lockPath);
    if (owner && isAlive(owner)) {
      throw new IndexLockedError(
        `Another process (pid ${owner.pid} on ${owner.host}, since ${owner.since}) is rebuilding the index in ` +
          `${path.dirname(lockPath)}; wait for it to finish. If no such process runs, delete ${lockPath}.`,
      );
    }
    await rm(lockPath, { force: true });
  }
  throw new IndexLockedError(`Could not take the index lock ${lockPath}; another process keeps taking it. Try again.`);
}

async function readOwner(lockPath: string): Promise<LockOwner | null> {
  try {
    return JSON.parse(await readFile(lockPath, 'utf8')) as LockOwner;
  } catch {
    // Unreadable or half-written by a process that died mid-write: nobody holds it.
    return null;
  }
}

function isAlive(owner: LockOwner): boolean {
  // On another host the pid means nothing here; trust the lock.
  if (owner.host !== hostname()) return true;
  if (owner.pid === process.pid) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
