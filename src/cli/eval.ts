import { z } from 'zod';
import { DEFAULT_SUITES } from '../evaluation/default-suites.js';
import { loadQuestionSet } from '../evaluation/question-set.js';
import { formatSuiteReport } from '../evaluation/report.js';
import { ABLATION_SETUPS, askQuestions, indexSuite } from '../evaluation/run-evaluation.js';
import type { SuiteResult } from '../evaluation/suite-figures.js';
import { inView, suiteFigures, viewsFor } from '../evaluation/suite-figures.js';
import { locationFlags, runCli } from './run-cli.js';

const USAGE =
  'Usage: npm run eval -- [--json] [--questions FILE] [--half tune|check|all] [--show-check-misses] [--corpus DIR] [--index DIR]\n' +
  '  Without --questions, runs the fourteen suites: tests/eval/news, formats, followups, retellings, roundups, dispatches, briefings, capitals, crossings, homefront, salvos, frontiers and lookalikes (each with a tuning and a check half) and tests/eval/seed.\n' +
  '  --half asks only that half of a split suite (default all: both halves, each reported, and all together).\n' +
  '  Misses are listed for the tuning half only; --show-check-misses lists the check half too (for the README, never for tuning).\n' +
  '  --corpus is used only by a question file that names no article folders; --index is never used (the eval builds a temporary index).';

const argsSchema = z.object({
  json: z.boolean().default(false),
  questions: z.string().optional(),
  half: z.enum(['tune', 'check', 'all'], { error: '--half takes tune, check or all' }).default('all'),
  'show-check-misses': z.boolean().default(false),
  corpus: z.string().optional(),
  index: z.string().optional(),
  positionals: z.array(z.string()).max(0, 'eval takes no other words'),
});

const flags = {
  json: { type: 'boolean' },
  questions: { type: 'string' },
  half: { type: 'string' },
  'show-check-misses': { type: 'boolean' },
  ...locationFlags,
} as const;

await runCli(USAGE, flags, argsSchema, async (args, config) => {
  const warn = (line: string) => process.stderr.write(`${line}\n`);
  if (args.index) warn('--index is not used: the evaluation indexes each suite in a temporary folder.');
  const sets = await Promise.all((args.questions ? [args.questions] : DEFAULT_SUITES).map(loadQuestionSet));
  const options = { showCheckMisses: args['show-check-misses'] };
  const reports = [];
  for (const set of sets) {
    if (args.corpus && set.corpusDirs) warn(`--corpus is not used for ${set.file}: it names its own article folders.`);
    const views = viewsFor(set.hasHalves, args.half);
    const questions = set.questions.filter((q) => views.some((view) => inView(view, q)));
    warn(`Suite ${set.name}: indexing its articles in a temporary folder, then asking ${questions.length} questions ${ABLATION_SETUPS.length} times (shipped, then each stage off).`);
    const suite = await indexSuite(set, config, warn);
    try {
      const runs = [];
      for (const setup of ABLATION_SETUPS) runs.push({ setup: setup.name, stage: setup.stage, outcomes: await askQuestions(suite, questions, setup.profile) });
      const result: SuiteResult = {
        name: set.name,
        file: set.file,
        model: suite.embedder.model,
        articles: suite.articles.length,
        outlets: new Set(suite.articles.flatMap((a) => (a.publisher ? [a.publisher] : []))).size,
        views,
        runs,
      };
      const figures = suiteFigures(result, options);
      if (args.json) {
        const shown = runs[0]!.outcomes.filter((o) => o.half !== 'check' || options.showCheckMisses);
        reports.push({ suite: set.name, file: set.file, model: result.model, articles: result.articles, outlets: result.outlets, ...figures, outcomes: shown });
      } else {
        reports.push(formatSuiteReport(result, figures));
      }
    } finally {
      await suite.dispose();
    }
  }
  if (args.json) {
    process.stdout.write(`${JSON.stringify({ half: args.half, checkMissesShown: options.showCheckMisses, suites: reports })}\n`);
  } else {
    const halves = sets.some((set) => set.hasHalves)
      ? ['Tuning half ("tune"): look at it and tune on it. Check half ("check"): measure only; its misses stay hidden.']
      : [];
    process.stdout.write(`${[...halves, ...reports].join('\n\n')}\n`);
  }
  return 0;
});
