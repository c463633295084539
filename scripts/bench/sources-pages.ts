/**
 * How long a moderator waits for a /sources page on a large corpus: the real bot serves an index of N synthetic
 * articles through the fake Discord, a moderator opens /sources (the first view of the build, which compares the
 * index with every corpus file) and turns pages (which reuse that inventory). Prints, for each, the time to
 * Discord's acknowledgement (the deferral) and to the page being shown.
 *
 *   npm run bench:sources [-- --articles N]   (default 10000; writes nothing tracked)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import { handlers } from '../../commands/index.js';
import { loadBotConfig } from '../../src/bot/bot-config.js';
import { startBot } from '../../src/bot/bot.js';
import { createLogger } from '../../src/bot/logger.js';
import { ensureOfflineModel } from '../../src/embedding/offline-model/build.js';
import { refreshIndex } from '../../src/index/refresh.js';
import type { InteractionRecord } from '../../tests/fake-discord/index.js';
import { startFakeDiscord } from '../../tests/fake-discord/index.js';
import { botEnvironment, fakeBotToken } from '../../tests/support/bot-harness.js';
import { benchEngineConfig, corpusSentences, writeSyntheticCorpus } from './synthetic-corpus.js';

const PAGE_TURNS = 5;
const moderator = { permissions: PermissionFlagsBits.ManageMessages };

const flag = process.argv.indexOf('--articles');
const articles = flag === -1 ? 10_000 : Number(process.argv[flag + 1]);
if (!Number.isInteger(articles) || articles < 11) {
  process.stderr.write('--articles needs a whole number of at least 11 (two pages)\n');
  process.exit(2);
}

async function timings(record: InteractionRecord): Promise<{ ackMs: number; shownMs: number }> {
  const shown = await record.waitFor((entry) => entry.kind === 'edit' && entry.ok, { timeoutMs: 60_000 });
  return { ackMs: record.firstResponseMs!, shownMs: shown.elapsedMs };
}

async function main(): Promise<void> {
  const root = await mkdtemp(path.join(tmpdir(), 'conflict-desk-bench-sources-'));
  try {
    const engine = benchEngineConfig(root);
    await ensureOfflineModel(engine.modelsDir);
    process.stderr.write(`bench: indexing ${articles} synthetic articles…\n`);
    await writeSyntheticCorpus(engine.corpusDir, articles, await corpusSentences(path.resolve('corpus')));
    await refreshIndex(engine, { warn: () => {} });
    const token = fakeBotToken();
    const discord = await startFakeDiscord({ token });
    const config = loadBotConfig({ ...botEnvironment(token, discord, engine), DATA_DIR: path.join(root, 'data'), LOG_LEVEL: 'warn' });
    const bot = await startBot(config, createLogger(config.logLevel, token, process.stderr), handlers);
    try {
      await bot.client.application!.commands.set(handlers.commands.map((command) => command.data));
      const first = await discord.sendCommand('sources', {}, moderator);
      const rows: [string, { ackMs: number; shownMs: number }][] = [['/sources (first view of this build)', await timings(first)]];
      for (let page = 1; page <= PAGE_TURNS; page++) {
        rows.push([`click: page ${page + 1}`, await timings(await first.clickButton(`sources:page:${page}`, moderator))]);
      }
      const lines = [
        `${articles} articles; the bot and the fake Discord in one process, offline model.`,
        '',
        '| interaction | acknowledged after | page shown after |',
        '| --- | ---: | ---: |',
        ...rows.map(([what, t]) => `| ${what} | ${t.ackMs} ms | ${t.shownMs} ms |`),
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    } finally {
      await bot.stop(2000);
      await discord.close();
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
