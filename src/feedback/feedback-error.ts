/** What went wrong with feedback, for the one place that words it for a user. */
export type FeedbackErrorKind =
  | 'log-off'
  | 'unknown-answer'
  | 'unknown-quote'
  | 'comment-too-long'
  | 'bad-secret'
  | 'secret-unavailable'
  | 'database-unavailable'
  | 'database-too-new';

export class FeedbackError extends Error {
  override name = 'FeedbackError';

  constructor(
    readonly kind: FeedbackErrorKind,
    message: string,
  ) {
    super(message);
  }
}
