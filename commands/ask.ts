import { InteractionContextType, MessageFlags, SlashCommandBuilder } from 'discord.js';
import type { ChatInputCommandInteraction } from 'discord.js';
import { z } from 'zod';
import { InvalidQuestionError, MAX_QUESTION_LENGTH, parseQuestion, questionSchema } from '../src/answer/question.js';
import type { BotContext, Command } from '../src/bot/command.js';
import { answerEmbed } from '../src/bot/format/answer-embed.js';
import { IndexUnavailableError } from '../src/index/open.js';

export const INDEX_UNAVAILABLE =
  'The article index is unavailable right now, so I cannot quote anything. Maintainers can rebuild it with `/reindex`.';

const optionsSchema = z.object({ question: questionSchema, private: z.boolean().default(false) });

export const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription('Ask about the war: the answer is verbatim quotes from curated articles, with sources')
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
  .addStringOption((option) =>
    option.setName('question').setDescription('Your question, in a sentence').setRequired(true).setMaxLength(MAX_QUESTION_LENGTH),
  )
  .addBooleanOption((option) => option.setName('private').setDescription('Show the answer only to you'))
  .toJSON();

export async function execute(interaction: ChatInputCommandInteraction, { desk, askLimits, log }: BotContext): Promise<void> {
  const options = optionsSchema.safeParse({
    question: interaction.options.getString('question', true),
    private: interaction.options.getBoolean('private') ?? undefined,
  });
  if (!options.success) {
    await interaction.reply({ content: options.error.issues[0]!.message, flags: MessageFlags.Ephemeral });
    return;
  }
  // A question in another language is told so privately, before an answer is deferred in public.
  try {
    parseQuestion(options.data.question);
  } catch (error) {
    if (!(error instanceof InvalidQuestionError)) throw error;
    await interaction.reply({ content: error.message, flags: MessageFlags.Ephemeral });
    return;
  }
  const refusal = askLimits.acquire(interaction.user.id);
  if (refusal) {
    const content =
      refusal.kind === 'cooldown'
        ? `Please wait ${refusal.retryAfterSeconds} s before asking again.`
        : 'I am answering many questions right now; please ask again in a few seconds.';
    await interaction.reply({ content, flags: MessageFlags.Ephemeral });
    return;
  }
  try {
    // Defer first: the answer may take longer than Discord's 3-second deadline on a cold start.
    await interaction.deferReply(options.data.private ? { flags: MessageFlags.Ephemeral } : {});
    try {
      const answer = await desk.answer(options.data.question);
      log.info({ verdict: answer.verdict, quotes: answer.quotes.length }, 'answered /ask');
      await interaction.editReply({ embeds: [answerEmbed(answer)] });
    } catch (error) {
      if (!(error instanceof IndexUnavailableError || error instanceof InvalidQuestionError)) throw error;
      log.warn({ err: error.message }, 'could not answer /ask');
      await interaction.editReply({ content: error instanceof InvalidQuestionError ? error.message : INDEX_UNAVAILABLE });
    }
  } finally {
    askLimits.release();
  }
}

export const ask: Command = { data, audience: 'everyone', execute };
