import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Client } from '@libsql/client';
import { createClient } from '@libsql/client';
import type { FeedbackConfig } from '../config/feedback-config.js';
import { FeedbackError } from './feedback-error.js';
import { migrate } from './migrations.js';

export const DATABASE_FILE = 'conflict-desk.db';
// How long a write waits for another process's write to finish. Writes here take well under a millisecond, so
// this is only ever reached when something holds the file far longer than the bot would.
const BUSY_TIMEOUT_MS = 5000;

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
      client = createClient({ url: pathToFileURL(file).href, timeout: BUSY_TIMEOUT_MS });
      await client.execute('PRAGMA journal_mode = WAL');
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
