/**
 * The real bot against a fake Discord that misbehaves: REST rate limits, server errors and slow answers,
 * interactions that expire before the bot answers, and an index that is corrupt at start-up. In every case the
 * reply still arrives or the failure is logged, and the bot goes on answering. (Gateway faults:
 * bot-gateway-faults.test.ts.)
 */
import { cp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDEX_UNAVAILABLE } from '../commands/answer-reply.js';
import { SHUTTING_DOWN } from '../src/bot/interaction-router.js';
import { liveBuildDir } from '../src/index/layout.js';
import { refreshIndex } from '../src/index/refresh.js';
import type { FakeDiscord, InteractionRecord } from './fake-discord/index.js';
import { CallbackType, ErrorCode, MessageFlag } from './fake-discord/index.js';
import { admin, botHarnesses, embedOf, messageBody, messageRequests, moderator } from './support/bot-fixtures.js';
import { copyOfCorpus, testEngineConfig } from './support/engine-config.js';

const harness = botHarnesses();

const CALLBACK = 'POST /interactions/:id/:token/callback';
const EDIT = 'PATCH /webhooks/:app/:token/messages/@original';
const QUESTION = 'Where is Buryatia?';

/** Asks `QUESTION` and expects the quoted answer, the proof that the bot is still serving. */
async function expectAnswered(discord: FakeDiscord): Promise<InteractionRecord> {
  const ask = await discord.sendCommand('ask', { question: QUESTION });
  await ask.waitForFinal({ timeoutMs: 10_000 });
  expect(ask.firstResponseMs).toBeLessThan(3000);
  expect(embedOf(ask)?.description).toContain('Buryatia');
  return ask;
}

/** Statuses of every attempt at requests whose path matches, in order. */
const statusesOf = (discord: FakeDiscord, pattern: RegExp) =>
  discord.requests.filter((request) => pattern.test(`${request.method} ${request.path}`)).map((request) => request.status);
const CALLBACKS = /^POST \/interactions\/.*\/callback$/;
const EDITS = /^PATCH \/webhooks\/.*\/messages\/@original$/;

describe('when Discord REST rate-limits or fails', () => {
  it('waits out a 429 on the deferral for its retry_after, then answers', async () => {
    const { discord } = await harness();
    discord.faults.rateLimit(CALLBACK, { times: 1, retryAfterSeconds: 0.3 });
    const ask = await expectAnswered(discord);
    expect(statusesOf(discord, CALLBACKS)).toEqual([429, 204]);
    const [limited, accepted] = discord.requests.filter((request) => CALLBACKS.test(`${request.method} ${request.path}`));
    expect(accepted!.at - limited!.at).toBeGreaterThanOrEqual(300);
    expect(ask.callbackType).toBe(CallbackType.DeferredChannelMessageWithSource);
  });

  it('waits out repeated and global 429s on the answer edit, then delivers the answer', async () => {
    const { discord } = await harness();
    discord.faults.rateLimit(EDIT, { times: 1, retryAfterSeconds: 0.2 });
    discord.faults.rateLimit(EDIT, { times: 1, retryAfterSeconds: 0.2, global: true });
    await expectAnswered(discord);
    expect(statusesOf(discord, EDITS)).toEqual([429, 429, 200]);
    expect(discord.faults.pending).toEqual([]);
  });

  it('retries an answer edit through transient 500s and delivers the answer', async () => {
    const { discord } = await harness();
    discord.faults.serverError(EDIT, { times: 2 });
    discord.faults.serverError(EDIT, { times: 1, status: 502 });
    await expectAnswered(discord);
    expect(statusesOf(discord, EDITS)).toEqual([500, 500, 502, 200]);
  });

  it('when every retry of the answer edit gets a 500, logs the failure with a reference, tells the asker privately and answers the next /ask', async () => {
    const { discord, bot, logs } = await harness();
    const attempts = bot.client.rest.options.retries + 1;
    discord.faults.serverError(EDIT, { times: attempts });
    const ask = await discord.sendCommand('ask', { question: QUESTION });
    const notice = await ask.waitFor((entry) => entry.kind === 'followup' && entry.ok, { timeoutMs: 10_000 });
    expect(statusesOf(discord, EDITS)).toEqual(Array<number>(attempts).fill(500));
    expect(notice.message.flags).toBe(MessageFlag.Ephemeral);
    const reference = /reference ([0-9a-f]{8})/.exec(String(notice.message.content))?.[1];
    expect(reference).toBeDefined();
    const logged = logs().find((line) => line.msg === 'handler failed' && line.reference === reference);
    expect(logged).toMatchObject({ level: 50, interaction: ask.id, err: { status: 500 } });
    await expectAnswered(discord);
  });

  it('when every retry of the deferral gets a 500, replies with the error reference instead and answers the next /ask', async () => {
    const { discord, bot, logs } = await harness();
    discord.faults.serverError(CALLBACK, { times: bot.client.rest.options.retries + 1 });
    const ask = await discord.sendCommand('ask', { question: QUESTION });
    await ask.waitForFinal();
    expect(ask.callbackType).toBe(CallbackType.ChannelMessageWithSource);
    expect(ask.ephemeral).toBe(true);
    expect(ask.originalMessage!.content).toMatch(/^Something went wrong on our side \(reference [0-9a-f]{8}\)/);
    expect(logs().filter((line) => line.msg === 'handler failed' && line.interaction === ask.id)).toHaveLength(1);
    await expectAnswered(discord);
  });

  it('delivers the answer through a slow 429 and then a 500 on the same edit', async () => {
    const { discord } = await harness();
    discord.faults.delay(EDIT, { times: 1, ms: 1000 });
    discord.faults.rateLimit(EDIT, { times: 1, retryAfterSeconds: 0.2 });
    discord.faults.serverError(EDIT, { times: 1 });
    const ask = await expectAnswered(discord);
    expect(statusesOf(discord, EDITS)).toEqual([429, 500, 200]);
    expect(ask.responses[0]!.elapsedMs).toBeGreaterThanOrEqual(1200);
  });

  it('answers when Discord takes 1.5 s to accept the deferral, inside the 3-second deadline', async () => {
    const { discord } = await harness();
    discord.faults.delay(CALLBACK, { times: 1, ms: 1500 });
    const ask = await expectAnswered(discord);
    expect(ask.firstResponseMs).toBeGreaterThanOrEqual(1500);
  });

  // The bot's configuration does not expose discord.js's REST timeout (15 s by default), so this delay stays below it.
  it('answers when Discord takes 2.5 s to accept the answer edit', async () => {
    const { discord } = await harness();
    discord.faults.delay(EDIT, { times: 1, ms: 2500 });
    const ask = await expectAnswered(discord);
    expect(ask.responses[0]!.elapsedMs).toBeGreaterThanOrEqual(2500);
    expect(ask.rejected).toEqual([]);
  });
});

