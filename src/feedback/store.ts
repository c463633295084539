import { randomUUID } from 'node:crypto';
import type { Client, InStatement, Row } from '@libsql/client';
import { z } from 'zod';
import type { Answer } from '../answer/answer.js';
import type { FeedbackConfig } from '../config/feedback-config.js';
import { openDatabase } from './database.js';
import { FeedbackError } from './feedback-error.js';
import { mergeGaps } from './gap-merging.js';
import type { ReportReason } from './report-reason.js';
import { REPORT_REASONS } from './report-reason.js';
import { hashUserId, loadUserKey } from './user-hash.js';

export type Rating = 'helpful' | 'not-helpful';
export const MAX_COMMENT_LENGTH = 500;

export interface StoredAnswer {
  id: string;
  question: string;
  verdict: Answer['verdict'];
  askedAt: string;
  quotes: { articleId: string; text: string; start: number; end: number }[];
}

/** A question the corpus could not answer: its most asked wording, and up to three wordings (that one first). */
export interface Gap {
  question: string;
  asked: number;
  verdict: 'refused' | 'related';
  lastAsked: string;
  examples: string[];
}

/** A quote reported as wrong; `count` is how many reports (one per person per answer) gave this reason. */
export interface QuoteReport {
  articleId: string;
  quote: string;
  reason: ReportReason;
  count: number;
}

export interface FeedbackStore {
  /** Logs an answer (question, verdict, quotes) and returns its id, or null when QUESTION_LOG=off. */
  logAnswer(answer: Answer, askedAt?: Date): Promise<string | null>;
  /** The logged answer, or null when unknown or pruned. */
  answer(id: string): Promise<StoredAnswer | null>;
  /** One rating per user per answer: a second call replaces the first. Returns whether it replaced one. */
  rate(answerId: string, userId: string, rating: Rating): Promise<{ replaced: boolean }>;
  /** One report per user per answer and quote: a second replaces it. `comment` at most 500 characters. */
  report(
    answerId: string,
    userId: string,
    report: { quote: number; reason: ReportReason; comment: string | null },
  ): Promise<{ replaced: boolean }>;
  /** Refused or related questions since `since`, near-duplicates merged, most asked first. */
  gaps(since: Date): Promise<Gap[]>;
  /** Quotes reported as wrong since `since`, grouped by article, quote text and reason, most reported first. */
  reports(since: Date): Promise<QuoteReport[]>;
  /** Deletes answers, ratings and reports older than QUESTION_LOG_DAYS; returns rows deleted. */
  prune(now?: Date): Promise<number>;
  close(): Promise<void>;
}

const DAY_MS = 86_400_000;

/**
 * Opens the feedback database (creating and migrating it as needed). With QUESTION_LOG=off it opens nothing and
 * the store keeps nothing: rate and report then fail with FeedbackError 'log-off'.
 */
export async function openFeedbackStore(config: FeedbackConfig): Promise<FeedbackStore> {
  if (!config.questionLog) return new SilentStore();
  const key = await loadUserKey(config);
  const { client, where } = await openDatabase(config);
  return new DatabaseStore(client, where, key, config.retentionDays);
}

const answerRow = z.object({
  id: z.string(),
  question: z.string(),
  verdict: z.enum(['answered', 'related', 'refused']),
  asked_at: z.string(),
});
const quoteRow = z.object({ article_id: z.string(), text: z.string(), start: z.number(), end: z.number() });
const askedRow = z.object({
  question: z.string(),
  verdict: z.enum(['refused', 'related']),
  asked: z.number(),
  last_asked: z.string(),
});
const reportRow = z.object({
  article_id: z.string(),
  text: z.string(),
  reason: z.enum(REPORT_REASONS as [ReportReason, ...ReportReason[]]),
  count: z.number(),
});

class DatabaseStore implements FeedbackStore {
  constructor(
    private readonly client: Client,
    private readonly where: string,
    private readonly key: string,
    private readonly retentionDays: number,
  ) {}

