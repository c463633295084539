import { execFile } from 'node:child_process';
import { cp, rm, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import path from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { InteractionRecord } from './fake-discord/index.js';
import { CallbackType, MessageFlag } from './fake-discord/index.js';
import type { BotHarness } from './support/bot-harness.js';
import { startBotHarness } from './support/bot-harness.js';
import { copyOfCorpus } from './support/engine-config.js';

const execFileAsync = promisify(execFile);
const harnesses: BotHarness[] = [];

async function until(condition: () => boolean): Promise<void> {
  for (const started = Date.now(); !condition(); ) {
    if (Date.now() - started > 15_000) throw new Error('condition not met within 15 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
afterEach(async () => {
  for (const harness of harnesses.splice(0)) await harness.stop();
});

async function harness(options: Parameters<typeof startBotHarness>[0] = {}): Promise<BotHarness> {
  const started = await startBotHarness({ ...options, env: { ASK_COOLDOWN_SECONDS: '0', ...options.env } });
  harnesses.push(started);
  return started;
}

type Embed = { title?: string; description?: string; footer?: { text: string }; fields?: { name: string; value: string }[] };
const embedOf = (record: InteractionRecord): Embed => record.originalMessage!.embeds[0] as Embed;
const moderator = { permissions: PermissionFlagsBits.ManageMessages };
const admin = { permissions: PermissionFlagsBits.Administrator };

describe('the Discord bot, driven by the real discord.js client against a fake Discord', () => {
  it('defers /ask at once, then edits in quotes with their attribution and a verbatim footer', async () => {
    const { discord } = await harness();
    const ask = await discord.sendCommand('ask', { question: 'How many North Korean soldiers are going to Russia?' });
    await ask.waitForFinal();
    expect(ask.callbackType).toBe(CallbackType.DeferredChannelMessageWithSource);
    expect(ask.firstResponseMs).toBeLessThan(3000);
    const embed = embedOf(ask);
    expect(embed.description).toMatch(/^\*\*Sources differ on this figure: 10,000 \(The Kyiv Independent, quote \d\) · 3,000 \(Politico, quote \d\)\.\*\*\n\n> /);
    expect(embed.description).toMatch(/\n— \(1\) Is North Korean military fighting alongside Russia in Ukraine\? · publisher not recorded · date not recorded/);
    expect(embed.footer!.text).toMatch(/^Every line above is quoted verbatim from the corpus · index built \d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
    expect(ask.rejected).toEqual([]);
  });

  it('answers privately when asked to', async () => {
    const { discord } = await harness();
    const ask = await discord.sendCommand('ask', { question: 'When did the war begin?', private: true });
    await ask.waitForFinal();
    expect(ask.ephemeral).toBe(true);
  });

  it('says first, in amber, that the corpus does not answer directly when the quotes only relate to the question', async () => {
    const { discord } = await harness();
    const ask = await discord.sendCommand('ask', { question: 'What has China said about the North Korean troops?' });
    await ask.waitForFinal();
    expect(embedOf(ask).description).toMatch(/^\*\*The corpus does not answer this directly\. The closest passages:\*\*\n\n> /);
    expect((ask.originalMessage!.embeds[0] as { color: number }).color).toBe(0xf59e0b);
  });

  it('says plainly that the corpus has nothing on an off-topic question and points to /sources', async () => {
    const { discord } = await harness();
    const ask = await discord.sendCommand('ask', { question: 'kimchi recipe' });
    await ask.waitForFinal();
    expect(embedOf(ask).description).toContain('The corpus has nothing on this question');
    expect(embedOf(ask).description).toContain('`/sources`');
  });

  it('pings nobody and shows no mention when the question contains @everyone and role or user mentions', async () => {
    const { discord } = await harness();
    const ask = await discord.sendCommand('ask', { question: '@everyone <@&123456789012345678> <@123456789012345678> are North Korean troops in Kursk?' });
    await ask.waitForFinal();
    for (const entry of ask.timeline.filter((e) => e.kind === 'edit')) expect(entry.message.allowed_mentions).toEqual({ parse: [] });
    expect(embedOf(ask).title).not.toMatch(/@everyone|(^|[^\\])<@/);
    expect(embedOf(ask).title).toContain('@\u200beveryone');
  });

  it('refuses /sources to a member without Manage Messages, privately and with the reason', async () => {
    const { discord } = await harness();
    const sources = await discord.sendCommand('sources', {});
    await sources.waitForFinal();
    expect(sources.ephemeral).toBe(true);
    expect(sources.originalMessage!.content).toContain('Only moderators (Manage Messages permission)');
  });

  it('shows /sources to a moderator: each article, and the index model and build time', async () => {
    const { discord, config } = await harness();
    const sources = await discord.sendCommand('sources', {}, moderator);
    await sources.waitForFinal();
    expect(sources.ephemeral).toBe(true);
    const embed = embedOf(sources);
    expect(embed.description).toContain('**Is North Korean military fighting alongside Russia in Ukraine?**');
    expect(embed.description).toContain('publisher not recorded · date not recorded · no link recorded · 18 passages');
    expect(embed.fields![0]!.value).toContain(`Model ${config.engine.model}`);
    expect(embed.fields![0]!.value).toContain('Up to date with the corpus.');
  });

  it('pages /sources with buttons when the corpus does not fit one embed, acknowledging each click before reading', async () => {
    const corpusDir = await copyOfCorpus();
    for (let i = 0; i < 24; i++) {
      await writeFile(path.join(corpusDir, `fixture-${i}.md`), `---\ntitle: Fixture article ${i}\n---\nA test fixture paragraph about the war, number ${i}.\n`);
    }
    const { discord } = await harness({ corpusDir });
    const sources = await discord.sendCommand('sources', {}, moderator);
    await sources.waitForFinal();
    expect(embedOf(sources).footer!.text).toBe('Page 1 of 3');
    const next = await sources.clickButton('sources:page:1', moderator);
    await next.waitForFinal();
    expect(next.callbackType).toBe(CallbackType.DeferredMessageUpdate);
    expect(next.timeline.map((entry) => entry.kind)).toEqual(['callback', 'edit']);
    expect(embedOf(sources).footer!.text).toBe('Page 2 of 3');
  });

  it('refuses /sources in direct messages, where no permission can be checked', async () => {
    const { discord } = await harness();
    const sources = await discord.sendCommand('sources', {}, { dm: true });
    await sources.waitForFinal();
    expect(sources.originalMessage!.content).toContain('only inside a server');
  });

  it('refuses /reindex to a moderator who is not a maintainer', async () => {
    const { discord } = await harness();
    const reindex = await discord.sendCommand('reindex', {}, moderator);
    await reindex.waitForFinal();
    expect(reindex.originalMessage!.content).toContain('Only maintainers');
  });

  it('lets a listed maintainer role run /reindex without Administrator', async () => {
    const role = '223456789012345678';
    const { discord } = await harness({ env: { MAINTAINER_ROLE_IDS: role }, discord: { guilds: [{ roles: [{ id: role, name: 'maintainers' }] }] } });
    const reindex = await discord.sendCommand('reindex', { full: true }, { roles: [role] });
    // Not waitForFinal: on a busy machine a pause between a progress edit and the summary can look like the end.
    await reindex.waitFor((entry) => JSON.stringify(entry.message).includes('Reindex finished'), { timeoutMs: 20_000 });
    expect(embedOf(reindex).title).toBe('Reindex finished');
  });

  it('keeps answering /ask from the old index while /reindex runs, refuses a second reindex, then switches', async () => {
    const corpusDir = await copyOfCorpus();
    const { discord, bot } = await harness({ corpusDir });
    // Enough new articles that the rebuild takes a while.
    const seed = path.join(corpusDir, 'north-korean-military-fighting-alongside-russia.md');
    for (let i = 0; i < 60; i++) await cp(seed, path.join(corpusDir, `copy-${i}.md`));
    const reindex = await discord.sendCommand('reindex', { full: true }, admin);
    await reindex.waitForCallback();
    const second = await discord.sendCommand('reindex', {}, admin);
    const ask = await discord.sendCommand('ask', { question: 'Where is Buryatia?' });
    await ask.waitForFinal();
    await second.waitForFinal();
    expect(second.originalMessage!.content).toContain('already running');
    expect(embedOf(ask).description).toContain('Buryatia');
    expect(reindex.originalMessage?.embeds?.[0]).toBeUndefined();
    await reindex.waitFor((entry) => JSON.stringify(entry.message).includes('Reindex finished'), { timeoutMs: 60_000 });
    expect(embedOf(reindex).description).toContain('**61** article(s)');
    expect((await bot.desk.inventory()).articles).toHaveLength(61);
  });

  it('reads the inventory once per index build: every /sources page of one build shares it, a new build reads it afresh', async () => {
    const { discord, bot } = await harness();
    const first = await bot.desk.inventory();
    expect(await bot.desk.inventory()).toBe(first);
    const reindex = await discord.sendCommand('reindex', { full: true }, admin);
    await reindex.waitFor((entry) => JSON.stringify(entry.message).includes('Reindex finished'), { timeoutMs: 30_000 });
    const rebuilt = await bot.desk.inventory();
    expect(rebuilt).not.toBe(first);
    expect(rebuilt.index.builtAt > first.index.builtAt).toBe(true);
  });

  it('switches to an index built by the command line without a restart, dropping no answer', async () => {
    const { discord, config, logs } = await harness();
    await writeFile(
      path.join(config.engine.corpusDir, 'fixture-river.md'),
      '---\ntitle: Test fixture about a river crossing\n---\nThis test fixture says engineers built a pontoon bridge across the river at night.\n',
    );
    const reindex = execFileAsync(process.execPath, ['--import', 'tsx', 'src/cli/reindex.ts'], {
      env: { ...process.env, CORPUS_DIR: config.engine.corpusDir, INDEX_DIR: config.engine.indexDir, MODELS_DIR: config.engine.modelsDir, EMBEDDING_MODEL: config.engine.model, ALLOW_MODEL_DOWNLOAD: 'false' },
    });
    const during = await discord.sendCommand('ask', { question: 'Where is Buryatia?' });
    await reindex;
    await during.waitForFinal();
    expect(embedOf(during).description).toContain('Buryatia');
    await until(() => logs().some((line) => String(line.msg).startsWith('Now serving')));
    const ask = await discord.sendCommand('ask', { question: 'Who built a pontoon bridge across the river?' });
    await ask.waitForFinal();
    expect(embedOf(ask).description).toContain('engineers built a pontoon bridge');
  });

  it('turns an unexpected handler error into a private message with a reference, and keeps serving', async () => {
    const { discord, config, logs } = await harness();
    await rm(config.engine.corpusDir, { recursive: true, force: true });
    const sources = await discord.sendCommand('sources', {}, moderator);
    const failure = await sources.waitFor((entry) => entry.kind === 'followup');
    expect(failure.message.content).toMatch(/Something went wrong on our side \(reference ([0-9a-f]{8})\)/);
    expect(failure.message.flags).toBe(MessageFlag.Ephemeral);
    const reference = /reference ([0-9a-f]{8})/.exec(String(failure.message.content))![1];
    expect(logs().some((line) => line.reference === reference && line.msg === 'handler failed')).toBe(true);
    const ask = await discord.sendCommand('ask', { question: 'Where is Buryatia?' });
    await ask.waitForFinal();
    expect(embedOf(ask).description).toContain('Buryatia');
  });

  it('asks a user to wait when they ask again within the cooldown', async () => {
    const { discord } = await harness({ env: { ASK_COOLDOWN_SECONDS: '30' } });
    const first = await discord.sendCommand('ask', { question: 'Where is Buryatia?' });
    await first.waitForFinal();
    const second = await discord.sendCommand('ask', { question: 'And the Kursk region?' });
    await second.waitForFinal();
    expect(second.ephemeral).toBe(true);
    expect(second.originalMessage!.content).toMatch(/Please wait \d+ s before asking again/);
  });

  it('explains that the index is unavailable and that maintainers can run /reindex, which repairs it', async () => {
    const { discord } = await harness({ buildIndex: false });
    const ask = await discord.sendCommand('ask', { question: 'Where is Buryatia?' });
    await ask.waitForFinal();
    expect(ask.originalMessage!.content).toContain('Maintainers can rebuild it with `/reindex`');
    const reindex = await discord.sendCommand('reindex', {}, admin);
    await reindex.waitFor((entry) => JSON.stringify(entry.message).includes('Reindex finished'), { timeoutMs: 30_000 });
    const again = await discord.sendCommand('ask', { question: 'Where is Buryatia?' });
    await again.waitForFinal();
    expect(embedOf(again).description).toContain('Buryatia');
  });

  it('never writes the token into a log line', async () => {
    const { discord, config, rawLogs } = await harness();
    const ask = await discord.sendCommand('ask', { question: 'Where is Buryatia?' });
    await ask.waitForFinal();
    expect(rawLogs.length).toBeGreaterThan(0);
    expect(rawLogs.join('\n')).not.toContain(config.token);
  });

  it('logs each interaction with its id', async () => {
    const { discord, logs } = await harness();
    const ask = await discord.sendCommand('ask', { question: 'Where is Buryatia?' });
    await ask.waitForFinal();
    expect(logs().filter((line) => line.interaction === ask.id).map((line) => line.msg)).toEqual(['handling', 'answered']);
  });
});
