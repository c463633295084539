import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  LabelBuilder,
  MessageFlags,
  ModalBuilder,
  StringSelectMenuBuilder,
  StringSelectMenuOptionBuilder,
  TextInputBuilder,
  TextInputStyle,
} from 'discord.js';
import type { ButtonInteraction, ModalSubmitInteraction } from 'discord.js';
import { z } from 'zod';
import type { BotContext, ComponentHandler } from '../src/bot/command.js';
import { shortenAtWord } from '../src/bot/format/discord-text.js';
import { FeedbackError } from '../src/feedback/feedback-error.js';
import type { ReportReason } from '../src/feedback/report-reason.js';
import { REPORT_REASONS } from '../src/feedback/report-reason.js';
import type { Rating, StoredAnswer } from '../src/feedback/store.js';
import { MAX_COMMENT_LENGTH } from '../src/feedback/store.js';

const PREFIX = 'feedback';

const REASON_LABELS: Record<ReportReason, string> = {
  'not-an-answer': 'It does not answer the question',
  'wrong-attribution': 'Wrong attribution (title, publisher or date)',
  'out-of-date': 'Out of date',
  other: 'Something else (say what in the comment)',
};
const RATING_LABELS: Record<Rating, string> = { helpful: 'Helpful', 'not-helpful': 'Not helpful' };

// Each custom id carries the logged answer's id: the buttons need no memory in the bot and outlive a restart.
const CUSTOM_ID = /^feedback:(helpful|not-helpful|report):(.+)$/;

/** The row under an answer: rate it either way, or report one of its quotes. */
export function feedbackButtons(answerId: string): ActionRowBuilder<ButtonBuilder> {
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder().setCustomId(`${PREFIX}:helpful:${answerId}`).setLabel(RATING_LABELS.helpful).setStyle(ButtonStyle.Success),
    new ButtonBuilder().setCustomId(`${PREFIX}:not-helpful:${answerId}`).setLabel(RATING_LABELS['not-helpful']).setStyle(ButtonStyle.Secondary),
    new ButtonBuilder().setCustomId(`${PREFIX}:report:${answerId}`).setLabel('Report a quote').setStyle(ButtonStyle.Danger),
  );
}

function parseCustomId(customId: string): { action: Rating | 'report'; answerId: string } | null {
  const match = CUSTOM_ID.exec(customId);
  return match ? { action: match[1] as Rating | 'report', answerId: match[2]! } : null;
}

async function replyPrivately(interaction: ButtonInteraction | ModalSubmitInteraction, content: string): Promise<void> {
  await interaction.reply({ content, flags: MessageFlags.Ephemeral });
}

/**
 * Runs a write to the store; when the store refuses it (the answer was pruned meanwhile, a quote it does not have),
 * tells the user in the store's words and returns null.
 */
async function recorded<T>(interaction: ButtonInteraction | ModalSubmitInteraction, write: () => Promise<T>): Promise<T | null> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof FeedbackError) || error.kind === 'database-unavailable' || error.kind === 'database-too-new') throw error;
    await replyPrivately(interaction, error.message);
    return null;
  }
}

/** The stored answer a click is about, or null after telling the user why there is none. */
async function answerFor(
  interaction: ButtonInteraction | ModalSubmitInteraction,
  answerId: string,
  { feedback, config }: BotContext,
): Promise<StoredAnswer | null> {
  if (!config.feedback.questionLog) {
    await replyPrivately(interaction, 'Feedback is switched off on this bot (QUESTION_LOG=off), so nothing was recorded.');
    return null;
  }
  const stored = await feedback.answer(answerId);
  if (!stored) {
    await replyPrivately(
      interaction,
      `This answer is no longer in the log (answers are kept for ${config.feedback.retentionDays} days), so feedback on it cannot be recorded. Ask again to rate a fresh answer.`,
    );
  }
  return stored;
}

async function handleButton(interaction: ButtonInteraction, context: BotContext): Promise<void> {
  const parsed = parseCustomId(interaction.customId);
  if (!parsed) {
    await replyPrivately(interaction, 'This button is not one the bot knows; ask again for a fresh answer.');
    return;
  }
  // A modal cannot follow a deferral, so the lookup runs first; it is one read of a local database.
  const stored = await answerFor(interaction, parsed.answerId, context);
  if (!stored) return;
  if (parsed.action === 'report') {
    await interaction.showModal(reportModal(stored, (id) => context.desk.articleTitle(id) ?? id));
    return;
  }
  const rating = parsed.action;
  const rated = await recorded(interaction, () => context.feedback.rate(stored.id, interaction.user.id, rating));
  if (!rated) return;
  const { replaced } = rated;
  context.log.info({ rating, replaced }, 'rated an answer');
  const label = RATING_LABELS[rating];
  await replyPrivately(
    interaction,
    replaced ? `Your rating of this answer is changed to “${label}”.` : `Thank you: your rating “${label}” is recorded. Click the other button to change it.`,
  );
}

