import type { AddressInfo } from 'node:net';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { Interaction } from 'discord.js';
import type { FeedbackStore } from '../feedback/store.js';
import { openFeedbackStore } from '../feedback/store.js';
import { AskLimits } from './ask-limits.js';
import type { BotConfig } from './bot-config.js';
import type { Handlers } from './command.js';
import { Desk } from './desk.js';
import type { Health } from './health.js';
import { isHealthy, startHealthServer } from './health.js';
import { createInteractionRouter } from './interaction-router.js';
import type { Logger } from './logger.js';

// Pruning once a day keeps the log within QUESTION_LOG_DAYS to the day.
const PRUNE_INTERVAL_MS = 24 * 60 * 60 * 1000;

export interface RunningBot {
  client: Client;
  desk: Desk;
  feedback: FeedbackStore;
  health(): Health;
  /** http://127.0.0.1:PORT/healthz when HEALTH_PORT is set. */
  healthUrl: string | null;
  /** Stops taking interactions, waits for those in flight (up to `graceMs`), then disconnects. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Opens the feedback store, loads the index, connects to Discord and serves `handlers` until `stop`. The entry point
 * passes the handlers, so that commands/ may use the bot's services without the bot depending on commands/.
 */
export async function startBot(config: BotConfig, log: Logger, handlers: Handlers): Promise<RunningBot> {
  const feedback = await openFeedbackStore(config.feedback);
  const prune = () =>
    feedback.prune().then(
      (deleted) => log.info({ deleted, days: config.feedback.retentionDays }, 'pruned the question log'),
      (error: unknown) => log.error({ err: error }, 'could not prune the question log'),
    );
  await prune();
  const pruner = setInterval(() => void prune(), PRUNE_INTERVAL_MS).unref();
  const desk = new Desk(config.engine, log);
  await desk.load();
  desk.watchForNewBuilds();
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    // No reply may ping anyone, whatever a question or a corpus line contains.
    allowedMentions: { parse: [] },
    ...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
  });
  let closing = false;
  const inFlight = new Set<Promise<void>>();
  const route = createInteractionRouter(
    handlers,
    { desk, feedback, config, askLimits: new AskLimits(config.askCooldownSeconds, config.askMaxConcurrent), log },
    () => closing,
  );
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    const handling = route(interaction).finally(() => inFlight.delete(handling));
    inFlight.add(handling);
  });
  let gateway: Health['gateway'] = 'disconnected';
  const health = (): Health => ({ gateway, index: desk.ready ? 'loaded' : 'unavailable' });
  // Each change of health is one log line, so that the log alone tells an operator whether the bot can answer.
  const reportHealth = (event: string) => log.info({ health: health(), healthy: isHealthy(health()) }, event);
  client.once(Events.ClientReady, (ready) => {
    gateway = 'connected';
    log.info({ user: ready.user.tag, guilds: ready.guilds.cache.size }, 'connected to Discord');
    reportHealth('health');
  });
  client.on(Events.Error, (error) => log.error({ err: error }, 'discord.js client error'));
  client.on(Events.ShardDisconnect, (event) => {
    gateway = 'disconnected';
    log.warn({ code: event.code }, 'gateway disconnected');
    reportHealth('health');
  });
  client.on(Events.ShardReconnecting, () => {
    gateway = 'disconnected';
    reportHealth('health');
  });
  client.on(Events.ShardResume, () => {
    gateway = 'connected';
    log.info('gateway resumed');
    reportHealth('health');
  });
  client.on(Events.ShardReady, () => {
    if (gateway === 'connected') return;
    gateway = 'connected';
    reportHealth('health');
  });
  const healthServer = config.healthPort === undefined ? null : await startHealthServer(config.healthPort, health);
  try {
    await client.login(config.token);
  } catch (error) {
    // A refused token must not leave the database open or timers running in the process that started us.
    desk.stopWatching();
    clearInterval(pruner);
    healthServer?.close();
    await client.destroy();
    await feedback.close();
    throw error;
  }

  return {
    client,
    desk,
    feedback,
    health,
    healthUrl: healthServer ? `http://127.0.0.1:${(healthServer.address() as AddressInfo).port}/healthz` : null,
    async stop(graceMs = 10_000) {
      closing = true;
      desk.stopWatching();
      clearInterval(pruner);
      log.info({ inFlight: inFlight.size }, 'shutting down');
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, graceMs);
      });
      await Promise.race([Promise.allSettled([...inFlight]), timeout]);
      clearTimeout(timer);
      await client.destroy();
      await feedback.close();
      healthServer?.close();
      log.info('stopped');
    },
  };
}