  async logAnswer(answer: Answer, askedAt = new Date()): Promise<string> {
    return this.guard('log the answer', async () => {
      const id = randomUUID();
      await this.client.batch(
        [
          {
            sql: 'INSERT INTO answers (id, question, verdict, asked_at) VALUES (?, ?, ?, ?)',
            args: [id, answer.question, answer.verdict, askedAt.toISOString()],
          },
          ...answer.quotes.map((quote, position) => ({
            sql: 'INSERT INTO answer_quotes (answer_id, position, article_id, text, start, "end") VALUES (?, ?, ?, ?, ?, ?)',
            args: [id, position, quote.article.id, quote.text, quote.start, quote.end],
          })),
        ],
        'write',
      );
      return id;
    });
  }

  async answer(id: string): Promise<StoredAnswer | null> {
    return this.guard('read the answer', async () => {
      const [answers, quotes] = await this.client.batch(
        [
          { sql: 'SELECT id, question, verdict, asked_at FROM answers WHERE id = ?', args: [id] },
          {
            sql: 'SELECT article_id, text, start, "end" FROM answer_quotes WHERE answer_id = ? ORDER BY position',
            args: [id],
          },
        ],
        'read',
      );
      const found = answers!.rows[0];
      if (found === undefined) return null;
      const row = parseRow(answerRow, found);
      return {
        id: row.id,
        question: row.question,
        verdict: row.verdict,
        askedAt: row.asked_at,
        quotes: quotes!.rows.map((r) => {
          const quote = parseRow(quoteRow, r);
          return { articleId: quote.article_id, text: quote.text, start: quote.start, end: quote.end };
        }),
      };
    });
  }

  async rate(answerId: string, userId: string, rating: Rating): Promise<{ replaced: boolean }> {
    return this.guard('record the rating', async () => {
      const user = hashUserId(this.key, userId);
      const [previous, written] = await this.client.batch(
        [
          { sql: 'SELECT count(*) AS n FROM ratings WHERE answer_id = ? AND user_hash = ?', args: [answerId, user] },
          {
            sql: `INSERT INTO ratings (answer_id, user_hash, rating, rated_at)
                  SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM answers WHERE id = ?)
                  ON CONFLICT (answer_id, user_hash) DO UPDATE SET rating = excluded.rating, rated_at = excluded.rated_at`,
            args: [answerId, user, rating, new Date().toISOString(), answerId],
          },
        ],
        'write',
      );
      if (written!.rowsAffected === 0) throw unknownAnswer(this.retentionDays);
      return { replaced: Number(previous!.rows[0]?.['n']) > 0 };
    });
  }

  async report(
    answerId: string,
    userId: string,
    report: { quote: number; reason: ReportReason; comment: string | null },
  ): Promise<{ replaced: boolean }> {
    const comment = report.comment?.trim() || null;
    if (comment !== null && comment.length > MAX_COMMENT_LENGTH) {
      throw new FeedbackError(
        'comment-too-long',
        `The comment has ${comment.length} characters; keep it to ${MAX_COMMENT_LENGTH} and send the report again.`,
      );
    }
    return this.guard('record the report', async () => {
      const user = hashUserId(this.key, userId);
      const [previous, written, answerKnown] = await this.client.batch(
        [
          {
            sql: 'SELECT count(*) AS n FROM reports WHERE answer_id = ? AND user_hash = ? AND quote = ?',
            args: [answerId, user, report.quote],
          },
          {
            sql: `INSERT INTO reports (answer_id, user_hash, quote, reason, comment, reported_at)
                  SELECT ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM answer_quotes WHERE answer_id = ? AND position = ?)
                  ON CONFLICT (answer_id, user_hash, quote)
                  DO UPDATE SET reason = excluded.reason, comment = excluded.comment, reported_at = excluded.reported_at`,
            args: [answerId, user, report.quote, report.reason, comment, new Date().toISOString(), answerId, report.quote],
          },
          { sql: 'SELECT count(*) AS n FROM answers WHERE id = ?', args: [answerId] },
        ],
        'write',
      );
      if (written!.rowsAffected === 0) {
        if (Number(answerKnown!.rows[0]?.['n']) === 0) throw unknownAnswer(this.retentionDays);
        throw new FeedbackError(
          'unknown-quote',
          `The answer has no quote number ${report.quote + 1}; pick one of the quotes it shows.`,
        );
      }
      return { replaced: Number(previous!.rows[0]?.['n']) > 0 };
    });
  }

