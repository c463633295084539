import { z } from 'zod';
import { parseOptionalEnv } from './engine-config.js';

const feedbackEnvSchema = z.object({
  DATA_DIR: z.string().min(1).default('data'),
  QUESTION_LOG: z.enum(['on', 'off'], { error: 'must be on or off' }).default('on'),
  QUESTION_LOG_DAYS: z.coerce
    .number({ error: 'must be a whole number of days' })
    .int('must be a whole number of days')
    .positive('must be at least 1 (day)')
    .default(30),
  FEEDBACK_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters; make one with `openssl rand -hex 32`, or leave it empty to keep one in DATA_DIR')
    .optional(),
  DATABASE_URL: z
    .url({
      protocol: /^(libsql|https?)$/,
      error: 'must be a libsql://, https:// or http:// address of a shared libSQL server, or empty for the file in DATA_DIR',
    })
    .optional(),
  DATABASE_AUTH_TOKEN: z.string().optional(),
});

/** Where feedback and the question log are kept, whether they are kept at all, and for how long. */
export interface FeedbackConfig {
  /** Holds the database file (unless `databaseUrl` is set) and the generated secret (unless `secret` is set). */
  dataDir: string;
  /** False (QUESTION_LOG=off): nothing is stored, not even a database file. */
  questionLog: boolean;
  /** Answers, ratings and reports older than this are deleted. */
  retentionDays: number;
  /** Key of the hash that stands for Discord user ids; null: a random one kept in DATA_DIR/feedback-secret. */
  secret: string | null;
  /** A shared libSQL server for several bot processes; null: the file DATA_DIR/conflict-desk.db. */
  databaseUrl: string | null;
  databaseAuthToken: string | null;
}

/** Reads the feedback variables (see .env.example); a bad value names the variable and what it must be. */
export function loadFeedbackConfig(env: NodeJS.ProcessEnv = process.env): FeedbackConfig {
  const e = parseOptionalEnv(feedbackEnvSchema, env);
  return {
    dataDir: e.DATA_DIR,
    questionLog: e.QUESTION_LOG === 'on',
    retentionDays: e.QUESTION_LOG_DAYS,
    secret: e.FEEDBACK_SECRET ?? null,
    databaseUrl: e.DATABASE_URL ?? null,
    databaseAuthToken: e.DATABASE_AUTH_TOKEN ?? null,
  };
}
