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

const EDIT = 'PATCH /webhooks/:app/:token/messages/@original';

// discord.js aborts a REST request after rest.options.timeout (15 s); shortened here so a timeout takes a moment.
function shortenRestTimeout({ bot }: BotHarness, ms: number): void {
  (bot.client.rest.options as { timeout: number }).timeout = ms;
}

describe('the bot recovering from faults', () => {
  it('delivers the answer when an edit times out once: discord.js retries it', async () => {
    const h = await harness();
    shortenRestTimeout(h, 300);
    h.discord.faults.delay(EDIT, { times: 1, ms: 1000 });
    const ask = await h.discord.sendCommand('ask', { question: 'Where is Buryatia?' });
    await ask.waitFor((entry) => entry.kind === 'edit' && entry.ok, { timeoutMs: 10_000 });
    expect(descriptionOf(ask)).toContain('Buryatia');
    // The first attempt was abandoned at the timeout; the answer came with the retry.
    expect(h.discord.requests.filter((request) => request.method === 'PATCH').length).toBeGreaterThanOrEqual(2);
  });

  it('logs an edit that times out on every attempt, and keeps serving', async () => {
    const h = await harness();
    shortenRestTimeout(h, 300);
    h.discord.faults.delay(EDIT, { times: 4, ms: 1000 });
    const ask = await h.discord.sendCommand('ask', { question: 'Where is Buryatia?' });
    await ask.waitFor((entry) => entry.kind === 'followup', { timeoutMs: 15_000 });
    expect(h.logs().some((line) => line.msg === 'handler failed' && typeof line.reference === 'string')).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    const again = await h.discord.sendCommand('ask', { question: 'Where is Buryatia?' });
    await again.waitFor((entry) => entry.kind === 'edit' && entry.ok, { timeoutMs: 10_000 });
    expect(descriptionOf(again)).toContain('Buryatia');
  });

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
