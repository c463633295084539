import { randomBytes } from 'node:crypto';
import { DiscordAPIError, MessageFlags, RESTJSONErrorCodes } from 'discord.js';
import type { Interaction, RepliableInteraction } from 'discord.js';
import type { BotContext, Command } from './command.js';
import { checkPermission } from './permissions.js';

export const SHUTTING_DOWN = 'The bot is restarting; please try again in a minute.';

/**
 * Routes each interaction to its command after the server-side permission check, logs it with its id, and
 * turns any unexpected error into an ephemeral message with a reference the maintainers can find in the log.
 * Never throws: one bad interaction must not take the bot down.
 */
export function createInteractionRouter(commands: Command[], shared: BotContext, isClosing: () => boolean) {
  const byName = new Map(commands.map((command) => [command.data.name, command]));
  return async function route(interaction: Interaction): Promise<void> {
    if (!interaction.isChatInputCommand() && !interaction.isButton()) return;
    const name = interaction.isChatInputCommand() ? interaction.commandName : interaction.customId.split(':')[0]!;
    const log = shared.log.child({ interaction: interaction.id, command: name, user: interaction.user.id });
    const context: BotContext = { ...shared, log };
    const command = byName.get(name);
    try {
      if (!command) return;
      if (isClosing()) {
        await interaction.reply({ content: SHUTTING_DOWN, flags: MessageFlags.Ephemeral });
        return;
      }
      const verdict = checkPermission(
        command.audience,
        {
          userId: interaction.user.id,
          roleIds: roleIdsOf(interaction),
          permissions: interaction.inGuild() ? (interaction.memberPermissions?.bitfield ?? null) : null,
        },
        shared.config.maintainers,
      );
      if (!verdict.allowed) {
        log.info({ reason: verdict.reason }, 'refused');
        await interaction.reply({ content: verdict.reason, flags: MessageFlags.Ephemeral });
        return;
      }
      log.info('handling');
      if (interaction.isChatInputCommand()) await command.execute(interaction, context);
      else if (command.handleButton) await command.handleButton(interaction, context);
    } catch (error) {
      await reportFailure(interaction, error, context);
    }
  };
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
