import { z } from 'zod';
import { loadFeedbackConfig } from '../config/feedback-config.js';
import { REPORT_REASON_TEXT } from '../feedback/report-reason.js';
import type { Gap, QuoteReport } from '../feedback/store.js';
import { openFeedbackStore } from '../feedback/store.js';
import { runCli } from './run-cli.js';

const USAGE = 'Usage: npm run gaps -- [--json] [--days N]';
const DAY_MS = 86_400_000;

const argsSchema = z.object({
  json: z.boolean().default(false),
  days: z.coerce
    .number({ error: '--days must be a number of days' })
    .int('--days must be a whole number of days')
    .min(1, '--days must be at least 1')
    .default(30),
  positionals: z.array(z.string()).max(0, 'gaps takes no words, only --json and --days N'),
});

await runCli(USAGE, { json: { type: 'boolean' }, days: { type: 'string' } }, argsSchema, async (args) => {
  const config = loadFeedbackConfig();
  if (!config.questionLog) process.stderr.write('QUESTION_LOG=off: no questions or feedback are stored, so there is nothing to list.\n');
  const since = new Date(Date.now() - args.days * DAY_MS);
  const store = await openFeedbackStore(config);
  try {
    const [gaps, reports] = [await store.gaps(since), await store.reports(since)];
    process.stdout.write(args.json ? `${JSON.stringify({ since: since.toISOString(), gaps, reports })}\n` : `${formatForPeople(gaps, reports, args.days)}\n`);
  } finally {
    await store.close();
  }
  return 0;
});

function formatForPeople(gaps: Gap[], reports: QuoteReport[], days: number): string {
  const lines = [`Questions the corpus could not answer in the last ${days} day(s): ${gaps.length}`];
  for (const gap of gaps) {
    const verdict = gap.verdict === 'refused' ? 'refused' : 'related only';
    lines.push(`${String(gap.asked).padStart(5)}×  ${gap.question}`, `        ${verdict} · last asked ${minute(gap.lastAsked)}`);
    for (const example of gap.examples.filter((wording) => wording !== gap.question)) lines.push(`        also asked as: ${example}`);
  }
  if (gaps.length === 0) lines.push('  None.');
  lines.push('', `Quotes reported as wrong in the last ${days} day(s): ${reports.length}`);
  for (const report of reports) {
    lines.push(`${String(report.count).padStart(5)}×  ${REPORT_REASON_TEXT[report.reason]} · article ${report.articleId}`, `        “${report.quote}”`);
  }
  if (reports.length === 0) lines.push('  None.');
  return lines.join('\n');
}

function minute(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}
