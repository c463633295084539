import type { EvalMetrics, Failure, QuestionOutcome, Rates } from './metrics.js';
import { failureOf } from './metrics.js';
import { CATEGORIES, isAnswerableCategory } from './question-set.js';

export interface EvalRun {
  setup: string;
  metrics: EvalMetrics;
  outcomes: QuestionOutcome[];
}

const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)}%`);
const dec = (x: number | null) => (x === null ? '–' : x.toFixed(3));
const short = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`);

const FAILURE_LABEL: Record<Failure, string> = {
  refused: 'refused',
  retrieval: 'retrieval (no quoted passage holds the answer)',
  ranking: 'ranking (answer quoted, not first)',
  'quote-selection': 'quote selection (passage holds the answer, quote leaves it out)',
  answered: 'answered instead of refusing (and not marked)',
};

/** The text report of `npm run eval`: overall table, per-category table (all set-ups), then the first set-up's misses. */
export function formatReport(model: string, corpusLine: string, runs: EvalRun[]): string {
  const first = runs[0]!;
  const m = first.metrics;
  const setups = runs.map((r) => r.setup).join(' / ');
  const refusedShare = (rates: Rates, answerable: boolean) =>
    answerable ? rates.falseRefusalRate : (rates.refusalAccuracy ?? rates.unanswerableRefused);
  const lines = [
    `Model ${model}: ${m.questions} questions (${m.answerable} answerable, ${m.offTopic} off-topic, ${m.unanswerable} unanswerable) over ${corpusLine}`,
    '',
    '| retrieval | hit@1 | hit@3 | MRR | false refusals | off-topic refused | unanswerable refused | unanswerable refused or marked | answerable marked |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...runs.map(
      ({ setup, metrics: r }) =>
        `| ${setup} | ${pct(r.hitAt1)} | ${pct(r.hitAt3)} | ${dec(r.mrr)} | ${pct(r.falseRefusalRate)} | ${pct(r.refusalAccuracy)} | ${pct(r.unanswerableRefused)} | ${pct(r.unanswerableRefusedOrMarked)} | ${pct(r.answerableMarked)} |`,
    ),
    '',
    '"Marked": answered with the note that no quoted article mentions a name, or the thing counted, that the question asks about.',
    '',
    `By category, each cell ${setups}; "refused" is the false-refusal rate for answerable categories and the share correctly refused for the others:`,
    '',
    '| category | questions | hit@1 | hit@3 | MRR | refused |',
    '| --- | --- | --- | --- | --- | --- |',
    ...CATEGORIES.filter((category) => m.byCategory[category].questions > 0).map((category) => {
      const answerable = isAnswerableCategory(category);
      const cell = (value: (r: Rates) => string) => runs.map((run) => value(run.metrics.byCategory[category])).join(' / ');
      return (
        `| ${category} | ${m.byCategory[category].questions} | ` +
        (answerable
          ? `${cell((r) => short(r.hitAt1))} | ${cell((r) => short(r.hitAt3))} | ${cell((r) => dec(r.mrr))} | `
          : '– | – | – | ') +
        `${cell((r) => short(refusedShare(r, answerable)))} |`
      );
    }),
  ];
  const misses = first.outcomes.map((o) => ({ o, failure: failureOf(o) })).filter((x) => x.failure !== null);
  if (misses.length > 0) {
    lines.push('', `${first.setup}: not a top-1 hit, or neither refused nor marked:`);
    for (const { o, failure } of misses) {
      const rank = o.hitRank !== null ? ` (hit at rank ${o.hitRank})` : '';
      lines.push(`  [${o.category}] ${FAILURE_LABEL[failure!]}${rank}: ${o.question}`);
      if (failure !== 'refused' && o.quotes[0]) lines.push(`      first quote (${o.quotes[0].articleId}): ${clip(o.quotes[0].text, 110)}`);
    }
  }
  return lines.join('\n');
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
