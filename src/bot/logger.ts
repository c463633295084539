import pino from 'pino';
import type { Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON lines on stdout. Any string that contains the token is masked wherever it appears, as a last
 * line of defence: no code path should log the token in the first place.
 */
export function createLogger(level: string, token: string, destination: pino.DestinationStream = process.stdout): Logger {
  const mask = (text: string) => (token ? text.split(token).join('[token]') : text);
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
