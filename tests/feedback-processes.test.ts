import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createClient } from '@libsql/client';
import { afterEach, describe, expect, it } from 'vitest';
import { hashUserId } from '../src/feedback/user-hash.js';
import { temporaryDataDir } from './support/feedback-fixtures.js';

const ROWS_PER_PROCESS = 300;
const USER = '314159265358979323';

let dataDir: string | undefined;
const children: ChildProcess[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

interface Writer {
  child: ChildProcess;
  /** Resolves when the writer has printed `line`. */
  said: (line: string) => Promise<void>;
  done: Promise<{ code: number | null; stderr: string }>;
}

function startWriter(name: string): Writer {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/feedback-writer.ts', dataDir!, name, String(ROWS_PER_PROCESS), USER]);
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const done = once(child, 'exit').then(([code]) => ({ code: code as number | null, stderr }));
  const said = async (line: string) => {
    while (!stdout.split('\n').includes(line)) {
      if (child.exitCode !== null) return;
      await Promise.race([once(child.stdout!, 'data'), done]);
    }
  };
  return { child, said, done };
}

// Waits until every writer has said `line` (or stopped), then tells all of them to go on at once.
async function stepTogether(writers: Writer[], line: string): Promise<void> {
  await Promise.all(writers.map((w) => w.said(line)));
  for (const { child } of writers) if (child.exitCode === null) child.stdin!.write('go\n');
}

describe('two bot processes on one database file', () => {
  it('both write hundreds of answers and ratings at the same time, and every write lands', async () => {
    dataDir = await temporaryDataDir();
    const writers = [startWriter('first'), startWriter('second')];
    // Both create and migrate the new database file at once, then both write at once.
    await stepTogether(writers, 'ready');
    await stepTogether(writers, 'open');
    const results = await Promise.all(writers.map((w) => w.done));
    expect(results).toEqual([{ code: 0, stderr: '' }, { code: 0, stderr: '' }]);

    const client = createClient({ url: pathToFileURL(path.join(dataDir, 'conflict-desk.db')).href });
    try {
      const perWriter = await client.execute(
        "SELECT substr(question, 1, instr(question, ' ') - 1) AS writer, count(*) AS answers, min(asked_at) AS first, max(asked_at) AS last FROM answers GROUP BY writer ORDER BY writer",
      );
      expect(perWriter.rows.map((r) => [r['writer'], r['answers']])).toEqual([
        ['first', ROWS_PER_PROCESS],
        ['second', ROWS_PER_PROCESS],
      ]);
      // Each began writing before the other finished: the writes really were concurrent.
      const [a, b] = perWriter.rows as unknown as { first: string; last: string }[];
      expect(a!.first < b!.last && b!.first < a!.last).toBe(true);

      // Both used the one secret created in DATA_DIR, so the same person is the same hash in either process.
      const secret = (await readFile(path.join(dataDir, 'feedback-secret'), 'utf8')).trim();
      const ratings = await client.execute('SELECT user_hash, count(*) AS n FROM ratings GROUP BY user_hash');
      expect(ratings.rows.map((r) => ({ ...r }))).toEqual([{ user_hash: hashUserId(secret, USER), n: 2 * ROWS_PER_PROCESS }]);
    } finally {
      client.close();
    }
  });
});
