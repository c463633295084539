import type { Failure, Rates } from './metrics.js';
import { CATEGORIES, isAnswerableCategory } from './question-set.js';
import type { AblationFigure, SuiteFigures, SuiteResult, View } from './suite-figures.js';
import { ABLATION_FIGURES } from './suite-figures.js';

const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)}%`);
const dec = (x: number | null) => (x === null ? '–' : x.toFixed(3));
const short = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`);

const VIEW_LABEL: Record<View, string> = { tune: 'tuning half', check: 'check half', all: 'all questions' };

const FIGURE_LABEL: Record<AblationFigure, string> = {
  hitAt1: 'hit@1',
  hitAt3: 'hit@3',
  mrr: 'MRR',
  unanswerableNotAnswered: 'unanswerable not answered',
  downgraded: 'downgraded',
  offTopicRefused: 'off-topic refused',
  disagreementDiffering: 'disagreement with differing',
};

const FAILURE_LABEL: Record<Failure, string> = {
  refused: 'refused',
  retrieval: 'retrieval (no quoted passage holds the answer)',
  ranking: 'ranking (answer quoted, not first)',
  'quote-selection': 'quote selection (passage holds the answer, quote leaves it out)',
  downgraded: 'downgraded to related',
  'no-differing': 'sources differ, not said',
  answered: 'presented as answered',
  'not-verbatim': 'QUOTE NOT VERBATIM',
};

/** The text report of one suite: the summary per view, each view per category, the ablation per half, the misses. */
export function formatSuiteReport(result: SuiteResult, figures: SuiteFigures): string {
  const lines = [
    `## Suite ${result.name} (${result.file}): ${result.articles} article(s) from ${result.outlets} outlet(s), model ${result.model}`,
    '',
    '| part | questions | answerable | hit@1 | hit@3 | MRR | unanswerable not answered | downgraded | false refusals | off-topic refused | disagreement with differing | verbatim violations |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...figures.views.map(
      ({ view, metrics: r }) =>
        `| ${VIEW_LABEL[view]} | ${r.questions} | ${r.answerable} | ${pct(r.hitAt1)} | ${pct(r.hitAt3)} | ${dec(r.mrr)} | ` +
        `${pct(r.unanswerableNotAnswered)} (${r.unanswerable}) | ${pct(r.downgraded)} | ${pct(r.falseRefusals)} | ` +
        `${pct(r.offTopicRefused)} (${r.offTopic}) | ${pct(r.disagreementDiffering)} (${r.disagreement}) | ${r.verbatimViolations} |`,
    ),
  ];
  for (const { view, metrics } of figures.views) {
    lines.push(
      '',
      `${result.name}, ${VIEW_LABEL[view]}, by category (verdict shares: for answerable categories "related" is downgraded and "refused" false refusals):`,
      '',
      '| category | questions | hit@1 | hit@3 | MRR | answered | related | refused | with differing |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...CATEGORIES.filter((category) => metrics.byCategory[category].questions > 0).map((category) => {
        const r: Rates = metrics.byCategory[category];
        const ranks = isAnswerableCategory(category) ? `${short(r.hitAt1)} | ${short(r.hitAt3)} | ${dec(r.mrr)}` : '– | – | –';
        return `| ${category} | ${r.questions} | ${ranks} | ${short(r.verdicts.answered)} | ${short(r.verdicts.related)} | ${short(r.verdicts.refused)} | ${category === 'disagreement' ? short(r.disagreementDiffering) : '–'} |`;
      }),
    );
  }
  for (const { view, rows } of figures.ablation) {
    lines.push(
      '',
      `${result.name}, ${VIEW_LABEL[view]}: ablation, each stage switched off in turn (in brackets, points against shipped):`,
      '',
      `| profile | ${ABLATION_FIGURES.map((f) => FIGURE_LABEL[f]).join(' | ')} |`,
      `| --- |${ABLATION_FIGURES.map(() => ' --- |').join('')}`,
      ...rows.map(
        (row) =>
          `| ${row.setup} | ${ABLATION_FIGURES.map((f) => (row.stage === null ? figure(f, row.metrics[f]) : `${figure(f, row.metrics[f])} (${points(f, row.delta[f])})`)).join(' | ')} |`,
      ),
    );
  }
  if (figures.misses.length > 0) {
    const which = [...new Set(figures.misses.map((m) => VIEW_LABEL[m.view]))].join(' and ');
    const counts = new Map<Failure, number>();
    for (const f of figures.misses.flatMap((m) => m.failures)) counts.set(f, (counts.get(f) ?? 0) + 1);
    const byCause = [...counts].sort((a, b) => b[1] - a[1]).map(([f, n]) => `${FAILURE_LABEL[f]} ${n}`).join(', ');
    lines.push('', `${result.name}, ${which}: ${figures.misses.length} question(s) the shipped profile does not handle cleanly (${byCause}):`);
    for (const miss of figures.misses) {
      const rank = miss.hitRank !== null && miss.hitRank > 1 ? ` (hit at rank ${miss.hitRank})` : '';
      lines.push(`  [${miss.category}] ${miss.failures.map((f) => FAILURE_LABEL[f]).join('; ')}${rank}: ${miss.question}`);
      if (miss.firstQuote) lines.push(`      first quote (${miss.firstQuote.articleId}): ${clip(miss.firstQuote.text, 110)}`);
    }
  }
  return lines.join('\n');
}

function figure(f: AblationFigure, value: number | null): string {
  return f === 'mrr' ? dec(value) : pct(value);
}

function points(f: AblationFigure, delta: number | null): string {
  if (delta === null) return '–';
  if (Math.abs(delta) < 1e-9) return '±0';
  const text = f === 'mrr' ? delta.toFixed(3) : (delta * 100).toFixed(1);
  return delta > 0 ? `+${text}` : text;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
