import { createHash, randomBytes } from 'node:crypto';
import { link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';

const LOCK_FILE = 'writer.lock';
const POLL_MS = 250;
// A draft is written in one call: one that still reads as no owner after this long was left half-written.
const UNREADABLE_DRAFT_AGE_MS = 60_000;

/** How long to wait for another writer to finish before giving up, and whom to tell that we wait. */
export interface LockWait {
  timeoutMs: number;
  onWait: (holder: LockHolder) => void;
}

const NO_WAIT: LockWait = { timeoutMs: 0, onWait: () => {} };

/** Who holds the writer lock, as its lock file says. */
export interface LockHolder {
  pid: number;
  host: string;
  since: string;
  /** The lock file, which a maintainer may delete when no such process runs. */
  lockPath: string;
}

/** Another live process holds the writer lock of `indexDir`. */
export class IndexLockedError extends Error {
  override name = 'IndexLockedError';
  constructor(readonly holder: LockHolder) {
    super(
      `Another process (pid ${holder.pid} on ${holder.host}, since ${holder.since}) is rebuilding the index in ` +
        `${path.dirname(holder.lockPath)}; wait for it to finish. If no such process runs, delete ${holder.lockPath}.`,
    );
  }
}

interface LockOwner {
  pid: number;
  host: string;
  since: string;
  /** Makes every lock file's content unique, so a dead owner's lock is told apart from a new one. */
  nonce: string;
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
      if (!told) wait.onWait(error.holder);
      told = true;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
  try {
    await removeDeadDrafts(indexDir);
    return await work();
  } finally {
    await rm(lockPath, { force: true });
  }
}

// A writer killed between writing its draft lock file and removing it leaves the draft behind; it is never a lock,
// but would pile up. The lock's holder removes the drafts of processes that no longer run. A draft that does not
// read as an owner may be one that another writer is writing at this moment: it goes only once it is old.
async function removeDeadDrafts(indexDir: string): Promise<void> {
  const drafts = (await readdir(indexDir)).filter((name) => name.startsWith(`${LOCK_FILE}.`) && name.endsWith('.tmp'));
  for (const name of drafts) {
    const file = path.join(indexDir, name);
    const owner = parseOwner((await readIfExists(file)) ?? '');
    const dead = owner === null ? await olderThan(file, UNREADABLE_DRAFT_AGE_MS) : !isAlive(owner);
    if (dead) await rm(file, { force: true });
  }
}

async function olderThan(file: string, ageMs: number): Promise<boolean> {
  try {
    return Date.now() - (await stat(file)).mtimeMs > ageMs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

// The lock file is never created empty: the owner is written to a file of our own first, which link(2) then puts
// in place only if no lock exists. A reader therefore always finds a whole owner, never a half-written one that it
// would take for a dead process's.
async function acquire(lockPath: string): Promise<void> {
  const me: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString(), nonce: randomBytes(8).toString('hex') };
  const mine = `${lockPath}.${me.nonce}.tmp`;
  await writeFile(mine, JSON.stringify(me), { flag: 'wx' });
  try {
    // Ends by taking the lock or by finding a live holder; each turn follows a change made by another process.
    for (;;) {
      if (await linkUnlessExists(mine, lockPath)) return;
      const held = await readIfExists(lockPath);
      // Released between the two calls: try again.
      if (held === null) continue;
      const owner = parseOwner(held);
      if (owner && isAlive(owner)) throw new IndexLockedError({ ...owner, lockPath });
      if (await takeOver(lockPath, held, mine)) return;
    }
  } finally {
    await rm(mine, { force: true });
  }
}

/**
 * Replaces the dead owner's lock (whose content is `held`) with ours, or returns false when it has changed since.
 * Several processes may find the same dead lock at once: each must first create a claim named after that content,
 * which only one can, and the winner replaces the lock only if it still holds that content. The rename is atomic,
 * so the lock never disappears in between for a third process to take.
 */
async function takeOver(lockPath: string, held: string, mine: string): Promise<boolean> {
  const claim = `${lockPath}.claim-${createHash('sha256').update(held).digest('hex').slice(0, 16)}`;
  if (!(await linkUnlessExists(mine, claim))) {
    const claimant = parseOwner((await readIfExists(claim)) ?? '');
    // The claimant is about to hold the lock. One killed mid-takeover would block every writer: its claim goes.
    if (claimant && isAlive(claimant)) throw new IndexLockedError({ ...claimant, lockPath });
    await rm(claim, { force: true });
    return false;
  }
  try {
    if ((await readIfExists(lockPath)) !== held) return false;
    await rename(mine, lockPath);
    return true;
  } finally {
    await rm(claim, { force: true });
  }
}

// Null when the file is gone; any other failure (a folder in its place, no permission) is the caller's to report.
async function readIfExists(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

async function linkUnlessExists(from: string, to: string): Promise<boolean> {
  try {
    await link(from, to);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function parseOwner(text: string): LockOwner | null {
  try {
    const owner = JSON.parse(text) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' && typeof owner.since === 'string' ? (owner as LockOwner) : null;
  } catch {
    // Not an owner this version wrote (lock files are written whole): nobody holds it.
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
