import { REST, Routes } from 'discord.js';
import type { RESTGetCurrentApplicationResult } from 'discord.js';
import { config as loadDotenv } from 'dotenv';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { handlers } from '../../commands/index.js';
import { loadBotConfig } from '../bot/bot-config.js';

const USAGE = 'Usage: npm run register -- [--guild ID]   (without --guild: global commands, which Discord may take up to an hour to show)';

const argsSchema = z.object({ guild: z.string().regex(/^\d{17,20}$/, '--guild must be a Discord server id (17–20 digits)').optional() });

loadDotenv({ quiet: true });
try {
  const { values } = parseArgs({ options: { guild: { type: 'string' } }, strict: true });
  const args = argsSchema.parse(values);
  const config = loadBotConfig();
  const guildId = args.guild ?? config.guildId;
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  const application = (await rest.get(Routes.currentApplication())) as RESTGetCurrentApplicationResult;
  const body = handlers.commands.map((command) => command.data);
  // PUT replaces the whole set, so running this again changes nothing: registration is idempotent.
  const route = guildId ? Routes.applicationGuildCommands(application.id, guildId) : Routes.applicationCommands(application.id);
  const registered = (await rest.put(route, { body })) as { name: string; type?: number }[];
  process.stdout.write(
    `Registered ${registered.map((c) => (c.type === 3 ? `“${c.name}” (message menu)` : `/${c.name}`)).join(', ')} ${guildId ? `in server ${guildId}` : 'globally'} for application ${application.id}.\n`,
  );
} catch (error) {
  const message = error instanceof z.ZodError ? error.issues.map((i) => i.message).join('; ') : (error as Error).message;
  process.stderr.write(`Registration failed: ${message}\n${USAGE}\n`);
  process.exitCode = 1;
}
