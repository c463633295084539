import pino from 'pino';
import type { Logger } from 'pino';

export type { Logger };

// discord.js's request errors carry the URL, and the webhook and callback URLs of an interaction hold its token,
// with which anyone can edit or add to the bot's reply for 15 minutes.
const INTERACTION_TOKEN_IN_URL = /\/(webhooks|interactions)\/(\d+)\/[\w-]{20,}/g;

/**
 * Structured JSON lines on stdout. Any string that contains the token is masked wherever it appears, as a last
 * line of defence: no code path should log the token in the first place. Interaction tokens in URLs are masked too.
 */
export function createLogger(level: string, token: string, destination: pino.DestinationStream = process.stdout): Logger {
  const mask = (text: string) =>
    (token ? text.split(token).join('[token]') : text).replace(INTERACTION_TOKEN_IN_URL, '/$1/$2/[interaction token]');
  return pino(
    {
      level,
      base: { service: 'conflict-desk' },
      hooks: {
        streamWrite: mask,
      },
    },
    destination,
  );
}
