import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFeedbackStore } from '../src/feedback/store.js';
import { temporaryDataDir, testAnswer, testFeedbackConfig, testQuote } from './support/feedback-fixtures.js';

const run = promisify(execFile);
const DAY_MS = 86_400_000;
const QUOTE = testQuote('kursk-front', 'A regional governor said the new arrivals were kept away from the front line at first.');
let dataDir: string;

// Runs `npm run gaps` as a maintainer would, on the test's data folder.
async function gaps(args: string[], env: Partial<NodeJS.ProcessEnv> = {}) {
  const result = await run(process.execPath, ['--import', 'tsx', 'src/cli/gaps.ts', ...args], {
    env: { ...process.env, DATA_DIR: dataDir, QUESTION_LOG: 'on', DATABASE_URL: '', FEEDBACK_SECRET: '', ...env },
  }).catch((error: { stdout: string; stderr: string; code: number }) => error);
  return { stdout: result.stdout, stderr: result.stderr, code: 'code' in result ? result.code : 0 };
}

beforeAll(async () => {
  dataDir = await temporaryDataDir();
  const store = await openFeedbackStore(testFeedbackConfig(dataDir));
  const now = Date.now();
  await store.logAnswer(testAnswer('How many North Korean troops are in Kursk?', 'refused'), new Date(now - 3 * DAY_MS));
  await store.logAnswer(testAnswer('How many North Korean troops are fighting in Kursk?', 'refused'), new Date(now - 2 * DAY_MS));
  await store.logAnswer(testAnswer('Who commands the units?', 'related', [QUOTE]), new Date(now - 20 * DAY_MS));
  const answered = await store.logAnswer(testAnswer('Where were the arrivals kept?', 'answered', [QUOTE]), new Date(now - DAY_MS));
  await store.report(answered!, '314159265358979323', { quote: 0, reason: 'not-an-answer', comment: null });
  await store.report(answered!, '271828182845904523', { quote: 0, reason: 'not-an-answer', comment: 'Says where, not who.' });
  await store.close();
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('npm run gaps', () => {
  it('--json prints exactly one object with the agreed fields', async () => {
    const { stdout, code } = await gaps(['--json']);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['since', 'gaps', 'reports']);
    expect(Date.now() - Date.parse(result.since)).toBeGreaterThanOrEqual(30 * DAY_MS);
    expect(result.gaps.map((gap: object) => Object.keys(gap))).toEqual([
      ['question', 'asked', 'verdict', 'lastAsked', 'examples'],
      ['question', 'asked', 'verdict', 'lastAsked', 'examples'],
    ]);
    expect(result.gaps[0]).toMatchObject({
      asked: 2,
      verdict: 'refused',
      examples: ['How many North Korean troops are fighting in Kursk?', 'How many North Korean troops are in Kursk?'],
    });
    expect(result.reports).toEqual([{ articleId: 'kursk-front', quote: QUOTE.text, reason: 'not-an-answer', count: 2 }]);
  });

  it('--days N lists only the questions of the last N days', async () => {
    const { stdout } = await gaps(['--json', '--days', '7']);
    expect(JSON.parse(stdout).gaps.map((gap: { asked: number }) => gap.asked)).toEqual([2]);
  });

  it('prints a table for people: counts, wordings, verdicts and reported quotes with their reasons', async () => {
    const { stdout, code } = await gaps([]);
    expect(code).toBe(0);
    expect(stdout).toContain('Questions the corpus could not answer in the last 30 day(s): 2');
    expect(stdout).toContain('    2×  How many North Korean troops are fighting in Kursk?');
    expect(stdout).toContain('also asked as: How many North Korean troops are in Kursk?');
    expect(stdout).toContain('related only · last asked');
    expect(stdout).toContain('    2×  not an answer to the question · article kursk-front');
    expect(stdout).toContain(`“${QUOTE.text}”`);
  });

  it('with QUESTION_LOG=off says that nothing is stored and lists nothing', async () => {
    const { stdout, stderr, code } = await gaps(['--json'], { QUESTION_LOG: 'off' });
    expect(code).toBe(0);
    expect(stderr).toContain('QUESTION_LOG=off');
    expect(JSON.parse(stdout)).toMatchObject({ gaps: [], reports: [] });
  });

  it.each([
    [['--days', '0'], '--days must be at least 1'],
    [['--days', 'week'], '--days must be a number of days'],
    [['--verbose'], "Unknown option '--verbose'"],
    [['Kursk'], 'gaps takes no words'],
  ])('refuses %o with exit code 2, the problem and the usage', async (args, message) => {
    const { stderr, code } = await gaps(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).toContain('Usage: npm run gaps -- [--json] [--days N]');
  });

  it('names a bad variable and exits 1', async () => {
    const { stderr, code } = await gaps([], { QUESTION_LOG_DAYS: 'month' });
    expect(code).toBe(1);
    expect(stderr).toContain('QUESTION_LOG_DAYS: must be a whole number of days');
  });
});
