import path from 'node:path';
import { z } from 'zod';
import { frontMatterSchema } from '../corpus/article.js';
import type { AddArticleOutcome } from '../corpus-tools/add-article.js';
import { addArticle } from '../corpus-tools/add-article.js';
import { runCli } from './run-cli.js';

const USAGE = 'Usage: npm run corpus:add -- <url | path/to/page.html> [--publisher NAME] [--published YYYY-MM-DD] [--corpus DIR] [--force]';

const argsSchema = z.object({
  publisher: z.string().trim().min(1, '--publisher must not be empty').optional(),
  published: z
    .string()
    .refine((value) => frontMatterSchema.shape.published.safeParse(value).success, '--published must be a date such as 2024-10-23')
    .optional(),
  corpus: z.string().optional(),
  force: z.boolean().default(false),
  positionals: z.array(z.string()).length(1, 'corpus:add takes exactly one URL or .html file'),
});

const options = {
  publisher: { type: 'string' },
  published: { type: 'string' },
  corpus: { type: 'string' },
  force: { type: 'boolean' },
} as const;

await runCli(USAGE, options, argsSchema, async (args, config) => {
  const outcome = await addArticle(args.positionals[0]!, {
    corpusDir: config.corpusDir,
    publisher: args.publisher,
    published: args.published,
    force: args.force,
  });
  if (outcome.status === 'refused') {
    process.stderr.write(`${refusal(outcome, config.corpusDir)}\n`);
    return 1;
  }
  process.stdout.write(`${summary(outcome, config.corpusDir)}\n`);
  return 0;
});

function summary(outcome: Extract<AddArticleOutcome, { status: 'written' }>, corpusDir: string): string {
  const { fields } = outcome;
  const missing = (hint: string) => `not stated on the page${hint}`;
  return [
    `${outcome.replaced ? 'Replaced' : 'Wrote'} ${path.join(corpusDir, outcome.file)}`,
    `  title      ${fields.title}`,
    `  author     ${fields.author ?? missing('')}`,
    `  publisher  ${fields.publisher ?? missing(' (pass --publisher NAME if you know it)')}`,
    `  published  ${fields.published ?? missing(' (pass --published YYYY-MM-DD if you know it)')}`,
    `  url        ${fields.url ?? 'none (a saved page without a canonical link)'}`,
    `  text       ${outcome.paragraphs} paragraphs, ${outcome.words} words`,
    'Read the file against the page before committing it, then run npm run reindex.',
  ].join('\n');
}

function refusal(outcome: Extract<AddArticleOutcome, { status: 'refused' }>, corpusDir: string): string {
  const existing = path.join(corpusDir, outcome.file);
  const titled = outcome.clashTitle ? ` (“${outcome.clashTitle}”)` : '';
  if (outcome.reason === 'url') {
    return `Not written: ${existing}${titled} already holds ${outcome.fields.url ?? 'this URL'}. Pass --force to replace that file with the new extraction.`;
  }
  if (outcome.file.endsWith('.txt')) {
    return `Not written: ${existing}${titled} has the same name as ${outcome.file.replace(/\.txt$/, '.md')} would; rename or delete it first.`;
  }
  return `Not written: ${existing}${titled} already exists (same title slug). Pass --force to replace it, or rename the existing file first.`;
}