function reportModal(stored: StoredAnswer, titleOf: (articleId: string) => string): ModalBuilder {
  const quotes = new StringSelectMenuBuilder()
    .setCustomId('quote')
    .setPlaceholder('Choose the quote')
    .setRequired(true)
    .addOptions(
      stored.quotes.slice(0, 25).map((quote, i) =>
        new StringSelectMenuOptionBuilder()
          .setValue(String(i))
          .setLabel(shortenAtWord(`(${i + 1}) ${quote.text.replace(/\s+/g, ' ')}`, 100, '…'))
          .setDescription(shortenAtWord(titleOf(quote.articleId), 100, '…')),
      ),
    );
  const reasons = new StringSelectMenuBuilder()
    .setCustomId('reason')
    .setPlaceholder('Choose what is wrong')
    .setRequired(true)
    .addOptions(REPORT_REASONS.map((reason) => new StringSelectMenuOptionBuilder().setValue(reason).setLabel(REASON_LABELS[reason])));
  const comment = new TextInputBuilder()
    .setCustomId('comment')
    .setStyle(TextInputStyle.Paragraph)
    .setRequired(false)
    .setMaxLength(MAX_COMMENT_LENGTH);
  return new ModalBuilder()
    .setCustomId(`${PREFIX}:report:${stored.id}`)
    .setTitle('Report a quote')
    .addLabelComponents(
      new LabelBuilder().setLabel('Which quote').setStringSelectMenuComponent(quotes),
      new LabelBuilder().setLabel('What is wrong').setStringSelectMenuComponent(reasons),
      new LabelBuilder()
        .setLabel('Comment (optional)')
        .setDescription(`What the maintainers should know, at most ${MAX_COMMENT_LENGTH} characters`)
        .setTextInputComponent(comment),
    );
}

const reportSchema = (quoteCount: number) =>
  z.object({
    quote: z.coerce.number().int().min(0).max(quoteCount - 1, 'That quote is not part of this answer.'),
    reason: z.enum(REPORT_REASONS as [ReportReason, ...ReportReason[]], { error: 'Choose what is wrong with the quote.' }),
    comment: z
      .string()
      .trim()
      .max(MAX_COMMENT_LENGTH, `The comment is too long: keep it under ${MAX_COMMENT_LENGTH} characters.`)
      .transform((text) => (text === '' ? null : text)),
  });

async function handleModal(interaction: ModalSubmitInteraction, context: BotContext): Promise<void> {
  const parsed = parseCustomId(interaction.customId);
  if (parsed?.action !== 'report') {
    await replyPrivately(interaction, 'This form is not one the bot knows; nothing was recorded.');
    return;
  }
  const stored = await answerFor(interaction, parsed.answerId, context);
  if (!stored) return;
  const report = reportSchema(stored.quotes.length).safeParse({
    quote: interaction.fields.getStringSelectValues('quote')[0],
    reason: interaction.fields.getStringSelectValues('reason')[0],
    comment: interaction.fields.getTextInputValue('comment'),
  });
  if (!report.success) {
    await replyPrivately(interaction, `${report.error.issues[0]!.message} Nothing was recorded; click “Report a quote” to try again.`);
    return;
  }
  const reported = await recorded(interaction, () => context.feedback.report(stored.id, interaction.user.id, report.data));
  if (!reported) return;
  const { replaced } = reported;
  context.log.info({ reason: report.data.reason, quote: report.data.quote, replaced }, 'reported a quote');
  const what = `quote ${report.data.quote + 1} (${REASON_LABELS[report.data.reason].toLowerCase()})`;
  await replyPrivately(
    interaction,
    replaced ? `Your report is changed to: ${what}.` : `Thank you: your report on ${what} is recorded. The maintainers review reported quotes.`,
  );
}

export const feedback: ComponentHandler = { prefix: PREFIX, audience: 'everyone', handleButton, handleModal };
