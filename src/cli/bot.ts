import { config as loadDotenv } from 'dotenv';
import { handlers } from '../../commands/index.js';
import { loadBotConfig } from '../bot/bot-config.js';
import { startBot } from '../bot/bot.js';
import { createLogger } from '../bot/logger.js';
import { FeedbackError } from '../feedback/feedback-error.js';

loadDotenv({ quiet: true });
let config;
try {
  config = loadBotConfig();
} catch (error) {
  process.stderr.write(`Cannot start the bot:\n${(error as Error).message}\n`);
  process.exit(1);
}
const log = createLogger(config.logLevel, config.token);
// A stray promise rejection is a bug to log, not a reason to drop every other conversation.
process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled promise rejection'));
try {
  const bot = await startBot(config, log, handlers);
  const shutdown = (signal: string) => {
    log.info({ signal }, 'signal received');
    bot.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'unclean shutdown');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
} catch (error) {
  log.fatal({ err: error }, 'the bot could not start');
  // A database the bot cannot open is the operator's to fix: say what and how where they look first.
  if (error instanceof FeedbackError) process.stderr.write(`Cannot start the bot:\n${error.message}\n`);
  process.exit(1);
}
