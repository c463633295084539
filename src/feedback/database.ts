import { mkdir, writeFile } from 'node:fs/promises';
import { setTimeout } from 'node:timers/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Client } from '@libsql/client';
import { createClient } from '@libsql/client';
import type { FeedbackConfig } from '../config/feedback-config.js';
import { FeedbackError } from './feedback-error.js';
import { migrate } from './migrations.js';

/** The database file in DATA_DIR, when no DATABASE_URL is set. */
export const DATABASE_FILE = 'conflict-desk.db';
// How long a write waits for another process's write to finish before failing with SQLITE_BUSY; each write is one
// short transaction, so only something holding the file far longer than the bot does reaches it.
const BUSY_TIMEOUT_MS = 5000;
const WAL_RETRY_MS = 20;

/** An open, migrated database, and where it is in words for messages. */
export interface Database {
  client: Client;
  where: string;
}

/**
 * Opens the shared server at DATABASE_URL, else the file in DATA_DIR in WAL mode (readers never block the writer,
 * and the busy timeout makes a second process's writer wait its turn instead of failing), then migrates it.
 */
export async function openDatabase(config: FeedbackConfig): Promise<Database> {
  const file = path.resolve(config.dataDir, DATABASE_FILE);
  const where = config.databaseUrl === null ? `file ${file}` : `at ${new URL(config.databaseUrl).origin}`;
  let client: Client | undefined;
  try {
    if (config.databaseUrl === null) {
      await mkdir(config.dataDir, { recursive: true });
      // Made here, empty, so that the log is private to the bot's user; SQLite gives its -wal and -shm files the
      // same mode, and starts a new database in an empty file.
      await writeFile(file, '', { flag: 'a', mode: 0o600 });
      client = createClient({ url: pathToFileURL(file).href, timeout: BUSY_TIMEOUT_MS });
      await switchToWal(client);
    } else {
      client = createClient({ url: config.databaseUrl, authToken: config.databaseAuthToken ?? undefined });
    }
    await migrate(client, where);
    return { client, where };
  } catch (error) {
    client?.close();
    if (error instanceof FeedbackError) throw error;
    const fix =
      config.databaseUrl === null
        ? 'Check that DATA_DIR is writable and that the file is an SQLite database, or set DATA_DIR elsewhere.'
        : 'Check DATABASE_URL and DATABASE_AUTH_TOKEN, and that the server is running.';
    throw new FeedbackError('database-unavailable', `Cannot open the feedback database ${where}: ${(error as Error).message}. ${fix}`);
  }
}

// Switching a new file to WAL needs it to itself, and SQLite answers SQLITE_BUSY at once, without the busy timeout,
// when another process is creating or switching the same file (seen in tests/feedback-processes.test.ts). Once one
// process has switched it, the file stays in WAL mode and this succeeds at the first try.
async function switchToWal(client: Client): Promise<void> {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (;;) {
    try {
      await client.execute('PRAGMA journal_mode = WAL');
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > deadline) throw error;
      await setTimeout(WAL_RETRY_MS);
    }
  }
}