describe('when an interaction expires before the bot answers', () => {
  it('logs the 10062 as a warning, sends nothing more for it, and answers the next /ask', async () => {
    // A short deadline (1 s instead of Discord's 3 s) and a slow deferral: the deferral reaches Discord after the
    // interaction expired, as when the bot is stalled on a cold start.
    const { discord, logs } = await harness({ discord: { interactionDeadlineMs: 1000 } });
    discord.faults.delay(CALLBACK, { times: 1, ms: 1300 });
    const ask = await discord.sendCommand('ask', { question: QUESTION });
    await ask.waitFor((entry) => entry.errorCode === ErrorCode.UnknownInteraction);
    await expect.poll(() => logs().filter((line) => line.interaction === ask.id).map((line) => [line.level, line.msg])).toEqual([
      [30, 'handling'],
      [40, 'interaction expired before the bot could answer (10062)'],
    ]);
    expect(ask.acknowledged).toBe(false);
    expect(ask.timeline.map((entry) => entry.kind)).toEqual(['callback']);
    expect(logs().some((line) => (line.level as number) >= 50)).toBe(false);
    await expectAnswered(discord);
  });
});

describe('allowed_mentions on everything the bot sends', () => {
  it('sends allowed_mentions {parse: []} on every reply, update, edit and follow-up over a whole scenario', async () => {
    const corpusDir = await copyOfCorpus();
    const seed = path.join(corpusDir, 'north-korean-military-fighting-alongside-russia.md');
    for (let i = 0; i < 24; i++) await cp(seed, path.join(corpusDir, `copy-${i}.md`));
    const { discord, bot } = await harness({ corpusDir, env: { ASK_COOLDOWN_SECONDS: '60' } });
    const user = (n: number) => ({ user: { id: `30000000000000000${n}`, username: `member${n}` } });
    const run = async (name: string, options: Record<string, string | boolean>, invoker: object) => {
      const record = await discord.sendCommand(name, options, invoker);
      await record.waitForFinal({ timeoutMs: 20_000 });
      return record;
    };

    await run('ask', { question: '@everyone <@&123456789012345678> where are North Korean troops <@123456789012345678>?' }, user(1));
    await run('ask', { question: 'kimchi recipe @here' }, user(2));
    await run('ask', { question: 'And now? @everyone' }, user(1)); // cooldown
    await run('ask', { question: '\u200b ¿?! \u202e' }, user(3)); // no words
    await run('sources', {}, user(4)); // refused
    await run('reindex', { full: true }, { ...user(5), ...moderator }); // refused
    await run('sources', {}, { ...user(6), dm: true }); // refused in DMs
    const sources = await run('sources', {}, { ...user(7), ...moderator });
    await (await sources.clickButton('sources:page:1')).waitForFinal();
    await run('reindex', {}, { ...user(8), ...admin });
    // An unexpected failure: the feedback database is gone while /sources reads it.
    await bot.feedback.close();
    const failing = await discord.sendCommand('sources', { view: 'gaps' }, { ...user(7), ...moderator });
    await failing.waitFor((entry) => entry.kind === 'followup' && entry.ok);
    // A /reindex that runs while the bot shuts down, and an /ask that arrives meanwhile.
    const reindex = await discord.sendCommand('reindex', { full: true }, { ...user(8), ...admin });
    await reindex.waitForCallback();
    const stopping = bot.stop(20_000);
    await run('ask', { question: QUESTION }, user(9));
    await stopping;

    const sent = messageRequests(discord.requests);
    const withoutParseNone = sent.filter((request) => JSON.stringify(messageBody(request).allowed_mentions) !== '{"parse":[]}');
    expect(withoutParseNone.map((request) => `${request.method} ${request.path}`)).toEqual([]);
    // The scenario really covered every way of sending a message.
    const kinds = new Set(sent.map((request) => `${request.method} ${(request.body as { type?: number }).type ?? ''}`.trim()));
    // Page buttons defer (type 6) and edit, so no message goes out as an update (type 7).
    expect(kinds).toEqual(new Set(['POST 4', 'PATCH', 'POST']));
    const contents = sent.map((request) => JSON.stringify(messageBody(request)));
    for (const expected of ['Please wait', 'no words', 'Only moderators', 'Only maintainers', 'only inside a server', 'Page 2 of', 'already up to date', 'Something went wrong', 'Reindex finished', SHUTTING_DOWN]) {
      expect(contents.some((content) => content.includes(expected))).toBe(true);
    }
  }, 30_000);

  it('sends allowed_mentions {parse: []} on the private error follow-up', async () => {
    const { discord, config } = await harness();
    await rm(config.engine.corpusDir, { recursive: true, force: true });
    const sources = await discord.sendCommand('sources', {}, moderator);
    const failure = await sources.waitFor((entry) => entry.kind === 'followup' && entry.ok);
    expect(failure.message.content).toMatch(/reference [0-9a-f]{8}/);
    expect(failure.message.allowed_mentions).toEqual({ parse: [] });
  });
});

