import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { liveBuildDir } from '../src/index/layout.js';
import type { InteractionRecord } from './fake-discord/index.js';
import type { BotHarness } from './support/bot-harness.js';
import { startBotHarness } from './support/bot-harness.js';

const harnesses: BotHarness[] = [];
afterEach(async () => {
  for (const harness of harnesses.splice(0)) await harness.stop();
});

async function harness(options: Parameters<typeof startBotHarness>[0] = {}): Promise<BotHarness> {
  const started = await startBotHarness({ ...options, env: { ASK_COOLDOWN_SECONDS: '0', MODEL_FETCH_TIMEOUT_MS: '2000', ...options.env } });
  harnesses.push(started);
  return started;
}

const admin = { permissions: PermissionFlagsBits.Administrator };
const reindexFinished = (record: InteractionRecord) =>
  record.waitFor((entry) => /Reindex (finished|failed)/.test(JSON.stringify(entry.message)), { timeoutMs: 30_000 });
const descriptionOf = (record: InteractionRecord) => (record.originalMessage!.embeds[0] as { description?: string } | undefined)?.description;

describe('the bot recovering from faults', () => {
  it('starts when the index was built with a model that cannot be loaded, explains, and /reindex repairs it', async () => {
    const { discord, logs } = await harness({
      prepare: async (engine) => {
        const manifestFile = path.join((await liveBuildDir(engine.indexDir))!, 'manifest.json');
        const manifest = JSON.parse(await readFile(manifestFile, 'utf8'));
        await writeFile(manifestFile, JSON.stringify({ ...manifest, model: 'nobody/missing-model' }));
      },
    });
    expect(logs().some((line) => String(line.msg).includes('nobody/missing-model, which cannot be loaded'))).toBe(true);
    const ask = await discord.sendCommand('ask', { question: 'Where is Buryatia?' });
    await ask.waitForFinal();
    expect(ask.originalMessage!.content).toContain('Maintainers can rebuild it with `/reindex`');
    await reindexFinished(await discord.sendCommand('reindex', {}, admin));
    const again = await discord.sendCommand('ask', { question: 'Where is Buryatia?' });
    await again.waitForFinal();
    expect(descriptionOf(again)).toContain('Buryatia');
  });

  it('reports a reindex that fails on the file system and keeps answering from the old index', async () => {
    const { discord, config } = await harness();
    // The lock path taken by a folder: the writer cannot create its lock file, as on a read-only or broken disk.
    await mkdir(path.join(config.engine.indexDir, 'writer.lock'));
    const reindex = await discord.sendCommand('reindex', { full: true }, admin);
    await reindexFinished(reindex);
    expect(reindex.originalMessage!.content).toMatch(/^Reindex failed; the previous index keeps serving\.\n.*EISDIR/);
    const ask = await discord.sendCommand('ask', { question: 'Where is Buryatia?' });
    await ask.waitForFinal();
    expect(descriptionOf(ask)).toContain('Buryatia');
  });
});
