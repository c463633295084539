/**
 * The bot token, and the interaction tokens Discord hands out with each interaction, never reach a log line or
 * the bot process's output, whatever goes wrong: failed requests whose errors carry the request, handler
 * failures, gateway drops, expired interactions, and a login that Discord refuses with 401.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { refreshIndex } from '../src/index/refresh.js';
import type { FakeDiscord } from './fake-discord/index.js';
import { startFakeDiscord } from './fake-discord/index.js';
import { admin, moderator, sleep } from './support/bot-fixtures.js';
import type { BotHarness } from './support/bot-harness.js';
import { botEnvironment, fakeBotToken, startBotHarness } from './support/bot-harness.js';
import { copyOfCorpus, testEngineConfig } from './support/engine-config.js';

const EDIT = 'PATCH /webhooks/:app/:token/messages/@original';

/** Every form in which a leaked bot token could show up: whole, its secret parts, base64-decoded id, URL-encoded. */
function tokenForms(token: string): string[] {
  const [, timestamp, hmac] = token.split('.');
  return [token, `Bot ${token}`, encodeURIComponent(token), `${timestamp}.${hmac}`, hmac!];
}

/** Runs through everything that makes the bot log: answers, refusals, failures of every kind, a gateway drop. */
async function eventfulScenario({ discord, bot, config }: BotHarness): Promise<string[]> {
  const done = (record: { waitForFinal: (o?: { timeoutMs?: number }) => Promise<unknown> }) => record.waitForFinal({ timeoutMs: 10_000 });
  await done(await discord.sendCommand('ask', { question: 'Where is Buryatia?' }));
  await done(await discord.sendCommand('ask', { question: 'kimchi recipe' }));
  await done(await discord.sendCommand('sources', {}));
  await done(await discord.sendCommand('reindex', { full: true }, { dm: true }));
  // The answer edit fails on every retry: discord.js's error, which carries the request, is logged.
  discord.faults.serverError(EDIT, { times: bot.client.rest.options.retries + 1 });
  const failed = await discord.sendCommand('ask', { question: 'Where is Buryatia?' });
  await failed.waitFor((entry) => entry.kind === 'followup' && entry.ok, { timeoutMs: 10_000 });
  // A 400 from Discord: DiscordAPIError with the request body.
  discord.faults.serverError(EDIT, { times: 1, status: 400, body: { message: 'Invalid Form Body', code: 50035, errors: {} } });
  const refused = await discord.sendCommand('ask', { question: 'Where is Buryatia?' });
  await refused.waitFor((entry) => entry.kind === 'followup' && entry.ok, { timeoutMs: 10_000 });
  // An interaction that expires before the deferral reaches Discord.
  discord.faults.delay('POST /interactions/:id/:token/callback', { times: 1, ms: 1200 });
  const expired = await discord.sendCommand('ask', { question: 'Where is Buryatia?' });
  await expired.waitFor((entry) => entry.errorCode === 10062, { timeoutMs: 10_000 });
  await sleep(100);
  // A handler that throws.
  await rm(config.engine.corpusDir, { recursive: true, force: true });
  const broken = await discord.sendCommand('sources', {}, moderator);
  await broken.waitFor((entry) => entry.kind === 'followup' && entry.ok);
  // A reindex that fails because the corpus is gone.
  await done(await discord.sendCommand('reindex', {}, admin));
  // The gateway drops; the bot resumes.
  discord.faults.dropGateway();
  await discord.gateway.waitForEvent((event) => event.type === 'resume', { timeoutMs: 10_000 });
  await done(await discord.sendCommand('ask', { question: 'Where is Buryatia?' }));
  return discord.interactions.map((record) => record.token);
}

