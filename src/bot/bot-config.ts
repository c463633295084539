import { z } from 'zod';
import type { EngineConfig } from '../config/engine-config.js';
import { loadEngineConfig, parseOptionalEnv, presentVariables } from '../config/engine-config.js';
import type { FeedbackConfig } from '../config/feedback-config.js';
import { loadFeedbackConfig } from '../config/feedback-config.js';
import type { Maintainers } from './permissions.js';

// Three dot-separated base64url parts, as Discord issues bot tokens.
const TOKEN_SHAPE = /^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/;
const snowflakeList = z
  .string()
  .default('')
  .transform((list) => list.split(',').map((id) => id.trim()).filter(Boolean))
  .pipe(z.array(z.string().regex(/^\d{17,20}$/, 'must be a comma-separated list of Discord ids (17–20 digits)')));

const botEnvSchema = z.object({
  DISCORD_TOKEN: z
    .string({ error: 'is required: the bot token from the Discord developer portal (Bot → Reset Token)' })
    .trim()
    .regex(TOKEN_SHAPE, 'does not look like a Discord bot token (three dot-separated parts); copy it again from the developer portal'),
  DISCORD_API_URL: z.url({ protocol: /^https?$/ }).optional(),
  DISCORD_GUILD_ID: z.string().regex(/^\d{17,20}$/, 'must be a Discord server id (17–20 digits)').optional(),
  MAINTAINER_USER_IDS: snowflakeList,
  MAINTAINER_ROLE_IDS: snowflakeList,
  ASK_COOLDOWN_SECONDS: z.coerce.number().min(0).default(10),
  ASK_MAX_CONCURRENT: z.coerce.number().int().positive().default(4),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HEALTH_PORT: z.coerce.number().int().min(0).max(65535).optional(),
});

export interface BotConfig {
  token: string;
  /** REST base URL handed to discord.js as `rest.api`; undefined means Discord's own. */
  apiUrl: string | undefined;
  guildId: string | undefined;
  maintainers: Maintainers;
  askCooldownSeconds: number;
  askMaxConcurrent: number;
  logLevel: z.infer<typeof botEnvSchema>['LOG_LEVEL'];
  /** Port of the loopback /healthz endpoint (0: any free port); undefined: no endpoint, health is only logged. */
  healthPort: number | undefined;
  engine: EngineConfig;
  feedback: FeedbackConfig;
}

/** Reads the bot's variables; a missing or malformed one raises ConfigError naming it and .env.example. */
export function loadBotConfig(env: NodeJS.ProcessEnv = process.env): BotConfig {
  const e = parseOptionalEnv(botEnvSchema, env);
  return {
    token: e.DISCORD_TOKEN,
    apiUrl: e.DISCORD_API_URL,
    guildId: e.DISCORD_GUILD_ID,
    maintainers: { userIds: e.MAINTAINER_USER_IDS, roleIds: e.MAINTAINER_ROLE_IDS },
    askCooldownSeconds: e.ASK_COOLDOWN_SECONDS,
    askMaxConcurrent: e.ASK_MAX_CONCURRENT,
    logLevel: e.LOG_LEVEL,
    healthPort: e.HEALTH_PORT,
    engine: loadEngineConfig(presentVariables(env)),
    feedback: loadFeedbackConfig(env),
  };
}
