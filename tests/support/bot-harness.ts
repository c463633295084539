import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadBotConfig } from '../../src/bot/bot-config.js';
import type { EngineConfig } from '../../src/config/engine-config.js';
import type { BotConfig } from '../../src/bot/bot-config.js';
import type { RunningBot } from '../../src/bot/bot.js';
import { startBot } from '../../src/bot/bot.js';
import { createLogger } from '../../src/bot/logger.js';
import { handlers } from '../../commands/index.js';
import { refreshIndex } from '../../src/index/refresh.js';
import type { FakeDiscord, FakeDiscordOptions } from '../fake-discord/index.js';
import { startFakeDiscord } from '../fake-discord/index.js';
import { copyOfCorpus, testEngineConfig } from './engine-config.js';

/** A token of Discord's shape, different in every run, so that a test can look for it in the logs. */
export function fakeBotToken(): string {
  return `MTIzNDU2Nzg5MDEyMzQ1Njc4OTA.${randomBytes(4).toString('base64url')}.${randomBytes(24).toString('base64url')}`;
}

/** The variables that point the bot at a fake Discord and at an engine configuration, as .env would. */
export function botEnvironment(token: string, discord: FakeDiscord, engine: EngineConfig): Record<string, string> {
  return {
    DISCORD_TOKEN: token,
    DISCORD_API_URL: discord.restApi,
    CORPUS_DIR: engine.corpusDir,
    INDEX_DIR: engine.indexDir,
    MODELS_DIR: engine.modelsDir,
    EMBEDDING_MODEL: engine.model,
    ALLOW_MODEL_DOWNLOAD: String(engine.allowModelDownload),
  };
}

export interface BotHarness {
  discord: FakeDiscord;
  bot: RunningBot;
  config: BotConfig;
  /** Every log line the bot has written so far, parsed. */
  logs(): Record<string, unknown>[];
  rawLogs: string[];
  stop(): Promise<void>;
}

/**
 * The real bot (real discord.js client, real engine on the offline model) connected to a fake Discord, with its
 * slash commands registered and an index built from `corpusDir` (a copy of the test corpus by default).
 */
export async function startBotHarness(
  options: {
    env?: Record<string, string>;
    buildIndex?: boolean;
    corpusDir?: string;
    discord?: FakeDiscordOptions;
    /** Runs after the index is built and before the bot starts, to break things on purpose. */
    prepare?: (engine: EngineConfig) => Promise<void>;
  } = {},
): Promise<BotHarness> {
  const token = fakeBotToken();
  const discord = await startFakeDiscord({ ...options.discord, token });
  // Always a copy: tests may edit or delete the corpus, and the test corpus must stay untouched.
  const engine = await testEngineConfig({ corpusDir: options.corpusDir ?? (await copyOfCorpus()) });
  if (options.buildIndex !== false) await refreshIndex(engine, { warn: () => {} });
  await options.prepare?.(engine);
  // The question log goes to a fresh folder unless the test brings one (to restart a bot on the same database).
  const ownDataDir = options.env?.DATA_DIR === undefined ? await mkdtemp(path.join(tmpdir(), 'conflict-desk-data-')) : null;
  const config = loadBotConfig({
    ...botEnvironment(token, discord, engine),
    LOG_LEVEL: 'debug',
    ...(ownDataDir ? { DATA_DIR: ownDataDir } : {}),
    ...options.env,
  });
  const rawLogs: string[] = [];
  const log = createLogger(config.logLevel, token, { write: (line: string) => void rawLogs.push(line) });
  let bot: RunningBot;
  try {
    bot = await startBot(config, log, handlers);
  } catch (error) {
    if (ownDataDir) await rm(ownDataDir, { recursive: true, force: true });
    throw error;
  }
  await bot.client.application!.commands.set(handlers.commands.map((command) => command.data));
  return {
    discord,
    bot,
    config,
    rawLogs,
    logs() {
      return rawLogs.map((line) => JSON.parse(line) as Record<string, unknown>);
    },
    async stop() {
      await bot.stop(1000);
      await discord.close();
      if (ownDataDir) await rm(ownDataDir, { recursive: true, force: true });
    },
  };
}
