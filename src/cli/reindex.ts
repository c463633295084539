import { z } from 'zod';
import { describeProblem } from '../corpus/problem.js';
import { refreshIndex } from '../index/refresh.js';
import { progressReporter } from './progress.js';
import { locationFlags, runCli } from './run-cli.js';

const USAGE = 'Usage: npm run reindex -- [--full] [--strict] [--corpus DIR] [--index DIR]';

const argsSchema = z.object({
  full: z.boolean().default(false),
  strict: z.boolean().default(false),
  corpus: z.string().optional(),
  index: z.string().optional(),
  positionals: z.array(z.string()).max(0, 'reindex takes no other words'),
});

await runCli(USAGE, { full: { type: 'boolean' }, strict: { type: 'boolean' }, ...locationFlags }, argsSchema, async (args, config) => {
  const progress = progressReporter();
  const warn = (line: string) => process.stderr.write(`${line}\n`);
  const { index, rebuilt } = await refreshIndex(config, { full: args.full, strict: args.strict, warn, onProgress: progress.update });
  progress.stop();
  if (!rebuilt) {
    process.stdout.write(`The index is up to date (${index.manifest.articles.length} article(s), ${index.passageCount} passages); use --full to rebuild anyway.\n`);
    return 0;
  }
  const lines = [
    `Indexed ${rebuilt.articles} article(s) into ${rebuilt.passages} passages with ${rebuilt.model} in ${rebuilt.seconds.toFixed(1)} s.`,
    `Embedded ${rebuilt.embeddedArticles} new or changed article(s), reused ${rebuilt.reusedArticles} unchanged, removed ${rebuilt.removedArticles}.`,
    rebuilt.skipped.length === 0 ? 'Skipped files: none.' : `Skipped ${rebuilt.skipped.length} file(s):`,
    ...rebuilt.skipped.map((p) => `  ${describeProblem(p)}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
});
