import type {
  ButtonInteraction,
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
  ModalSubmitInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import type { FeedbackStore } from '../feedback/store.js';
import type { AskLimits } from './ask-limits.js';
import type { BotConfig } from './bot-config.js';
import type { Desk } from './desk.js';
import type { Logger } from './logger.js';
import type { Audience } from './permissions.js';

/** What a handler may use: the engine, the feedback store, the configuration, a logger bound to the interaction. */
export interface BotContext {
  desk: Desk;
  feedback: FeedbackStore;
  config: BotConfig;
  askLimits: AskLimits;
  log: Logger;
}

/** A slash command, as a module in commands/ exports it. */
export interface SlashCommand {
  kind: 'slash';
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Checked on the server for every interaction, whatever the guild did to default_member_permissions. */
  audience: Audience;
  execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void>;
}

/** A command in a message's Apps menu. */
export interface MessageCommand {
  kind: 'message';
  data: RESTPostAPIContextMenuApplicationCommandsJSONBody;
  audience: Audience;
  execute(interaction: MessageContextMenuCommandInteraction, context: BotContext): Promise<void>;
}

export type Command = SlashCommand | MessageCommand;

/**
 * Buttons and modals whose custom id starts with `${prefix}:`. The custom id carries all the state a handler needs,
 * so a button keeps working after a restart.
 */
export interface ComponentHandler {
  prefix: string;
  audience: Audience;
  handleButton?(interaction: ButtonInteraction, context: BotContext): Promise<void>;
  handleModal?(interaction: ModalSubmitInteraction, context: BotContext): Promise<void>;
}

/** Everything the bot serves; the entry point hands it to the bot, so that the bot never imports commands/. */
export interface Handlers {
  commands: Command[];
  components: ComponentHandler[];
}
