import { randomBytes } from 'node:crypto';
import { DiscordAPIError, MessageFlags, RESTJSONErrorCodes } from 'discord.js';
import type { Interaction, RepliableInteraction } from 'discord.js';
import type { BotContext, Command, ComponentHandler, Handlers } from './command.js';
import type { Audience } from './permissions.js';
import { checkPermission } from './permissions.js';

export const SHUTTING_DOWN = 'The bot is restarting; please try again in a minute.';

/**
 * Routes each interaction to its command or component handler after the server-side permission check, logs it
 * with its id, and turns any unexpected error into an ephemeral message with a reference the maintainers can find
 * in the log. Never throws: one bad interaction must not take the bot down.
 */
export function createInteractionRouter({ commands, components }: Handlers, shared: BotContext, isClosing: () => boolean) {
  const byName = new Map(commands.map((command) => [command.data.name, command]));
  const byPrefix = new Map(components.map((handler) => [handler.prefix, handler]));
  return async function route(interaction: Interaction): Promise<void> {
    const target = targetOf(interaction, byName, byPrefix);
    if (!target) return;
    const { repliable, name, audience, run } = target;
    const log = shared.log.child({ interaction: interaction.id, command: name, user: interaction.user.id });
    const context: BotContext = { ...shared, log };
    try {
      if (isClosing()) {
        await repliable.reply({ content: SHUTTING_DOWN, flags: MessageFlags.Ephemeral });
        return;
      }
      const verdict = checkPermission(
        audience,
        {
          userId: interaction.user.id,
          roleIds: roleIdsOf(repliable),
          permissions: interaction.inGuild() ? (interaction.memberPermissions?.bitfield ?? null) : null,
        },
        shared.config.maintainers,
      );
      if (!verdict.allowed) {
        log.info({ reason: verdict.reason }, 'refused');
        await repliable.reply({ content: verdict.reason, flags: MessageFlags.Ephemeral });
        return;
      }
      log.info('handling');
      await run(context);
    } catch (error) {
      await reportFailure(repliable, error, context);
    }
  };
}

interface Target {
  repliable: RepliableInteraction;
  name: string;
  audience: Audience;
  run(context: BotContext): Promise<void>;
}

function targetOf(interaction: Interaction, byName: Map<string, Command>, byPrefix: Map<string, ComponentHandler>): Target | null {
  if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) {
    const command = byName.get(interaction.commandName);
    if (!command) return null;
    const run =
      command.kind === 'slash' && interaction.isChatInputCommand()
        ? (context: BotContext) => command.execute(interaction, context)
        : command.kind === 'message' && interaction.isMessageContextMenuCommand()
          ? (context: BotContext) => command.execute(interaction, context)
          : null;
    return run && { repliable: interaction, name: command.data.name, audience: command.audience, run };
  }
  if (interaction.isButton() || interaction.isModalSubmit()) {
    const prefix = interaction.customId.split(':')[0]!;
    const handler = byPrefix.get(prefix);
    const run =
      interaction.isButton() && handler?.handleButton
        ? (context: BotContext) => handler.handleButton!(interaction, context)
        : interaction.isModalSubmit() && handler?.handleModal
          ? (context: BotContext) => handler.handleModal!(interaction, context)
          : null;
    return handler && run ? { repliable: interaction, name: prefix, audience: handler.audience, run } : null;
  }
  return null;
}

function roleIdsOf(interaction: RepliableInteraction): string[] {
  const member = interaction.member;
  if (!member) return [];
  return Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
}

async function reportFailure(interaction: RepliableInteraction, error: unknown, { log }: BotContext): Promise<void> {
  if (error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownInteraction) {
    log.warn('interaction expired before the bot could answer (10062)');
    return;
  }
  const reference = randomBytes(4).toString('hex');
  log.error({ err: error, reference }, 'handler failed');
  const content = `Something went wrong on our side (reference ${reference}). Please try again; if it keeps happening, give this reference to a moderator.`;
  try {
    if (interaction.deferred || interaction.replied) await interaction.followUp({ content, flags: MessageFlags.Ephemeral });
    else await interaction.reply({ content, flags: MessageFlags.Ephemeral });
  } catch (replyError) {
    log.warn({ err: (replyError as Error).message, reference }, 'could not tell the user about the failure');
  }
}
