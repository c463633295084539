import type { ButtonInteraction, ChatInputCommandInteraction, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { AskLimits } from './ask-limits.js';
import type { BotConfig } from './bot-config.js';
import type { Desk } from './desk.js';
import type { Logger } from './logger.js';
import type { Audience } from './permissions.js';

/** What a command handler may use: the engine, the configuration, a logger bound to the interaction. */
export interface BotContext {
  desk: Desk;
  config: BotConfig;
  askLimits: AskLimits;
  log: Logger;
}

/** One slash command, as each module in commands/ exports it. */
export interface Command {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Checked on the server for every interaction, whatever the guild did to default_member_permissions. */
  audience: Audience;
  execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void>;
  /** Buttons whose custom id starts with `${data.name}:` come here. */
  handleButton?(interaction: ButtonInteraction, context: BotContext): Promise<void>;
}