  async gaps(since: Date): Promise<Gap[]> {
    return this.guard('read the gaps', async () => {
      const { rows } = await this.client.execute({
        sql: `SELECT question, verdict, count(*) AS asked, max(asked_at) AS last_asked FROM answers
              WHERE verdict IN ('refused', 'related') AND asked_at >= ? GROUP BY question, verdict`,
        args: [since.toISOString()],
      });
      return mergeGaps(
        rows.map((r) => {
          const row = parseRow(askedRow, r);
          return { question: row.question, verdict: row.verdict, asked: row.asked, lastAsked: row.last_asked };
        }),
      );
    });
  }

  async reports(since: Date): Promise<QuoteReport[]> {
    return this.guard('read the reports', async () => {
      const { rows } = await this.client.execute({
        sql: `SELECT q.article_id, q.text, r.reason, count(*) AS count, max(r.reported_at) AS latest
              FROM reports r JOIN answer_quotes q ON q.answer_id = r.answer_id AND q.position = r.quote
              WHERE r.reported_at >= ? GROUP BY q.article_id, q.text, r.reason
              ORDER BY count DESC, latest DESC, q.article_id, q.text, r.reason`,
        args: [since.toISOString()],
      });
      return rows.map((r) => {
        const row = parseRow(reportRow, r);
        return { articleId: row.article_id, quote: row.text, reason: row.reason, count: row.count };
      });
    });
  }

  async prune(now = new Date()): Promise<number> {
    return this.guard('prune old answers', async () => {
      const cutoff = new Date(now.getTime() - this.retentionDays * DAY_MS).toISOString();
      const old = 'SELECT id FROM answers WHERE asked_at < ?';
      const statements: InStatement[] = [
        { sql: `DELETE FROM ratings WHERE rated_at < ? OR answer_id IN (${old})`, args: [cutoff, cutoff] },
        { sql: `DELETE FROM reports WHERE reported_at < ? OR answer_id IN (${old})`, args: [cutoff, cutoff] },
        { sql: `DELETE FROM answer_quotes WHERE answer_id IN (${old})`, args: [cutoff] },
        { sql: 'DELETE FROM answers WHERE asked_at < ?', args: [cutoff] },
      ];
      const results = await this.client.batch(statements, 'write');
      return results.reduce((total, result) => total + result.rowsAffected, 0);
    });
  }

  async close(): Promise<void> {
    this.client.close();
  }

  // Database failures become one typed error that says what was being done and where.
  private async guard<T>(doing: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof FeedbackError) throw error;
      throw new FeedbackError(
        'database-unavailable',
        `Could not ${doing} in the feedback database ${this.where}: ${(error as Error).message}.`,
      );
    }
  }
}

/** QUESTION_LOG=off: nothing is written, and there is nothing to read. */
class SilentStore implements FeedbackStore {
  async logAnswer(): Promise<null> {
    return null;
  }

  async answer(): Promise<null> {
    return null;
  }

  async rate(): Promise<never> {
    throw logOff();
  }

  async report(): Promise<never> {
    throw logOff();
  }

  async gaps(): Promise<Gap[]> {
    return [];
  }

  async reports(): Promise<QuoteReport[]> {
    return [];
  }

  async prune(): Promise<number> {
    return 0;
  }

  async close(): Promise<void> {}
}

function unknownAnswer(retentionDays: number): FeedbackError {
  return new FeedbackError(
    'unknown-answer',
    `This answer is no longer in the log (answers are kept ${retentionDays} days). Ask the question again to give feedback on the new answer.`,
  );
}

function logOff(): FeedbackError {
  return new FeedbackError('log-off', 'Feedback is switched off here (QUESTION_LOG=off), so nothing was recorded.');
}

// A row that does not match is a database this code did not write; say so instead of passing on wrong types.
function parseRow<S extends z.ZodType>(schema: S, row: Row): z.infer<S> {
  const parsed = schema.safeParse({ ...row });
  if (!parsed.success) {
    throw new FeedbackError('database-unavailable', `The feedback database holds a row this version cannot read: ${parsed.error.issues[0]?.message}.`);
  }
  return parsed.data;
}
