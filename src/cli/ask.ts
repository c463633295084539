import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { toAnswerJson } from '../answer/answer-json.js';
import { DEFAULT_TOP, answerQuestion } from '../answer/engine.js';
import { formatAnswerForTerminal } from '../answer/format-terminal.js';
import { InvalidQuestionError } from '../answer/question.js';
import { describeProblem } from '../corpus/problem.js';
import { refreshIndex } from '../index/refresh.js';
import { progressReporter } from './progress.js';
import { UsageError, locationFlags, runCli } from './run-cli.js';

const USAGE = 'Usage: npm run ask -- [--json] [--top N] [--batch FILE] [--corpus DIR] [--index DIR] "question"';

const argsSchema = z
  .object({
    json: z.boolean().default(false),
    top: z.coerce.number({ error: '--top must be a number' }).int().min(1, '--top must be at least 1').max(10, '--top can be at most 10').default(DEFAULT_TOP),
    batch: z.string().optional(),
    corpus: z.string().optional(),
    index: z.string().optional(),
    positionals: z.array(z.string()),
  })
  .refine((a) => (a.batch ? a.positionals.length === 0 : a.positionals.length > 0), {
    message: 'give either one question (in quotes) or --batch FILE',
  });

await runCli(USAGE, { json: { type: 'boolean' }, top: { type: 'string' }, batch: { type: 'string' }, ...locationFlags }, argsSchema, async (args, config) => {
  const questions = args.batch ? await readBatch(args.batch) : [args.positionals.join(' ')];
  const progress = progressReporter();
  const warn = (line: string) => process.stderr.write(`${line}\n`);
  const { index, embedder, rebuilt } = await refreshIndex(config, { warn, onProgress: progress.update, serveStaleIfReadOnly: true });
  progress.stop();
  if (rebuilt) {
    warn(`Indexed ${rebuilt.articles} article(s), ${rebuilt.passages} passages in ${rebuilt.seconds.toFixed(1)} s.`);
    for (const problem of rebuilt.skipped) warn(`Skipped ${describeProblem(problem)}`);
  }
  let failures = 0;
  for (const question of questions) {
    try {
      const answer = await answerQuestion(index, embedder, question, { top: args.top });
      process.stdout.write(args.json ? `${JSON.stringify(toAnswerJson(answer))}\n` : `${formatAnswerForTerminal(answer)}\n\n`);
    } catch (error) {
      if (!(error instanceof InvalidQuestionError)) throw error;
      failures += 1;
      if (args.json) {
        const refusal = { question, answered: false, verdict: 'refused', notes: [], differing: null, quotes: [], model: index.manifest.model, error: error.message };
        process.stdout.write(`${JSON.stringify(refusal)}\n`);
      } else process.stderr.write(`${error.message}\n`);
    }
  }
  return failures > 0 ? 2 : 0;
});

async function readBatch(file: string): Promise<string[]> {
  try {
    return (await readFile(file, 'utf8')).split(/\r?\n/).filter((line) => line.trim() !== '');
  } catch (error) {
    throw new UsageError(`Cannot read the batch file ${file} (${(error as NodeJS.ErrnoException).code}); give a file with one question per line.`);
  }
}