describe('secrets in the logs of the bot in this process', () => {
  // One eventful scenario, then each test reads its logs.
  let started: BotHarness;
  let interactionTokens: string[];
  beforeAll(async () => {
    started = await startBotHarness({ env: { LOG_LEVEL: 'trace', ASK_COOLDOWN_SECONDS: '0' }, discord: { interactionDeadlineMs: 1000 } });
    interactionTokens = await eventfulScenario(started);
  }, 60_000);
  afterAll(() => started?.stop());

  it('never writes the bot token, in any form, into a log line, whatever goes wrong', () => {
    const log = started.rawLogs.join('\n');
    // The 500s, the 400 and /sources without a corpus fail their handlers; /reindex reports its own failure.
    expect(started.logs().filter((line) => line.msg === 'handler failed')).toHaveLength(3);
    expect(started.logs().filter((line) => line.msg === 'reindex failed')).toHaveLength(1);
    for (const form of tokenForms(started.config.token)) expect(log).not.toContain(form);
  });

  it('never even tries to: the logger never has to mask the token', () => {
    expect(started.rawLogs.join('\n')).not.toContain('[token]');
  });

  it('never writes an interaction token, which would let a reader edit the reply, into a log line', () => {
    const log = started.rawLogs.join('\n');
    expect(log).toContain('/webhooks/');
    expect(log).toContain('[interaction token]');
    for (const token of interactionTokens) expect(log).not.toContain(token);
  });
});

describe('secrets in the output of the bot process', () => {
  const dataDirs: string[] = [];
  afterEach(async () => {
    for (const dir of dataDirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  async function botEnv(discord: FakeDiscord, token: string): Promise<NodeJS.ProcessEnv> {
    const engine = await testEngineConfig({ corpusDir: await copyOfCorpus() });
    await refreshIndex(engine, { warn: () => {} });
    const dataDir = await mkdtemp(path.join(tmpdir(), 'conflict-desk-data-'));
    dataDirs.push(dataDir);
    return {
      ...process.env,
      ...botEnvironment(token, discord, engine),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'trace',
      ASK_COOLDOWN_SECONDS: '0',
    };
  }

  function startProcess(env: NodeJS.ProcessEnv) {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bot.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = { text: '' };
    child.stdout.on('data', (chunk: Buffer) => (output.text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output.text += chunk.toString()));
    return { child, output, exited: once(child, 'exit') as Promise<[number | null]> };
  }

  it('writes no token to stdout or stderr while serving, failing and shutting down', async () => {
    const token = fakeBotToken();
    const discord = await startFakeDiscord({ token });
    try {
      const { child, output, exited } = startProcess(await botEnv(discord, token));
      await discord.gateway.waitForReady({ timeoutMs: 20_000 });
      await (await discord.sendCommand('ask', { question: 'Where is Buryatia?' })).waitForFinal({ timeoutMs: 10_000 });
      discord.faults.serverError(EDIT, { times: 4 });
      const failed = await discord.sendCommand('ask', { question: 'Where is Buryatia?' });
      await failed.waitFor((entry) => entry.kind === 'followup' && entry.ok, { timeoutMs: 10_000 });
      discord.faults.dropGateway();
      await discord.gateway.waitForEvent((event) => event.type === 'resume', { timeoutMs: 10_000 });
      child.kill('SIGTERM');
      const [code] = await exited;
      expect(code).toBe(0);
      expect(output.text).toContain('handler failed');
      for (const form of [...tokenForms(token), '[token]', ...discord.interactions.map((record) => record.token)]) expect(output.text).not.toContain(form);
    } finally {
      await discord.close();
    }
  }, 30_000);

  it('exits 1 without printing the token when Discord refuses it at login (401)', async () => {
    const discord = await startFakeDiscord({ token: fakeBotToken() });
    try {
      const wrong = fakeBotToken();
      const { output, exited } = startProcess(await botEnv(discord, wrong));
      const [code] = await exited;
      expect(code).toBe(1);
      expect(discord.requests.some((request) => request.status === 401)).toBe(true);
      expect(output.text).toContain('the bot could not start');
      for (const form of [...tokenForms(wrong), '[token]']) expect(output.text).not.toContain(form);
    } finally {
      await discord.close();
    }
  }, 30_000);
});
