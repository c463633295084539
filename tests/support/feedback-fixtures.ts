import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Answer, Quote, Verdict } from '../../src/answer/answer.js';
import type { FeedbackConfig } from '../../src/config/feedback-config.js';

/** A fresh, empty data folder under the system's temporary folder; the caller removes it. */
export function temporaryDataDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'conflict-desk-data-'));
}

/** Feedback kept in `dataDir`, on, for 30 days, with a secret made there. */
export function testFeedbackConfig(dataDir: string, overrides: Partial<FeedbackConfig> = {}): FeedbackConfig {
  return { dataDir, questionLog: true, retentionDays: 30, secret: null, databaseUrl: null, databaseAuthToken: null, ...overrides };
}

/** A quote as the engine gives it, from an article of our own making. */
export function testQuote(articleId: string, text: string, start = 0): Quote {
  return {
    text,
    score: 0.8,
    article: { id: articleId, title: `Report ${articleId}`, publisher: 'Test Wire', url: null, published: '2026-11-02' },
    link: null,
    passageId: `${articleId}#0`,
    start,
    end: start + text.length,
  };
}

/** An answer with the given verdict; refused answers carry no quotes, as the engine's never do. */
export function testAnswer(question: string, verdict: Verdict, quotes: Quote[] = []): Answer {
  return { question, verdict, quotes: verdict === 'refused' ? [] : quotes, notes: [], differing: null, model: 'test-model', indexBuiltAt: '2026-11-30T08:00:00.000Z' };
}
