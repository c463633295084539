import { describe, expect, it } from 'vitest';
import { ConfigError } from '../src/config/engine-config.js';
import { loadFeedbackConfig } from '../src/config/feedback-config.js';

describe('the feedback configuration', () => {
  it('keeps the question log on, for 30 days, in a database file in data/, by default', () => {
    expect(loadFeedbackConfig({})).toEqual({
      dataDir: 'data',
      questionLog: true,
      retentionDays: 30,
      secret: null,
      databaseUrl: null,
      databaseAuthToken: null,
    });
  });

  it('treats empty variables, as .env.example leaves them, as not set', () => {
    expect(loadFeedbackConfig({ FEEDBACK_SECRET: '', DATABASE_URL: '', QUESTION_LOG_DAYS: '' })).toMatchObject({
      secret: null,
      databaseUrl: null,
      retentionDays: 30,
    });
  });

  it('reads a shared server, its token, a secret, a retention and QUESTION_LOG=off', () => {
    expect(
      loadFeedbackConfig({
        DATA_DIR: '/var/lib/conflict-desk',
        QUESTION_LOG: 'off',
        QUESTION_LOG_DAYS: '7',
        FEEDBACK_SECRET: 'f'.repeat(64),
        DATABASE_URL: 'libsql://feedback.example.org',
        DATABASE_AUTH_TOKEN: 'token',
      }),
    ).toEqual({
      dataDir: '/var/lib/conflict-desk',
      questionLog: false,
      retentionDays: 7,
      secret: 'f'.repeat(64),
      databaseUrl: 'libsql://feedback.example.org',
      databaseAuthToken: 'token',
    });
  });

  it.each([
    [{ QUESTION_LOG: 'no' }, 'QUESTION_LOG: must be on or off'],
    [{ QUESTION_LOG_DAYS: '0' }, 'QUESTION_LOG_DAYS: must be at least 1'],
    [{ QUESTION_LOG_DAYS: '2.5' }, 'QUESTION_LOG_DAYS: must be a whole number of days'],
    [{ QUESTION_LOG_DAYS: 'month' }, 'QUESTION_LOG_DAYS: must be a whole number of days'],
    [{ FEEDBACK_SECRET: 'short' }, 'FEEDBACK_SECRET: must be at least 32 characters'],
    [{ DATABASE_URL: 'postgres://db.example.org' }, 'DATABASE_URL: must be a libsql://, https:// or http:// address'],
  ])('refuses %o, naming the variable and what it must be', (env, message) => {
    expect(() => loadFeedbackConfig(env)).toThrow(ConfigError);
    expect(() => loadFeedbackConfig(env)).toThrow(message);
  });
});
