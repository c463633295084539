import { z } from 'zod';
import type { Inventory } from '../index/inventory.js';
import { takeInventory } from '../index/inventory.js';
import { openLiveIndex } from '../index/open.js';
import { locationFlags, runCli } from './run-cli.js';

const USAGE = 'Usage: npm run sources -- [--json] [--corpus DIR] [--index DIR]';

const argsSchema = z.object({
  json: z.boolean().default(false),
  corpus: z.string().optional(),
  index: z.string().optional(),
  positionals: z.array(z.string()).max(0, 'sources takes no question or other words'),
});

await runCli(USAGE, { json: { type: 'boolean' }, ...locationFlags }, argsSchema, async (args, config) => {
  const inventory = await takeInventory(await openLiveIndex(config.indexDir), config);
  if (args.json) {
    const { model, builtAt, stale } = inventory.index;
    process.stdout.write(`${JSON.stringify({ articles: inventory.articles, index: { model, builtAt, stale } })}\n`);
  } else {
    process.stdout.write(`${formatInventory(inventory)}\n`);
  }
  return 0;
});

function formatInventory(inventory: Inventory): string {
  const { index } = inventory;
  const lines = inventory.articles.map(
    (a) =>
      `- ${a.title}\n  ${a.publisher ?? 'publisher not recorded'} · ${a.published ?? 'date not recorded'} · ${a.url ?? 'no link recorded'} · ${a.passages} passages`,
  );
  lines.push(
    '',
    `${inventory.articles.length} article(s), ${index.passages} passages; model ${index.model}; built ${index.builtAt}.`,
    index.stale ? `STALE: ${index.staleReasons.join('; ')}. Run \`npm run reindex\`.` : 'The index is up to date with the corpus.',
  );
  return lines.join('\n');
}
