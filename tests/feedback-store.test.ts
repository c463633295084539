import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createClient } from '@libsql/client';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeedbackConfig } from '../src/config/feedback-config.js';
import { FeedbackError } from '../src/feedback/feedback-error.js';
import type { FeedbackStore } from '../src/feedback/store.js';
import { openFeedbackStore } from '../src/feedback/store.js';
import { hashUserId } from '../src/feedback/user-hash.js';
import { temporaryDataDir, testAnswer, testFeedbackConfig, testQuote } from './support/feedback-fixtures.js';

const USER = '314159265358979323';
const OTHER_USER = '271828182845904523';
const DAY_MS = 86_400_000;
const QUOTES = [
  testQuote('seoul-briefing', 'Officials in Seoul said the first units crossed into Russia by train in early October.'),
  testQuote('kursk-front', 'A regional governor said the new arrivals were kept away from the front line at first.', 120),
];

let dataDir: string;
let config: FeedbackConfig;
const opened: FeedbackStore[] = [];

async function open(overrides: Partial<FeedbackConfig> = {}): Promise<FeedbackStore> {
  const store = await openFeedbackStore({ ...config, ...overrides });
  opened.push(store);
  return store;
}

// Reads the database the way any SQLite tool would, bypassing the store.
async function rawRows(sql: string) {
  const client = createClient({ url: pathToFileURL(path.join(dataDir, 'conflict-desk.db')).href });
  try {
    return (await client.execute(sql)).rows;
  } finally {
    client.close();
  }
}

beforeEach(async () => {
  dataDir = await temporaryDataDir();
  config = testFeedbackConfig(dataDir);
});

afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('the feedback store', () => {
  it('gives back a logged answer with its question, verdict, time and quotes', async () => {
    const store = await open();
    const askedAt = new Date('2026-11-20T10:00:00.000Z');
    const id = await store.logAnswer(testAnswer('When did the first units cross into Russia?', 'answered', QUOTES), askedAt);
    expect(await store.answer(id!)).toEqual({
      id,
      question: 'When did the first units cross into Russia?',
      verdict: 'answered',
      askedAt: '2026-11-20T10:00:00.000Z',
      quotes: [
        { articleId: 'seoul-briefing', text: QUOTES[0]!.text, start: 0, end: QUOTES[0]!.text.length },
        { articleId: 'kursk-front', text: QUOTES[1]!.text, start: 120, end: 120 + QUOTES[1]!.text.length },
      ],
    });
  });

  it('knows no answer by an id it never logged', async () => {
    const store = await open();
    expect(await store.answer('00000000-0000-4000-8000-000000000000')).toBeNull();
  });

  it('applies its migrations once, and keeps the data when reopened', async () => {
    const first = await open();
    const id = await first.logAnswer(testAnswer('Where were the units trained?', 'related', QUOTES));
    await first.close();
    const versionsBefore = await rawRows('SELECT version, applied_at FROM schema_version');
    const second = await open();
    expect(await rawRows('SELECT version, applied_at FROM schema_version')).toEqual(versionsBefore);
    expect(versionsBefore).toHaveLength(1);
    expect((await second.answer(id!))?.question).toBe('Where were the units trained?');
  });

  it('refuses a database written by a newer schema, saying what to do', async () => {
    await (await open()).close();
    const client = createClient({ url: pathToFileURL(path.join(dataDir, 'conflict-desk.db')).href });
    await client.execute("INSERT INTO schema_version (version, applied_at) VALUES (99, '2030-01-01T00:00:00.000Z')");
    client.close();
    const refusal = await open().catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(FeedbackError);
    expect((refusal as FeedbackError).kind).toBe('database-too-new');
    expect((refusal as FeedbackError).message).toContain('schema version 99');
  });

  it('refuses a database file that is not SQLite, naming the file and what to check', async () => {
    await writeFile(path.join(dataDir, 'conflict-desk.db'), 'these are notes, not a database\n'.repeat(200));
    const refusal = await open().catch((error: unknown) => error);
    expect(refusal).toMatchObject({
      kind: 'database-unavailable',
      message: expect.stringMatching(/Cannot open the feedback database file .*conflict-desk\.db: .*Check that DATA_DIR is writable/),
    });
  });

  it('says which server it cannot reach when DATABASE_URL names one that does not answer', async () => {
    const refusal = await open({ databaseUrl: 'http://127.0.0.1:9' }).catch((error: unknown) => error);
    expect(refusal).toMatchObject({
      kind: 'database-unavailable',
      message: expect.stringMatching(/Cannot open the feedback database at http:\/\/127\.0\.0\.1:9: .*Check DATABASE_URL and DATABASE_AUTH_TOKEN/),
    });
    expect(await readdir(dataDir)).not.toContain('conflict-desk.db');
  });

  it('keeps the file database in WAL mode', async () => {
    await open();
    expect(await rawRows('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
  });

  it('counts one rating per person per answer: a second rating replaces the first', async () => {
    const store = await open();
    const id = (await store.logAnswer(testAnswer('Who trained the units?', 'answered', QUOTES)))!;
    expect(await store.rate(id, USER, 'helpful')).toEqual({ replaced: false });
    expect(await store.rate(id, USER, 'not-helpful')).toEqual({ replaced: true });
    expect(await store.rate(id, OTHER_USER, 'helpful')).toEqual({ replaced: false });
    expect(await rawRows('SELECT rating FROM ratings ORDER BY rating')).toEqual([{ rating: 'helpful' }, { rating: 'not-helpful' }]);
  });

  it('refuses a rating for an answer that is not in the log, naming how long answers are kept', async () => {
    const store = await open();
    const refusal = await store.rate('00000000-0000-4000-8000-000000000000', USER, 'helpful').catch((error: unknown) => error);
    expect(refusal).toMatchObject({ kind: 'unknown-answer', message: expect.stringContaining('kept 30 days') });
    expect(await rawRows('SELECT * FROM ratings')).toEqual([]);
  });

  it('counts one report per person per answer and quote: a second report replaces the first', async () => {
    const store = await open();
    const id = (await store.logAnswer(testAnswer('Who trained the units?', 'answered', QUOTES)))!;
    expect(await store.report(id, USER, { quote: 1, reason: 'not-an-answer', comment: null })).toEqual({ replaced: false });
    expect(await store.report(id, USER, { quote: 1, reason: 'out-of-date', comment: '  The governor was replaced.  ' })).toEqual({ replaced: true });
    expect(await store.report(id, USER, { quote: 0, reason: 'wrong-attribution', comment: '' })).toEqual({ replaced: false });
    expect(await rawRows('SELECT quote, reason, comment FROM reports ORDER BY quote')).toEqual([
      { quote: 0, reason: 'wrong-attribution', comment: null },
      { quote: 1, reason: 'out-of-date', comment: 'The governor was replaced.' },
    ]);
  });

  it('refuses a report on a quote the answer does not have', async () => {
    const store = await open();
    const id = (await store.logAnswer(testAnswer('Who trained the units?', 'answered', QUOTES)))!;
    const refusal = await store.report(id, USER, { quote: 2, reason: 'other', comment: null }).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ kind: 'unknown-quote', message: expect.stringContaining('no quote number 3') });
  });

  it('refuses a comment over 500 characters, saying how long it is', async () => {
    const store = await open();
    const id = (await store.logAnswer(testAnswer('Who trained the units?', 'answered', QUOTES)))!;
    const refusal = await store.report(id, USER, { quote: 0, reason: 'other', comment: 'x'.repeat(501) }).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ kind: 'comment-too-long', message: expect.stringContaining('501 characters') });
    expect(await rawRows('SELECT * FROM reports')).toEqual([]);
  });

  it('lists reported quotes by article, quote and reason, most reported first', async () => {
    const store = await open();
    const first = (await store.logAnswer(testAnswer('Who trained the units?', 'answered', QUOTES)))!;
    const second = (await store.logAnswer(testAnswer('Who is training the units?', 'answered', [QUOTES[1]!])))!;
    await store.report(first, USER, { quote: 1, reason: 'not-an-answer', comment: null });
    await store.report(second, USER, { quote: 0, reason: 'not-an-answer', comment: null });
    await store.report(first, OTHER_USER, { quote: 0, reason: 'wrong-attribution', comment: null });
    expect(await store.reports(new Date(Date.now() - DAY_MS))).toEqual([
      { articleId: 'kursk-front', quote: QUOTES[1]!.text, reason: 'not-an-answer', count: 2 },
      { articleId: 'seoul-briefing', quote: QUOTES[0]!.text, reason: 'wrong-attribution', count: 1 },
    ]);
    expect(await store.reports(new Date(Date.now() + DAY_MS))).toEqual([]);
  });

  it('prunes answers, with their quotes, ratings and reports, once they are older than QUESTION_LOG_DAYS', async () => {
    const store = await open({ retentionDays: 7 });
    const now = new Date();
    const old = (await store.logAnswer(testAnswer('Who trained the units?', 'answered', QUOTES), new Date(now.getTime() - 8 * DAY_MS)))!;
    const recent = (await store.logAnswer(testAnswer('Where are the units now?', 'related', QUOTES), new Date(now.getTime() - 6 * DAY_MS)))!;
    await store.rate(old, USER, 'helpful');
    await store.report(old, USER, { quote: 0, reason: 'other', comment: null });
    await store.rate(recent, USER, 'helpful');
    // 1 answer, its 2 quotes, 1 rating and 1 report.
    expect(await store.prune(now)).toBe(5);
    expect(await store.answer(old)).toBeNull();
    expect((await store.answer(recent))?.quotes).toHaveLength(2);
    expect(await rawRows('SELECT answer_id FROM ratings')).toEqual([{ answer_id: recent }]);
    expect(await rawRows('SELECT * FROM reports')).toEqual([]);
    expect(await store.prune(now)).toBe(0);
  });

  it('stores no Discord user id in clear anywhere in the database files, only its keyed hash', async () => {
    const store = await open();
    const id = (await store.logAnswer(testAnswer('Who trained the units?', 'answered', QUOTES)))!;
    await store.rate(id, USER, 'helpful');
    await store.report(id, USER, { quote: 0, reason: 'other', comment: null });
    const secret = (await readFile(path.join(dataDir, 'feedback-secret'), 'utf8')).trim();
    const files = (await readdir(dataDir)).filter((name) => name.startsWith('conflict-desk.db'));
    const contents = Buffer.concat(await Promise.all(files.map((name) => readFile(path.join(dataDir, name)))));
    expect(contents.includes(USER)).toBe(false);
    expect(contents.includes(hashUserId(secret, USER))).toBe(true);
  });

  it('creates its database files readable by the owner only', async () => {
    const store = await open();
    await store.logAnswer(testAnswer('Who trained the units?', 'answered', QUOTES));
    const files = (await readdir(dataDir)).filter((name) => name.startsWith('conflict-desk.db'));
    expect(files).toEqual(expect.arrayContaining(['conflict-desk.db', 'conflict-desk.db-wal']));
    for (const name of files) expect({ name, mode: (await stat(path.join(dataDir, name))).mode & 0o777 }).toEqual({ name, mode: 0o600 });
  });

  it('creates its secret once, readable by the owner only, and keeps using it', async () => {
    const store = await open();
    const secretFile = path.join(dataDir, 'feedback-secret');
    const secret = await readFile(secretFile, 'utf8');
    expect((await stat(secretFile)).mode & 0o777).toBe(0o600);
    await store.close();
    await open();
    expect(await readFile(secretFile, 'utf8')).toBe(secret);
  });

  it('says which secret file it cannot read, and what to do, instead of failing with a bare file-system error', async () => {
    await mkdir(path.join(dataDir, 'feedback-secret'));
    const refusal = await open().catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(FeedbackError);
    expect(refusal).toMatchObject({
      kind: 'secret-unavailable',
      message: expect.stringMatching(/Cannot read or create the feedback secret .*feedback-secret: .*Check that DATA_DIR is writable .* or set FEEDBACK_SECRET/),
    });
  });

  it('hashes user ids with FEEDBACK_SECRET when it is set, and keeps no secret file', async () => {
    const secret = 'a-secret-shared-by-every-bot-process-0123456789';
    const store = await open({ secret });
    const id = (await store.logAnswer(testAnswer('Who trained the units?', 'answered', QUOTES)))!;
    await store.rate(id, USER, 'helpful');
    expect(await rawRows('SELECT user_hash FROM ratings')).toEqual([{ user_hash: hashUserId(secret, USER) }]);
    expect(await readdir(dataDir)).not.toContain('feedback-secret');
  });

  it('with QUESTION_LOG=off stores nothing at all: no database, no secret, no answer id', async () => {
    const store = await open({ questionLog: false });
    expect(await store.logAnswer(testAnswer('Who trained the units?', 'answered', QUOTES))).toBeNull();
    await expect(store.rate('00000000-0000-4000-8000-000000000000', USER, 'helpful')).rejects.toMatchObject({ kind: 'log-off' });
    expect(await store.gaps(new Date(0))).toEqual([]);
    expect(await readdir(dataDir)).toEqual([]);
  });
});
