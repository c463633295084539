import type { Client } from '@libsql/client';
import { FeedbackError } from './feedback-error.js';

/**
 * The schema, one entry per version; a database at version n has had the first n applied, in order. Never edit a
 * released entry: add the next one. Integrity is enforced by the store's statements rather than foreign keys, which
 * SQLite checks only on connections that turn them on.
 */
const MIGRATIONS: readonly (readonly string[])[] = [
  [
    `CREATE TABLE answers (
      id TEXT PRIMARY KEY,
      question TEXT NOT NULL,
      verdict TEXT NOT NULL CHECK (verdict IN ('answered', 'related', 'refused')),
      asked_at TEXT NOT NULL
    )`,
    'CREATE INDEX answers_by_time ON answers (asked_at)',
    `CREATE TABLE answer_quotes (
      answer_id TEXT NOT NULL,
      position INTEGER NOT NULL,
      article_id TEXT NOT NULL,
      text TEXT NOT NULL,
      start INTEGER NOT NULL,
      "end" INTEGER NOT NULL,
      PRIMARY KEY (answer_id, position)
    )`,
    `CREATE TABLE ratings (
      answer_id TEXT NOT NULL,
      user_hash TEXT NOT NULL,
      rating TEXT NOT NULL CHECK (rating IN ('helpful', 'not-helpful')),
      rated_at TEXT NOT NULL,
      PRIMARY KEY (answer_id, user_hash)
    )`,
    `CREATE TABLE reports (
      answer_id TEXT NOT NULL,
      user_hash TEXT NOT NULL,
      quote INTEGER NOT NULL,
      reason TEXT NOT NULL CHECK (reason IN ('not-an-answer', 'wrong-attribution', 'out-of-date', 'other')),
      comment TEXT CHECK (comment IS NULL OR length(comment) <= 500),
      reported_at TEXT NOT NULL,
      PRIMARY KEY (answer_id, user_hash, quote)
    )`,
    'CREATE INDEX reports_by_time ON reports (reported_at)',
  ],
];

/** The schema version this code writes. */
const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Brings the database up to SCHEMA_VERSION. Runs in one write transaction, so that processes starting together
 * apply each migration once, and a failed migration leaves the previous version intact.
 */
export async function migrate(client: Client, where: string): Promise<void> {
  const transaction = await client.transaction('write');
  try {
    await transaction.execute(
      'CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)',
    );
    const { rows } = await transaction.execute('SELECT coalesce(max(version), 0) AS version FROM schema_version');
    const current = Number(rows[0]?.['version'] ?? 0);
    if (current > SCHEMA_VERSION) {
      throw new FeedbackError(
        'database-too-new',
        `The feedback database ${where} has schema version ${current}, newer than this version of conflict-desk knows (${SCHEMA_VERSION}). Run the newer conflict-desk, or point DATA_DIR or DATABASE_URL elsewhere.`,
      );
    }
    for (let version = current + 1; version <= SCHEMA_VERSION; version++) {
      for (const statement of MIGRATIONS[version - 1]!) await transaction.execute(statement);
      await transaction.execute({
        sql: 'INSERT INTO schema_version (version, applied_at) VALUES (?, ?)',
        args: [version, new Date().toISOString()],
      });
    }
    await transaction.commit();
  } finally {
    transaction.close();
  }
}
