import { ActionRowBuilder, ButtonBuilder, ButtonStyle, InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { ButtonInteraction, ChatInputCommandInteraction } from 'discord.js';
import type { BotContext, Command } from '../src/bot/command.js';
import { sourcesPages } from '../src/bot/format/sources-pages.js';
import { IndexUnavailableError } from '../src/index/open.js';

export const data = new SlashCommandBuilder()
  .setName('sources')
  .setDescription('Moderators: every article the bot quotes from, and the state of its index')
  .setContexts(InteractionContextType.Guild)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageMessages)
  .toJSON();

export async function execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  await interaction.editReply(await page(0, context));
}

/** Buttons carry the page to show (`sources:page:N`); the list is read afresh so a click never shows stale data. */
export async function handleButton(interaction: ButtonInteraction, context: BotContext): Promise<void> {
  const wanted = Number(/^sources:page:(\d+)$/.exec(interaction.customId)?.[1] ?? 0);
  await interaction.update(await page(wanted, context));
}

async function page(wanted: number, { desk }: BotContext) {
  let pages;
  try {
    pages = sourcesPages(await desk.inventory());
  } catch (error) {
    if (!(error instanceof IndexUnavailableError)) throw error;
    return { content: 'There is no usable index right now. A maintainer can build one with `/reindex`.', embeds: [], components: [] };
  }
  const current = Math.min(Math.max(wanted, 0), pages.length - 1);
  const components =
    pages.length > 1
      ? [
          new ActionRowBuilder<ButtonBuilder>().addComponents(
            new ButtonBuilder().setCustomId(`sources:page:${current - 1}`).setLabel('Previous').setStyle(ButtonStyle.Secondary).setDisabled(current === 0),
            new ButtonBuilder()
              .setCustomId(`sources:page:${current + 1}`)
              .setLabel('Next')
              .setStyle(ButtonStyle.Secondary)
              .setDisabled(current === pages.length - 1),
          ),
        ]
      : [];
  return { content: '', embeds: [pages[current]!], components };
}

export const sources: Command = { data, audience: 'moderators', execute, handleButton };
