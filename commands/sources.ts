import { ActionRowBuilder, ButtonBuilder, ButtonStyle, InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { APIEmbed, ButtonInteraction, ChatInputCommandInteraction } from 'discord.js';
import type { BotContext, ComponentHandler, SlashCommand } from '../src/bot/command.js';
import { gapsPages, reportsPages } from '../src/bot/format/feedback-pages.js';
import { sourcesPages } from '../src/bot/format/sources-pages.js';
import { IndexUnavailableError } from '../src/index/open.js';

const VIEWS = ['articles', 'gaps', 'reports'] as const;
type View = (typeof VIEWS)[number];
// The window `npm run gaps` shows by default, so that both list the same questions.
const GAP_DAYS = 30;
const DAY_MS = 86_400_000;

export const data = new SlashCommandBuilder()
  .setName('sources')
  .setDescription('Moderators: the articles the bot quotes from, the questions it could not answer, reported quotes')
  .setContexts(InteractionContextType.Guild)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageMessages)
  .addStringOption((option) =>
    option
      .setName('view')
      .setDescription('What to list (default: articles)')
      .addChoices(
        { name: 'articles: every article and the state of the index', value: 'articles' },
        { name: 'gaps: questions refused or met with only related quotes', value: 'gaps' },
        { name: 'reports: quotes members reported as wrong', value: 'reports' },
      ),
  )
  .toJSON();

export async function execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const view = (interaction.options.getString('view') ?? 'articles') as View;
  await interaction.editReply(await page(VIEWS.includes(view) ? view : 'articles', 0, context));
}

// The articles view keeps the custom ids it has always had (`sources:page:N`), so that pages already posted still turn.
const pageId = (view: View, page: number) => `sources:${view === 'articles' ? 'page' : view}:${page}`;

/**
 * Buttons carry the view and the page to show (`sources:gaps:2`). The click is acknowledged before any work, so
 * that reading a long list never runs into Discord's 3-second deadline.
 */
async function handleButton(interaction: ButtonInteraction, context: BotContext): Promise<void> {
  const match = /^sources:(page|gaps|reports):(\d+)$/.exec(interaction.customId);
  await interaction.deferUpdate();
  const view: View = match?.[1] === 'gaps' || match?.[1] === 'reports' ? match[1] : 'articles';
  await interaction.editReply(await page(view, Number(match?.[2] ?? 0), context));
}

async function pagesOf(view: View, context: BotContext): Promise<APIEmbed[] | string> {
  const { desk, feedback, config } = context;
  if (view === 'articles') {
    try {
      return sourcesPages(await desk.inventory());
    } catch (error) {
      if (!(error instanceof IndexUnavailableError)) throw error;
      return 'There is no usable index right now. A maintainer can build one with `/reindex`.';
    }
  }
  if (!config.feedback.questionLog) return 'The question log is switched off on this bot (QUESTION_LOG=off), so there are no gaps or reports to show.';
  const since = new Date(Date.now() - GAP_DAYS * DAY_MS);
  if (view === 'gaps') return gapsPages(await feedback.gaps(since), since);
  return reportsPages(await feedback.reports(since), since, (id) => desk.articleTitle(id) ?? id);
}

async function page(view: View, wanted: number, context: BotContext) {
  const pages = await pagesOf(view, context);
  if (typeof pages === 'string') return { content: pages, embeds: [], components: [] };
  const current = Math.min(Math.max(wanted, 0), pages.length - 1);
  const components =
    pages.length > 1
      ? [
          new ActionRowBuilder<ButtonBuilder>().addComponents(
            new ButtonBuilder().setCustomId(pageId(view, current - 1)).setLabel('Previous').setStyle(ButtonStyle.Secondary).setDisabled(current === 0),
            new ButtonBuilder()
              .setCustomId(pageId(view, current + 1))
              .setLabel('Next')
              .setStyle(ButtonStyle.Secondary)
              .setDisabled(current === pages.length - 1),
          ),
        ]
      : [];
  return { content: '', embeds: [pages[current]!], components };
}

export const sources: SlashCommand = { kind: 'slash', data, audience: 'moderators', execute };
export const sourcesPaging: ComponentHandler = { prefix: 'sources', audience: 'moderators', handleButton };
