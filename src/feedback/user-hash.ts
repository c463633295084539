import { createHmac, randomBytes } from 'node:crypto';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FeedbackConfig } from '../config/feedback-config.js';
import { FeedbackError } from './feedback-error.js';

const SECRET_FILE = 'feedback-secret';
const MIN_SECRET_LENGTH = 32;

/** The key of the user hash: FEEDBACK_SECRET, else the one kept in DATA_DIR, created on first use. */
export async function loadUserKey(config: FeedbackConfig): Promise<string> {
  if (config.secret !== null) return config.secret;
  const file = path.join(config.dataDir, SECRET_FILE);
  const secret = await readOrCreate(file);
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new FeedbackError(
      'bad-secret',
      `${file} holds no usable secret (fewer than ${MIN_SECRET_LENGTH} characters). Delete it to have a new one made (feedback already stored then no longer counts against the same people), or set FEEDBACK_SECRET in .env.`,
    );
  }
  return secret;
}

/** Stands for a Discord user id: the same person gives the same hash, and the id cannot be read back from it. */
export function hashUserId(key: string, userId: string): string {
  return createHmac('sha256', key).update(userId).digest('hex');
}

async function readOrCreate(file: string): Promise<string> {
  try {
    return (await readIfPresent(file)) ?? (await createSecret(file));
  } catch (error) {
    throw new FeedbackError(
      'secret-unavailable',
      `Cannot read or create the feedback secret ${file}: ${(error as Error).message}. Check that DATA_DIR is writable by the user the bot runs as, or set FEEDBACK_SECRET in .env.`,
    );
  }
}

async function readIfPresent(file: string): Promise<string | null> {
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

// Written whole under a private name, then linked into place: of two processes starting at once, one links its
// secret and both use that one; neither ever reads a half-written file.
async function createSecret(file: string): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true });
  const draft = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(draft, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600 });
    await link(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await rm(draft, { force: true });
  }
  return (await readFile(file, 'utf8')).trim();
}
