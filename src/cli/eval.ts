import { z } from 'zod';
import type { EvalMetrics, QuestionOutcome } from '../evaluation/metrics.js';
import { loadQuestionSet } from '../evaluation/question-set.js';
import { RETRIEVAL_SETUPS, runEvaluation } from '../evaluation/run-evaluation.js';
import { refreshIndex } from '../index/refresh.js';
import { locationFlags, runCli } from './run-cli.js';

const USAGE = 'Usage: npm run eval -- [--json] [--questions FILE] [--corpus DIR] [--index DIR]';
const DEFAULT_QUESTIONS = 'tests/eval/questions.json';

const argsSchema = z.object({
  json: z.boolean().default(false),
  questions: z.string().default(DEFAULT_QUESTIONS),
  corpus: z.string().optional(),
  index: z.string().optional(),
  positionals: z.array(z.string()).max(0, 'eval takes no other words'),
});

await runCli(USAGE, { json: { type: 'boolean' }, questions: { type: 'string' }, ...locationFlags }, argsSchema, async (args, config) => {
  const questions = await loadQuestionSet(args.questions);
  const warn = (line: string) => process.stderr.write(`${line}\n`);
  const { index, embedder } = await refreshIndex(config, { warn });
  const runs = [];
  for (const setup of RETRIEVAL_SETUPS) runs.push({ setup: setup.name, ...(await runEvaluation(index, embedder, questions, setup.fusion)) });
  if (args.json) process.stdout.write(`${JSON.stringify({ model: embedder.model, runs })}\n`);
  else process.stdout.write(`${formatReport(embedder.model, runs)}\n`);
  return 0;
});

function formatReport(model: string, runs: { setup: string; metrics: EvalMetrics; outcomes: QuestionOutcome[] }[]): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const { metrics: m, outcomes } = runs[0]!;
  const misses = outcomes.filter((o) => (o.answerable ? o.hitRank !== 1 : o.answered));
  return [
    `Model ${model}: ${m.questions} questions (${m.answerable} answerable, ${m.offTopic} to refuse)`,
    '',
    '| retrieval | hit@1 | hit@3 | MRR | refusal accuracy | false refusals |',
    '| --- | --- | --- | --- | --- | --- |',
    ...runs.map(
      ({ setup, metrics: r }) =>
        `| ${setup} | ${pct(r.hitAt1)} | ${pct(r.hitAt3)} | ${r.mrr.toFixed(3)} | ${pct(r.refusalAccuracy)} | ${pct(r.falseRefusalRate)} |`,
    ),
    ...(misses.length > 0 ? ['', `Hybrid: not a top-1 hit or wrongly answered:`] : []),
    ...misses.map((o) => `  ${o.answerable ? (o.answered ? `rank ${o.hitRank ?? '-'}` : 'refused') : 'answered'}: ${o.question}`),
  ].join('\n');
}
