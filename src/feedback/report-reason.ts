/** Why a member reported a quote, as the report modal offers it. */
export type ReportReason = 'not-an-answer' | 'wrong-attribution' | 'out-of-date' | 'other';
export const REPORT_REASONS: readonly ReportReason[] = ['not-an-answer', 'wrong-attribution', 'out-of-date', 'other'];

/** Each reason in words, as moderators and maintainers read it in `/sources view:reports` and `npm run gaps`. */
export const REPORT_REASON_TEXT: Record<ReportReason, string> = {
  'not-an-answer': 'not an answer to the question',
  'wrong-attribution': 'wrong attribution',
  'out-of-date': 'out of date',
  other: 'other',
};
