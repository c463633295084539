import path from 'node:path';
import { z } from 'zod';
import type { EvalWorkspace } from '../evaluation/eval-corpus.js';
import { prepareEvalWorkspace } from '../evaluation/eval-corpus.js';
import { loadQuestionSet } from '../evaluation/question-set.js';
import type { EvalRun } from '../evaluation/report.js';
import { formatReport } from '../evaluation/report.js';
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
  const { questions, fixturesDir } = await loadQuestionSet(args.questions);
  const warn = (line: string) => process.stderr.write(`${line}\n`);
  // With fixtures, the corpus and its fixtures are indexed in a temporary folder: the real index is never touched.
  let workspace: EvalWorkspace | null = null;
  if (fixturesDir) {
    workspace = await prepareEvalWorkspace(config.corpusDir, fixturesDir);
    if (args.index) warn(`--index is not used: the question set has fixtures, so the evaluation builds a temporary index.`);
    warn(`Indexing ${config.corpusDir} and ${workspace.fixtureArticles} fixture article(s) from ${path.relative('.', fixturesDir) || '.'} in a temporary folder.`);
  }
  try {
    const { index, embedder } = await refreshIndex(workspace ? { ...config, corpusDir: workspace.corpusDir, indexDir: workspace.indexDir } : config, { warn });
    const runs: EvalRun[] = [];
    for (const setup of RETRIEVAL_SETUPS) runs.push({ setup: setup.name, ...(await runEvaluation(index, embedder, questions, setup.profile)) });
    const articles = index.manifest.articles.length;
    const corpus = { articles, fixtureArticles: workspace?.fixtureArticles ?? 0 };
    if (args.json) {
      process.stdout.write(`${JSON.stringify({ model: embedder.model, corpus, runs })}\n`);
    } else {
      const corpusLine = workspace
        ? `${articles} articles (${articles - workspace.fixtureArticles} from the corpus, ${workspace.fixtureArticles} fictional fixtures)`
        : `${articles} article(s)`;
      process.stdout.write(`${formatReport(embedder.model, corpusLine, runs)}\n`);
    }
    return 0;
  } finally {
    await workspace?.dispose();
  }
});