describe('when the index is corrupt at start-up', () => {
  async function corruptIndex(damage: (buildDir: string) => Promise<void>): Promise<{ corpusDir: string; indexDir: string }> {
    const corpusDir = await copyOfCorpus();
    const engine = await testEngineConfig({ corpusDir });
    await refreshIndex(engine, { warn: () => {} });
    await damage((await liveBuildDir(engine.indexDir))!);
    return { corpusDir, indexDir: engine.indexDir };
  }

  async function expectUnavailableThenRepaired(dirs: { corpusDir: string; indexDir: string }, logged: RegExp): Promise<void> {
    const { discord, logs } = await harness({ corpusDir: dirs.corpusDir, buildIndex: false, env: { INDEX_DIR: dirs.indexDir } });
    expect(logs().some((line) => line.level === 40 && logged.test(String(line.msg)))).toBe(true);
    const ask = await discord.sendCommand('ask', { question: QUESTION });
    await ask.waitForFinal();
    expect(ask.originalMessage!.content).toBe(INDEX_UNAVAILABLE);
    expect(ask.originalMessage!.content).toContain('Maintainers can rebuild it with `/reindex`');
    const reindex = await discord.sendCommand('reindex', {}, admin);
    await reindex.waitFor((entry) => JSON.stringify(entry.message).includes('Reindex finished'), { timeoutMs: 30_000 });
    await expectAnswered(discord);
  }

  it('starts with a truncated vector file, says the index is unavailable and that maintainers can run /reindex, and /reindex repairs it', async () => {
    const dirs = await corruptIndex(async (buildDir) => {
      const file = path.join(buildDir, 'vectors.bin');
      await truncate(file, Math.floor((await readFile(file)).length / 2));
    });
    await expectUnavailableThenRepaired(dirs, /passage files are missing or corrupt/);
  });

  it('starts without a manifest, says the index is unavailable, and /reindex repairs it', async () => {
    const dirs = await corruptIndex((buildDir) => rm(path.join(buildDir, 'manifest.json')));
    await expectUnavailableThenRepaired(dirs, /manifest\.json is missing or invalid/);
  });

  it('starts with a manifest that is not JSON, says the index is unavailable, and /reindex repairs it', async () => {
    const dirs = await corruptIndex((buildDir) => writeFile(path.join(buildDir, 'manifest.json'), '{"model": "conflict-desk/'));
    await expectUnavailableThenRepaired(dirs, /manifest\.json is missing or invalid/);
  });
});
