import { cp } from 'node:fs/promises';
import { PermissionFlagsBits } from 'discord.js';
import { afterEach } from 'vitest';
import { refreshIndex } from '../../src/index/refresh.js';
import type { InteractionRecord, RecordedRequest } from '../fake-discord/index.js';
import { CallbackType } from '../fake-discord/index.js';
import type { BotHarness } from './bot-harness.js';
import { startBotHarness } from './bot-harness.js';
import { testEngineConfig } from './engine-config.js';
import { tempDir } from './temp-dirs.js';

export type HarnessOptions = NonNullable<Parameters<typeof startBotHarness>[0]>;

let shippedIndex: Promise<string> | undefined;

/** A private copy of an index of the test corpus, built once per test file: faster than building one per bot. */
async function copyOfShippedIndex(): Promise<string> {
  shippedIndex ??= testEngineConfig().then(async (engine) => {
    await refreshIndex(engine, { warn: () => {} });
    return engine.indexDir;
  });
  const copy = await tempDir('index');
  await cp(await shippedIndex, copy, { recursive: true, verbatimSymlinks: true });
  return copy;
}

/**
 * `const harness = botHarnesses();` at the top of a test file: each call starts the real bot against a fresh fake
 * Discord (cooldown off unless the test sets it) and every one is stopped after its test. Unless the test brings
 * its own corpus or index, the bot serves a copy of an index of the test corpus built once for the file.
 */
export function botHarnesses(): (options?: HarnessOptions) => Promise<BotHarness> {
  const started: BotHarness[] = [];
  afterEach(async () => {
    for (const harness of started.splice(0)) await harness.stop();
  });
  return async (options = {}) => {
    const ownIndex = options.corpusDir !== undefined || options.buildIndex === false || options.env?.INDEX_DIR !== undefined;
    const index = ownIndex ? {} : { buildIndex: false, env: { INDEX_DIR: await copyOfShippedIndex() } };
    const harness = await startBotHarness({ ...options, ...index, env: { ASK_COOLDOWN_SECONDS: '0', ...index.env, ...options.env } });
    started.push(harness);
    return harness;
  };
}

export type Embed = { title?: string; description?: string; url?: string; footer?: { text: string }; fields?: { name: string; value: string }[] };

/** The first embed of the interaction's reply, as Discord stores it now. */
export const embedOf = (record: InteractionRecord): Embed | undefined => record.originalMessage?.embeds[0] as Embed | undefined;

export const moderator = { permissions: PermissionFlagsBits.ManageMessages };
export const admin = { permissions: PermissionFlagsBits.Administrator };
/** A member Discord computes no permission at all for (e.g. a server that stripped @everyone). */
export const powerless = { permissions: 0n };

const CALLBACK = /^POST \/interactions\/[^/]+\/[^/]+\/callback$/;
const EDIT = /^PATCH \/webhooks\/[^/]+\/[^/]+\/messages\/[^/]+$/;
const FOLLOW_UP = /^POST \/webhooks\/[^/]+\/[^/]+$/;
const CHANNEL_MESSAGE = /^POST \/channels\/[^/]+\/messages$/;

/**
 * Every attempt (faulted or not) to put a message in front of someone: replies and updates, edits of a reply,
 * follow-ups, channel messages. Deferrals (callback types 5 and 6) carry no message and are left out.
 */
export function messageRequests(requests: readonly RecordedRequest[]): RecordedRequest[] {
  return requests.filter((request) => {
    const line = `${request.method} ${request.path}`;
    if (CALLBACK.test(line)) {
      const type = (request.body as { type?: number } | undefined)?.type;
      return type === CallbackType.ChannelMessageWithSource || type === CallbackType.UpdateMessage;
    }
    return EDIT.test(line) || FOLLOW_UP.test(line) || CHANNEL_MESSAGE.test(line);
  });
}

/** The message part of such a request: callback `data`, or the webhook body. */
export function messageBody(request: RecordedRequest): Record<string, unknown> {
  const body = (request.body ?? {}) as Record<string, unknown>;
  return CALLBACK.test(`${request.method} ${request.path}`) ? ((body.data ?? {}) as Record<string, unknown>) : body;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
