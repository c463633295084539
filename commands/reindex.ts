import { InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { ChatInputCommandInteraction } from 'discord.js';
import type { BotContext, SlashCommand } from '../src/bot/command.js';
import { reindexSummaryEmbed } from '../src/bot/format/reindex-summary.js';
import { ReindexRunningError } from '../src/bot/desk.js';
import { CorpusInvalidError } from '../src/index/refresh.js';
import { IndexLockedError } from '../src/index/writer-lock.js';

// Discord allows editing the reply at any rate, but a line every couple of seconds is all a person can read.
const PROGRESS_INTERVAL_MS = 2000;

export const data = new SlashCommandBuilder()
  .setName('reindex')
  .setDescription('Maintainers: rebuild the article index; answers keep coming from the old one meanwhile')
  .setContexts(InteractionContextType.Guild)
  .setDefaultMemberPermissions(PermissionFlagsBits.Administrator)
  .addBooleanOption((option) => option.setName('full').setDescription('Rebuild even if nothing changed'))
  .toJSON();

export async function execute(interaction: ChatInputCommandInteraction, { desk, log }: BotContext): Promise<void> {
  if (desk.reindexing) {
    await interaction.reply({ content: 'A reindex is already running; its reply will show the result.', flags: MessageFlags.Ephemeral });
    return;
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  let lastEdit = 0;
  const progressEdits: Promise<unknown>[] = [];
  try {
    const summary = await desk.reindex({
      full: interaction.options.getBoolean('full') ?? false,
      onProgress: ({ passagesDone, passagesTotal }) => {
        if (Date.now() - lastEdit < PROGRESS_INTERVAL_MS) return;
        lastEdit = Date.now();
        progressEdits.push(
          interaction.editReply({ content: `Reindexing… ${passagesDone}/${passagesTotal} passages embedded.` }).catch((error: Error) => {
            log.warn({ err: error.message }, 'progress edit failed');
          }),
        );
      },
    });
    await Promise.all(progressEdits);
    if (!summary) {
      await interaction.editReply({ content: 'The index is already up to date with the corpus; use `full: True` to rebuild it anyway.' });
      return;
    }
    log.info({ articles: summary.articles, passages: summary.passages, skipped: summary.skipped.length }, 'reindexed');
    await interaction.editReply({ content: '', embeds: [reindexSummaryEmbed(summary)] });
  } catch (error) {
    await Promise.all(progressEdits);
    if (error instanceof ReindexRunningError) {
      await interaction.editReply({ content: error.message });
      return;
    }
    // Whatever failed (a broken corpus, another writer, a full or read-only disk), the old index is still live.
    const expected = error instanceof CorpusInvalidError || error instanceof IndexLockedError;
    if (expected) log.warn({ err: (error as Error).message }, 'reindex refused');
    else log.error({ err: error }, 'reindex failed');
    const reason = expected ? (error as Error).message : (error as Error).message.split('\n')[0]!;
    await interaction.editReply({ content: `Reindex failed; the previous index keeps serving.\n${reason.slice(0, 1800)}` });
  }
}

export const reindex: SlashCommand = { kind: 'slash', data, audience: 'maintainers', execute };
