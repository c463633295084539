import { z } from 'zod';
import { checkCorpus } from '../corpus-tools/check-corpus.js';
import { formatProblemTable } from '../corpus-tools/problem-table.js';
import { runCli } from './run-cli.js';

const USAGE = 'Usage: npm run corpus:check -- [--corpus DIR]';

const argsSchema = z.object({
  corpus: z.string().optional(),
  positionals: z.array(z.string()).max(0, 'corpus:check takes no other words'),
});

await runCli(USAGE, { corpus: { type: 'string' } }, argsSchema, async (_args, config) => {
  const { articles, rows } = await checkCorpus(config.corpusDir);
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  if (rows.length === 0) {
    process.stdout.write(`${plural(articles, 'article')}, no problems.\n`);
    return 0;
  }
  const files = new Set(rows.map((row) => row.file)).size;
  process.stdout.write(
    `${formatProblemTable(rows)}\n\n${plural(rows.length, 'problem')} in ${plural(files, 'file')} of ${config.corpusDir} (${plural(articles, 'article')} readable).\n`,
  );
  return 1;
});
